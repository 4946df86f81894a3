import type { PublicRecordDisplayLocation as DisplayLocation } from "@tracemark/sdk";
import styles from "./consumer.module.css";
import { projectJourney } from "./projectJourney";

export type JourneyMapProps = {
  locations: DisplayLocation[];
  /** The map's accessible name from its numbered places ("Map of the journey: 1. Farm, 2. Port"), in the page's language. */
  label: (places: string) => string;
};

/** The places of the journey on a bundled world outline, numbered in journey order. */
export function JourneyMap({ locations, label }: JourneyMapProps) {
  const placed = locations.flatMap((l) =>
    l.latitude !== null && l.longitude !== null
      ? [{ latitude: l.latitude, longitude: l.longitude, label: l.name }]
      : [],
  );
  if (placed.length === 0) return null;
  const map = projectJourney(placed);
  const route = map.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
  const names = placed.map((p, i) => `${i + 1}. ${p.label}`).join(", ");
  return (
    <figure className={styles.map}>
      <svg viewBox={map.viewBox} role="img" aria-label={label(names)} className={styles.mapSvg}>
        <rect width={map.width} height={map.height} className={styles.mapSea} />
        <path d={map.land} className={styles.mapLand} />
        {map.points.length > 1 && <polyline points={route} className={styles.mapRoute} />}
        {map.points.map((p, i) => (
          <g key={`${p.label}-${p.x}-${p.y}`} transform={`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`}>
            <circle r="11" className={styles.mapPin} />
            <text className={styles.mapPinText} textAnchor="middle" dominantBaseline="central">
              {i + 1}
            </text>
          </g>
        ))}
      </svg>
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
      </figcaption>
    </figure>
  );
}
