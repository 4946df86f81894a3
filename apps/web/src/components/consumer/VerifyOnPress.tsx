"use client";

import { type ComponentType, useState } from "react";
import { useHydrated } from "@/components/forms/useHydrated";
import styles from "./consumer.module.css";
import { VerifyHead } from "./VerifyHead";
import type { VerifyLoadedProps } from "./VerifyLoaded";

export type VerifyOnPressProps = VerifyLoadedProps & {
  /** Verify's words before its code loads, in the page's language. */
  words: { title: string; intro: string; verify: string; checking: string; failed: string };
};

/**
 * Verify on the consumer page before it is pressed: its heading and button, and no more code. The
 * press loads `VerifyLoaded` (`VerifyPanel`, next-intl's client and its message formatter), which
 * takes its place and checks at once; the worker (viem, the SDK) and the record follow from there.
 */
export function VerifyOnPress({ words, ...loaded }: VerifyOnPressProps) {
  const hydrated = useHydrated();
  const [state, setState] = useState<
    { kind: "idle" | "loading" | "failed" } | { kind: "loaded"; Panel: ComponentType<VerifyLoadedProps> }
  >({ kind: "idle" });
  if (state.kind === "loaded") return <state.Panel {...loaded} />;

  async function press() {
    setState({ kind: "loading" });
    try {
      const { VerifyLoaded } = await import("./VerifyLoaded");
      setState({ kind: "loaded", Panel: VerifyLoaded });
    } catch {
      setState({ kind: "failed" });
    }
  }

  return (
    <VerifyHead
      title={words.title}
      intro={words.intro}
      button={
        <button
          type="button"
          className={styles.verifyButton}
          onClick={press}
          disabled={!hydrated || state.kind === "loading"}
        >
          {state.kind === "loading" ? words.checking : words.verify}
        </button>
      }
    >
      <div aria-live="polite">
        {state.kind === "failed" && (
          <div className={styles.verdictSummary} data-tone="down" role="alert">
            <p className={styles.verdictTitle}>{words.failed}</p>
          </div>
        )}
      </div>
    </VerifyHead>
  );
}
