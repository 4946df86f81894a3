import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFrame, siteMetadata, siteViewport } from "@/components/SiteFrame";

export const metadata = siteMetadata;
export const viewport = siteViewport;

/**
 * The root layout of the pages at GS1 Digital Link paths, whose `<html lang>` is the page's language
 * (the resolver's choice: `?lang=` or `Accept-Language`). Its own root layout, since the site's is
 * English and prerendered; the header's links are plain, as nothing else here uses the client router.
 */
export default async function ConsumerLayout({ children }: { children: ReactNode }) {
  return (
    <SiteFrame lang={await getLocale()} plainLinks>
      {children}
    </SiteFrame>
  );
}
