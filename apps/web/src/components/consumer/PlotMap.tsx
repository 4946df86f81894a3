import type { PublicRecordDisplayLocation } from "@tracemark/sdk";
import type { ConsumerWords } from "@/i18n/getConsumerWords";
import styles from "./consumer.module.css";

type Plot = NonNullable<PublicRecordDisplayLocation["plot"]>;

export type PlotMapProps = {
  name: string;
  plot: Plot;
  /** The page's language: the plot's words and numbers. */
  words: Pick<ConsumerWords, "t">;
};

const SIZE = 160;

/**
 * A production plot (EUDR geolocation) its organisation made public, drawn at its own scale with
 * its area: the journey's map shows countries, on which a field would be a dot.
 *
 * @example
 * <PlotMap name="Finca La Esperanza" plot={{ type: "Polygon", coordinates: [[[-76.05, 1.85], …]] }} words={words} />
 */
export function PlotMap({ name, plot, words: { t } }: PlotMapProps) {
  if (plot.type === "Point") {
    const [lon, lat] = plot.coordinates;
    return (
      <p className={styles.stepMeta} data-testid="plot">
        {t("plotPoint", { name, latitude: lat, longitude: lon })}
      </p>
    );
  }
  const ring = plot.coordinates[0] ?? [];
  if (ring.length < 3) return null;
  const k = Math.cos(((ring.reduce((sum, [, lat]) => sum + lat, 0) / ring.length) * Math.PI) / 180);
  const xs = ring.map(([lon]) => lon * k);
  const ys = ring.map(([, lat]) => lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (SIZE - 16) / Math.max(maxX - minX, maxY - minY, 1e-9);
  const points = ring
    .map(
      ([lon, lat]) => `${(8 + (lon * k - minX) * scale).toFixed(1)},${(8 + (maxY - lat) * scale).toFixed(1)}`,
    )
    .join(" ");
  const hectares = areaInHectares(ring, k);
  return (
    <figure className={styles.plot} data-testid="plot">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="img"
        aria-label={t("plotOutline", { name })}
      >
        <polygon points={points} className={styles.plotShape} />
      </svg>
      <figcaption>
        {t("plotArea", {
          name,
          hectares: hectares < 10 ? Math.round(hectares * 10) / 10 : Math.round(hectares),
        })}
      </figcaption>
    </figure>
  );
}

/** The ring's area (shoelace on a local flat projection: metres east and north). */
function areaInHectares(ring: [number, number][], k: number): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[(i + 1) % ring.length] as [number, number];
    twice += x1 * k * 111_320 * (y2 * 110_540) - x2 * k * 111_320 * (y1 * 110_540);
  }
  return Math.abs(twice) / 2 / 10_000;
}
