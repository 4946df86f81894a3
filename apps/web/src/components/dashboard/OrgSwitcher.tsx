"use client";

import type { Route } from "next";
import { usePathname, useRouter } from "next/navigation";

export type OrgSwitcherProps = {
  current: string;
  organisations: { organizationId: string; organizationName: string }[];
};

/** Switches the dashboard to another organisation of the member, staying on the same section. */
export function OrgSwitcher({ current, organisations }: OrgSwitcherProps) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <label className="field">
      <span>Organisation</span>
      <select
        className="input"
        value={current}
        onChange={(event) => {
          const section = pathname.split("/")[3];
          router.push(`/dashboard/${event.target.value}${section ? `/${section}` : ""}` as Route);
        }}
      >
        {organisations.map((o) => (
          <option key={o.organizationId} value={o.organizationId}>
            {o.organizationName}
          </option>
        ))}
      </select>
    </label>
  );
}
