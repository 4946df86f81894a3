"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { signingErrorText } from "./useEasSigner";

/**
 * One wallet task of an auditor's (sign, revoke): whether it runs, its error in words or what it
 * achieved; `run` clears both, runs the task and refreshes the page after it succeeds.
 *
 * @example
 * const task = useSigningTask();
 * void task.run(async () => { await signer.attestLot(request); return "Signed and submitted."; });
 */
export function useSigningTask(errorText: (cause: unknown) => string | undefined = signingErrorText) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  async function run(task: () => Promise<string | undefined>) {
    setError(undefined);
    setDone(undefined);
    setBusy(true);
    try {
      const outcome = await task();
      if (outcome) setDone(outcome);
      router.refresh();
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, done, setError, run };
}
