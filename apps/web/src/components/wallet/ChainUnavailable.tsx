/** Said where a wallet would be offered while our service cannot say which chain it runs on. */
export function ChainUnavailable() {
  return (
    <p className="muted" role="status">
      Wallets are unavailable right now: our service couldn’t say which blockchain it runs on. Please try
      again in a few minutes.
    </p>
  );
}
