import { SiteFrame, siteViewport } from "@/components/SiteFrame";
import NotFound, { generateMetadata } from "./(site)/not-found";

export { generateMetadata };
export const viewport = siteViewport;

/**
 * An address no page answers (there are two root layouts, so no one layout frames it): the site's
 * 404, prerendered in English, its words in the visitor's language marked as such (`NotFound`).
 */
export default function GlobalNotFound() {
  return (
    <SiteFrame lang="en">
      <NotFound />
    </SiteFrame>
  );
}
