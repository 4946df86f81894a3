"use client";

import { PageFailed, type PageFailedProps } from "@/components/dashboard/PageFailed";

/** Catches what fails above an organisation's pages (its layout: who is signed in, the navigation). */
export default function DashboardError(props: PageFailedProps) {
  return (
    <div className="container" style={{ paddingBlock: "var(--space-6) var(--space-12)" }}>
      <PageFailed {...props} />
    </div>
  );
}
