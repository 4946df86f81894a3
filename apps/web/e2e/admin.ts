import { type APIRequestContext, expect, request } from "@playwright/test";
import { e2eStack, platformAdmin } from "./stack";

/**
 * The platform administrator, talking to the real API directly (as the admin console would):
 * admits organisations and accredits auditors, the steps a supplier or auditor cannot do alone.
 */
export async function adminApi(): Promise<APIRequestContext> {
  const { ports } = await e2eStack();
  const context = await request.newContext({ baseURL: `http://127.0.0.1:${ports.api}` });
  const login = await context.post("/auth/login", { data: platformAdmin });
  expect(login.status(), await login.text()).toBe(200);
  return context;
}

/** Admits the organisation (pending → active, and registered on chain by the submitter). */
export async function admitOrganization(orgId: string): Promise<void> {
  const admin = await adminApi();
  const response = await admin.post(`/admin/organizations/${orgId}/admit`, { data: {} });
  expect(response.status(), await response.text()).toBe(200);
  await admin.dispose();
}

/** Accredits a user (with a linked wallet) as an auditor. */
export async function accreditAuditor(userId: string, displayName: string): Promise<void> {
  const admin = await adminApi();
  const response = await admin.post("/admin/auditors", { data: { userId, displayName } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  await admin.dispose();
}
