import type { ReactNode } from "react";
import { SiteFrame, siteMetadata, siteViewport } from "@/components/SiteFrame";

export const metadata = siteMetadata;
export const viewport = siteViewport;

/** The root layout of every page but the consumer pages' (`(consumer)/layout.tsx`): in English. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame lang="en">{children}</SiteFrame>;
}
