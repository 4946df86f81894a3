"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Role } from "@/lib/api/types";
import { orgPath } from "@/lib/orgPath";
import { roleAtLeast } from "@/lib/roles";
import styles from "./dashboard.module.css";

const sections = [
  ["", "Overview", "viewer"],
  ["products", "Products", "viewer"],
  ["lots", "Lots", "viewer"],
  ["search", "Trace search", "viewer"],
  ["locations", "Locations", "viewer"],
  ["import", "Bulk import", "operator"],
  ["recalls", "Recalls", "viewer"],
  ["team", "Team", "viewer"],
  ["api-keys", "API keys", "admin"],
  ["webhooks", "Webhooks", "admin"],
  ["privacy", "Privacy", "viewer"],
  ["exports", "Exports", "viewer"],
  ["audit-trail", "Audit trail", "owner"],
] as const satisfies readonly (readonly [string, string, Role])[];

/**
 * The dashboard's sections the visitor's role can use (the others would only say they need a
 * higher role); the current one is marked for screen readers too.
 */
export function DashboardNav({ orgId, role }: { orgId: string; role: Role }) {
  const pathname = usePathname();
  const current = pathname.split("/")[3] ?? "";
  return (
    <nav aria-label="Dashboard">
      <ul className={styles.nav}>
        {sections
          .filter(([, , minimum]) => roleAtLeast(role, minimum))
          .map(([section, label]) => (
            <li key={section}>
              <Link
                href={section ? orgPath(orgId, section) : orgPath(orgId)}
                className={styles.navLink}
                aria-current={current === section ? "page" : undefined}
              >
                {label}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
