/** A field for choosing a password (sign-up, password reset): at least 12 characters, as the API asks. */
export function NewPasswordField({ label, name }: { label: string; name: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        className="input"
        type="password"
        name={name}
        autoComplete="new-password"
        minLength={12}
        required
      />
      <small>At least 12 characters.</small>
    </label>
  );
}
