import styles from "./Wordmark.module.css";

/** The Tracemark logo: a traced path between two anchored points, and the name beside it. */
export function Wordmark() {
  return (
    <span className={styles.wordmark}>
      <svg
        className={styles.mark}
        viewBox="0 0 32 32"
        width="28"
        height="28"
        aria-hidden="true"
        focusable="false"
      >
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path
          d="M8 22.5 13.5 12l5.5 7 5-10"
          fill="none"
          stroke="var(--color-on-brand)"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <circle cx="8" cy="22.5" r="2.75" fill="var(--color-on-brand)" />
        <circle cx="24" cy="9" r="2.75" fill="var(--color-on-brand)" />
      </svg>
      <span className={styles.name}>Tracemark</span>
    </span>
  );
}
