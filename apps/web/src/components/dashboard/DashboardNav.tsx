"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { orgPath } from "@/lib/orgPath";
import styles from "./dashboard.module.css";

const sections = [
  ["", "Overview"],
  ["products", "Products"],
  ["lots", "Lots"],
  ["locations", "Locations"],
  ["import", "Bulk import"],
  ["recalls", "Recalls"],
  ["team", "Team"],
  ["api-keys", "API keys"],
  ["webhooks", "Webhooks"],
  ["exports", "Exports"],
] as const;

/** The dashboard's sections; the current one is marked for screen readers too. */
export function DashboardNav({ orgId }: { orgId: string }) {
  const pathname = usePathname();
  const current = pathname.split("/")[3] ?? "";
  return (
    <nav aria-label="Dashboard">
      <ul className={styles.nav}>
        {sections.map(([section, label]) => (
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
