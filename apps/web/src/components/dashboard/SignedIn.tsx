import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/SignOutButton";
import styles from "./dashboard.module.css";

/** Who is signed in ("Signed in as …"), with links to their account and to sign out. */
export function SignedIn({ as }: { as: ReactNode }) {
  return (
    <div className={styles.who}>
      <span>{as}</span>
      <Link href="/account">Your account</Link>
      <SignOutButton />
    </div>
  );
}
