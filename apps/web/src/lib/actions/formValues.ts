/** A trimmed text field, or undefined when empty. */
export function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A trimmed text field, or null when empty (to clear a value with PATCH). */
export function nullable(formData: FormData, name: string): string | null {
  return text(formData, name) ?? null;
}

/** Every non-empty value of a repeated field (e.g. one input per image URL), trimmed, without repeats. */
export function texts(formData: FormData, name: string): string[] {
  const values = formData.getAll(name).flatMap((v) => (typeof v === "string" && v.trim() ? [v.trim()] : []));
  return [...new Set(values)];
}

/** A field whose value must be one of `choices` (a select's options), or undefined when it is not. */
export function choice<Choice extends string>(
  formData: FormData,
  name: string,
  choices: readonly Choice[],
): Choice | undefined {
  const value = text(formData, name);
  return choices.find((c) => c === value);
}
