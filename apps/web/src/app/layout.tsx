import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import "@/styles/global.css";

export const metadata: Metadata = {
  title: {
    default: "Tracemark — supply-chain traceability anyone can verify",
    template: "%s · Tracemark",
  },
  description:
    "Open-source supply-chain traceability on an EVM chain: suppliers record each step, shoppers scan a QR code and verify the record themselves, auditors sign attestations with their own wallets.",
  applicationName: "Tracemark",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f7f4" },
    { media: "(prefers-color-scheme: dark)", color: "#0d1411" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
