import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import "@/styles/global.css";

export const siteMetadata: Metadata = {
  title: {
    default: "Tracemark — supply-chain traceability anyone can verify",
    template: "%s · Tracemark",
  },
  description:
    "Open-source supply-chain traceability on an EVM chain: suppliers record each step, shoppers scan a QR code and verify the record themselves, auditors sign attestations with their own wallets.",
  applicationName: "Tracemark",
};

export const siteViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f7f4" },
    { media: "(prefers-color-scheme: dark)", color: "#0d1411" },
  ],
};

export type SiteFrameProps = {
  /** The page's language, `<html lang>`; the frame's own words (skip link, header, footer) stay English and say so. */
  lang: string;
  /** Header links as plain `<a>` (no client router, no prefetch): for pages that load no other link code. */
  plainLinks?: boolean;
  children: ReactNode;
};

/** The document of every page: `<html lang>`, the skip link, the site's header and footer around `main`. */
export function SiteFrame({ lang, plainLinks = false, children }: SiteFrameProps) {
  const english = lang === "en" ? undefined : "en";
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#main" lang={english}>
          Skip to content
        </a>
        <SiteHeader lang={english} plainLinks={plainLinks} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter lang={english} />
      </body>
    </html>
  );
}
