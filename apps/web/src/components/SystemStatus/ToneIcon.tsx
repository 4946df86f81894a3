import type { Tone } from "./describeSystemStatus";

const marks: Record<Tone, string> = {
  ok: "m6 10.5 2.6 2.6L14.2 7.4",
  degraded: "M10 5.5v5.2M10 14.1v.4",
  down: "m6.8 6.8 6.4 6.4m0-6.4-6.4 6.4",
  unknown: "M6 10h8",
};

/** A distinct mark per tone, so that status never depends on colour alone. Decorative. */
export function ToneIcon({ tone, className }: { tone: Tone; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      <path
        d={marks[tone]}
        fill="none"
        stroke="var(--tone-icon-mark)"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
