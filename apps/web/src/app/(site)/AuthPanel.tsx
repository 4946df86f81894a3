import { type ReactNode, Suspense } from "react";
import styles from "./auth.module.css";

type AuthPanelProps<Params> = {
  searchParams: Promise<Params>;
  /** Space the panel's children apart (the `stack` class). */
  stack?: boolean;
  /** The panel's content for the address's search params. */
  children: (params: Params) => ReactNode | Promise<ReactNode>;
};

/**
 * The frame of the pages that sign in, sign up and open mailed links: one centred panel whose content
 * depends on the address's search params, rendered once they are read ("Loading…" until then).
 *
 * @example
 * <AuthPanel searchParams={searchParams}>{({ token }) => <h1 className="page-title">…</h1>}</AuthPanel>
 */
export function AuthPanel<Params>(props: AuthPanelProps<Params>) {
  return (
    <Suspense fallback={<p className="container muted">Loading…</p>}>
      <Panel {...props} />
    </Suspense>
  );
}

async function Panel<Params>({ searchParams, stack, children }: AuthPanelProps<Params>) {
  const content = await children(await searchParams);
  return (
    <div className={`container ${styles.wrap}`}>
      <div className={`card ${styles.panel}${stack ? " stack" : ""}`}>{content}</div>
    </div>
  );
}
