import type { ReactNode } from "react";
import { InLanguage } from "./InLanguage";

/**
 * The frame of a page at a GS1 Digital Link path: its content in the visitor's language with a
 * switcher (`InLanguage`), rendered whole before the first byte is sent. No Suspense boundary, so no
 * skeleton: the page's largest content (the product, Verify's intro) is in the first flush of HTML
 * and paints without waiting for React's runtime to reveal a streamed part. Each page using it says
 * `export const instant = false` (allowed to block on its data; Cache Components' static shell
 * check is off for it). The resolver (src/proxy.ts) has checked the key exists before this renders.
 */
export function PublicKeyPage({ children }: { children: ReactNode }) {
  return (
    <div className="container">
      <InLanguage>{children}</InLanguage>
    </div>
  );
}
