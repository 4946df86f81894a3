/**
 * How the web app keeps the session cookie: httpOnly, SameSite=Lax, and HTTPS-only (`Secure`) per
 * COOKIE_SECURE, or, when that is unset, when the request came over HTTPS (`X-Forwarded-Proto`,
 * which Next.js sets from the connection), so that local http still signs in.
 *
 * @example
 * sessionCookieOptions({ setting: env.COOKIE_SECURE, forwardedProto: "https", maxAge: 3600 });
 */
export function sessionCookieOptions({
  setting,
  forwardedProto,
  maxAge,
}: {
  setting: boolean | undefined;
  forwardedProto: string | null;
  maxAge: number;
}) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    maxAge,
    secure: setting ?? forwardedProto === "https",
  };
}
