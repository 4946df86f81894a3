import type { PublicRecordDisplayLocation as DisplayLocation } from "@tracemark/sdk";
import type { ConsumerWords } from "@/i18n/getConsumerWords";
import styles from "./consumer.module.css";
import { groupMarkers, markerText } from "./groupMarkers";
import { PlotMap } from "./PlotMap";
import { projectJourney } from "./projectJourney";

export type JourneyMapProps = {
  locations: DisplayLocation[];
  /** The page's language: the map's accessible name ("Map of the journey: 1. Farm, 2. Port"), the plots' words. */
  words: Pick<ConsumerWords, "t">;
};

/**
 * The places of the journey on a bundled world outline, numbered in journey order; places at the
 * same or nearby spots share one marker listing their numbers, so none hides another. Plots their
 * organisations made public are drawn beside it, each at its own scale.
 */
export function JourneyMap({ locations, words }: JourneyMapProps) {
  const placed = locations.flatMap((l) =>
    l.latitude !== null && l.longitude !== null
      ? [{ latitude: l.latitude, longitude: l.longitude, label: l.name }]
      : [],
  );
  const plots = locations.flatMap((l) => (l.plot ? [{ name: l.name, plot: l.plot }] : []));
  if (placed.length === 0 && plots.length === 0) return null;
  const map = placed.length > 0 ? projectJourney(placed) : undefined;
  const route = map?.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
  const names = placed.map((p, i) => `${i + 1}. ${p.label}`).join(", ");
  return (
    <figure className={styles.map}>
      {map && (
        <svg
          viewBox={map.viewBox}
          role="img"
          aria-label={words.t("mapLabel", { places: names })}
          className={styles.mapSvg}
        >
          <rect width={map.width} height={map.height} className={styles.mapSea} />
          <path d={map.land} className={styles.mapLand} />
          {map.points.length > 1 && <polyline points={route} className={styles.mapRoute} />}
          {groupMarkers(map.points).map((group) => {
            const text = markerText(group.numbers);
            const width = Math.max(22, 10 + text.length * 7.5);
            return (
              <g
                key={group.numbers.join("-")}
                transform={`translate(${group.x.toFixed(1)} ${group.y.toFixed(1)})`}
                className={styles.mapPinGroup}
                data-testid="map-marker"
              >
                <title>{group.numbers.map((n, i) => `${n}. ${group.labels[i]}`).join("; ")}</title>
                <rect x={-width / 2} y={-11} width={width} height={22} rx={11} className={styles.mapPin} />
                <text className={styles.mapPinText} textAnchor="middle" dominantBaseline="central">
                  {text}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <figcaption className={styles.mapCaption}>
        <ol className={styles.mapLegend}>
          {placed.map((p, i) => (
            <li key={`${p.label}-${p.latitude}-${p.longitude}`}>
              <span className={styles.mapLegendNumber} aria-hidden="true">
                {i + 1}
              </span>
              {p.label}
            </li>
          ))}
        </ol>
        {plots.length > 0 && (
          <div className={styles.plots}>
            {plots.map(({ name, plot }) => (
              <PlotMap key={name} name={name} plot={plot} words={words} />
            ))}
          </div>
        )}
      </figcaption>
    </figure>
  );
}
