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
