import { Field } from "./Field";

/** A field for choosing a password (sign-up, password reset): at least 12 characters, as the API asks. */
export function NewPasswordField({ label, name }: { label: string; name: string }) {
  return (
    <Field
      label={label}
      type="password"
      name={name}
      autoComplete="new-password"
      minLength={12}
      required
      hint="At least 12 characters."
    />
  );
}
