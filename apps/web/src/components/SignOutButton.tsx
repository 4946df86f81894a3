import { signOutAction } from "@/lib/actions/auth";

/** Ends the session (works without JavaScript) and lands on the sign-in page. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="btn btn-secondary">
        Sign out
      </button>
    </form>
  );
}
