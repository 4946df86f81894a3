"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/ActionForm";
import { env } from "@/env";
import { actionFailure } from "@/lib/actions/actionFailure";
import { problemToError } from "@/lib/api/ApiError";
import { apiRequest, SESSION_COOKIE } from "@/lib/api/apiRequest";
import { sessionCookieOptions } from "@/lib/session/sessionCookieOptions";
import { visitorHeaders } from "@/lib/visitor/visitorHeaders";

/**
 * Signs in through the API and keeps the session cookie it sets, on our origin. `unauthorized` is
 * what a wrong email or password is called.
 */
async function startSession(
  body: { email: string; password: string },
  unauthorized = "That email and password don’t match an account.",
): Promise<FormState> {
  let response: Response;
  try {
    response = await fetch(`${env.API_URL}/auth/login`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...visitorHeaders(await headers()),
      },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { error: "The Tracemark service could not be reached. Try again in a moment." };
  }
  if (!response.ok) {
    const error = problemToError(response.status, await response.json().catch(() => undefined));
    if (response.status === 401) return { error: unauthorized };
    return { error: error.readable };
  }
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const token = setCookie?.split(";")[0]?.slice(SESSION_COOKIE.length + 1);
  if (!token) return { error: "The service did not open a session." };
  const maxAge = Number(/Max-Age=(\d+)/i.exec(setCookie ?? "")?.[1] ?? 60 * 60 * 24 * 30);
  const forwardedProto = (await headers()).get("x-forwarded-proto");
  (await cookies()).set(
    SESSION_COOKIE,
    token,
    sessionCookieOptions({ setting: env.COOKIE_SECURE, forwardedProto, maxAge }),
  );
  return undefined;
}

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const failed = await startSession({
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
  });
  if (failed) return failed;
  redirect("/dashboard");
}

/**
 * Signs up, then in. The API answers sign-up alike whether or not the email had an account (it
 * does not tell strangers which emails are registered), so only signing in tells: when it fails,
 * the email already had an account, with another password.
 */
export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const name = String(formData.get("name") ?? "").trim();
  const credentials = {
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
  };
  try {
    await apiRequest("/auth/signup", {
      method: "POST",
      body: { ...credentials, ...(name ? { name } : {}) },
      authenticated: false,
    });
  } catch (error) {
    return actionFailure(error);
  }
  const failed = await startSession(
    credentials,
    "An account already uses this email. Sign in with its password, or sign up with another email.",
  );
  if (failed) return failed;
  redirect("/dashboard");
}

export async function signOutAction(): Promise<void> {
  await apiRequest("/auth/logout", { method: "POST" }).catch(() => undefined);
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/signin");
}
