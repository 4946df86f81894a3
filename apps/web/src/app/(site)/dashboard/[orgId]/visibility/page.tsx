import { redirect } from "next/navigation";
import { orgPath } from "@/lib/orgPath";

/** The visibility defaults are part of "What the public sees" (the Privacy page) now. */
export default async function VisibilityPage({ params }: PageProps<"/dashboard/[orgId]/visibility">) {
  const { orgId } = await params;
  redirect(orgPath(orgId, "privacy"));
}
