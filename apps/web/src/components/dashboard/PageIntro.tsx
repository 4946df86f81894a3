import type { ReactNode } from "react";

/**
 * The top of a dashboard page: its heading and a line on what the page is for.
 *
 * @example
 * <PageIntro title="API keys">For ERP, WMS and IoT gateways: send it as a bearer token.</PageIntro>
 */
export function PageIntro({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h1 className="page-title">{title}</h1>
      <p className="muted">{children}</p>
    </div>
  );
}
