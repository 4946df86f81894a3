import type { Metadata } from "next";
import { DisclosureSettingsSection } from "@/components/dashboard/DisclosureSettingsSection";
import { PageIntro } from "@/components/dashboard/PageIntro";
import { VisibilitySettingsSection } from "@/components/dashboard/VisibilitySettingsSection";
import { requireOrgRole } from "@/lib/session/requireOrgRole";

export const metadata: Metadata = { title: "What the public sees" };

/**
 * One question, "what does the public see", in two parts: which steps (visibility per event) and,
 * of the public steps, which fields (disclosure per field).
 */
export default async function PrivacyPage({ params }: PageProps<"/dashboard/[orgId]/privacy">) {
  const { orgId } = await params;
  const { role } = await requireOrgRole(orgId);
  return (
    <>
      <PageIntro title="What the public sees">
        Shoppers scanning your products and the public API see your public steps; your custody partners see
        your public and partner steps whole. Whatever you keep back stays sealed on the blockchain, and Verify
        still proves everything shown.
      </PageIntro>
      <VisibilitySettingsSection orgId={orgId} role={role} />
      <DisclosureSettingsSection orgId={orgId} role={role} />
    </>
  );
}
