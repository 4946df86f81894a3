import { ActionForm, type ActionFormProps } from "./ActionForm";

export type FormCardProps = ActionFormProps & {
  /** The heading's id, which names the card. */
  id: string;
  /** The heading; also the form's accessible name unless `aria-label` gives another. */
  title: string;
};

/**
 * A card holding one form under its heading: "Create a key", "Add a webhook", "Edit product".
 *
 * @example
 * <FormCard id="new-key" title="Create a key" action={createKey} submitLabel="Create key">
 *   <Field label="Name" name="name" required />
 * </FormCard>
 */
export function FormCard({ id, title, "aria-label": ariaLabel = title, ...form }: FormCardProps) {
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ActionForm aria-label={ariaLabel} {...form} />
    </section>
  );
}
