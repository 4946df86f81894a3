import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { ApiError } from "@/lib/api/ApiError";
import { api, dataOf, SESSION_COOKIE } from "@/lib/api/api";
import type { Me } from "@/lib/api/types";

/**
 * The signed-in visitor (`GET /auth/me` with their session cookie), or `null` when signed out or
 * the session has expired. Asked once per request: the layout and the page share the answer.
 *
 * @example
 * const me = await getMe();
 * if (!me) redirect("/signin");
 */
export const getMe = cache(async function getMe(): Promise<Me | null> {
  if (!(await cookies()).get(SESSION_COOKIE)) return null;
  try {
    return await dataOf(api.GET("/auth/me"));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
});
