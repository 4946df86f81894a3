"use server";

import type { Route } from "next";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/forms/ActionForm";
import { env } from "@/env";
import { actionFailure } from "@/lib/actions/actionFailure";
import { ApiError } from "@/lib/api/ApiError";
import { api, publicApi, SESSION_COOKIE } from "@/lib/api/api";
import { sessionCookieOptions } from "@/lib/session/sessionCookieOptions";

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
    ({ response } = await publicApi.POST("/auth/login", { body }));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 0)
      return { error: "The Tracemark service could not be reached. Try again in a moment." };
    if (error.status === 401) return { error: unauthorized };
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

/** Where to go after signing in or up: the form's `next` when it is a path of this site (e.g. an invitation's page), else the dashboard. */
function nextPath(formData: FormData): Route {
  const next = String(formData.get("next") ?? "");
  const ours = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\");
  // A path of this site (checked just above): typed routes cannot check a string known only at run time.
  return ours ? (next as Route) : "/dashboard";
}

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const failed = await startSession({
    email: String(formData.get("email") ?? ""),
    password: String(formData.get("password") ?? ""),
  });
  if (failed) return failed;
  redirect(nextPath(formData));
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
    await publicApi.POST("/auth/signup", { body: { ...credentials, ...(name ? { name } : {}) } });
  } catch (error) {
    return actionFailure(error);
  }
  const failed = await startSession(
    credentials,
    "An account already uses this email. Sign in with its password, or sign up with another email.",
  );
  if (failed) return failed;
  redirect(nextPath(formData));
}

/** Verifies the account's email with the token of the mailed link. */
export async function verifyEmailAction(token: string): Promise<FormState> {
  try {
    await publicApi.POST("/auth/verify-email", { body: { token } });
  } catch (error) {
    return actionFailure(error);
  }
  return { ok: "Your email is verified. You can now create an organisation or accept an invitation." };
}

/** Mails the signed-in account a new verification link. */
export async function resendVerificationAction(): Promise<FormState> {
  try {
    await api.POST("/auth/verify-email/resend");
  } catch (error) {
    return actionFailure(error);
  }
  return { ok: "A new verification link is on its way; earlier links no longer work." };
}

/** Asks for a password reset mail; the answer is the same whether or not the email has an account. */
export async function requestPasswordResetAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await publicApi.POST("/auth/password-reset", { body: { email: String(formData.get("email") ?? "") } });
  } catch (error) {
    return actionFailure(error);
  }
  return {
    ok: "If an account has this email, a link to choose a new password is on its way to it. It works once, for an hour.",
  };
}

/** Sets a new password with the token of the mailed link; every session of the account is signed out. */
export async function resetPasswordAction(
  token: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  try {
    await publicApi.POST("/auth/password-reset/confirm", {
      body: { token, newPassword: String(formData.get("newPassword") ?? "") },
    });
  } catch (error) {
    return actionFailure(error);
  }
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/signin?reset=done");
}

export async function signOutAction(): Promise<void> {
  await api.POST("/auth/logout").catch(() => undefined);
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/signin");
}
