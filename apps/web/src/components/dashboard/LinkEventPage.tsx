import type { ReactNode } from "react";
import { ActionForm, type ActionFormProps } from "@/components/forms/ActionForm";
import { LocalDateTimeInput } from "@/components/forms/LocalDateTimeInput";
import { PlaceSelect } from "@/components/forms/PlaceSelect";
import { getLinkChoices } from "@/lib/api/getLinkChoices";
import type { Lot, Product } from "@/lib/api/types";
import { roleAtLeast } from "@/lib/roles";
import { requireOrgRole } from "@/lib/session/requireOrgRole";
import { PageIntro } from "./PageIntro";
import { RoleRequired } from "./RoleRequired";

export type LinkEventPageProps = {
  orgId: string;
  /** The page's heading, also the form's accessible name: "Record a packing". */
  title: string;
  lead: ReactNode;
  /** What a viewer is told operators may do here: "record packings". */
  to: string;
  action: ActionFormProps["action"];
  submitLabel: string;
  /** The fields of this kind of event, from the lots and products to choose from; when and where follow. */
  children: (choices: { lots: Lot[]; products: Product[] }) => ReactNode;
};

/**
 * The page of an event that links lots (a packing, a transformation): heading and lead, then for
 * operators and up a form of the event's own fields followed by when and where it happened.
 *
 * @example
 * <LinkEventPage orgId={orgId} title="Record a packing" lead="…" to="record packings"
 *   action={recordPackingAction.bind(null, orgId)} submitLabel="Record packing">
 *   {({ lots }) => <LotPicker lots={lots} mode="pack" caption="Lots packed" />}
 * </LinkEventPage>
 */
export async function LinkEventPage({
  orgId,
  title,
  lead,
  to,
  action,
  submitLabel,
  children,
}: LinkEventPageProps) {
  const { role } = await requireOrgRole(orgId);
  const { lots, products, locations } = await getLinkChoices(orgId);
  return (
    <>
      <PageIntro title={title}>{lead}</PageIntro>
      {!roleAtLeast(role, "operator") ? (
        <RoleRequired minimum="operator" role={role} to={to} />
      ) : !lots.ok ? (
        <p className="form-error">{lots.error}</p>
      ) : (
        <ActionForm
          action={action}
          submitLabel={submitLabel}
          pendingLabel="Recording…"
          aria-label={title}
          className="card stack"
        >
          {children({ lots: lots.value.items, products: products.ok ? products.value.items : [] })}
          <div className="grid-2">
            <LocalDateTimeInput name="eventTime" label="When" />
            <PlaceSelect orgId={orgId} places={locations.ok ? locations.value.items : []} />
          </div>
        </ActionForm>
      )}
    </>
  );
}
