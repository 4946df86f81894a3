/** How a wallet task (`useSigningTask`) ended, read out as it changes: its error, or what it achieved. */
export function TaskOutcome({ error, done }: { error: string | undefined; done: string | undefined }) {
  return (
    <div aria-live="polite">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {done && <p className="form-ok">{done}</p>}
    </div>
  );
}
