import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { ProblemError } from "../../errors/problem.ts";
import { requireUser } from "../../plugins/authenticate.ts";
import { clientAddressOf } from "../../plugins/clientAddress.ts";
import {
  createSession,
  revokeSession,
  SESSION_COOKIE,
  SESSION_TTL_MS,
} from "../../services/auth/sessions.ts";
import { createSignInThrottle } from "../../services/auth/signInThrottle.ts";
import { issueSiweNonce, verifySiwe } from "../../services/auth/siwe.ts";
import {
  changePassword,
  checkPassword,
  getProfile,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signUp,
  verifyEmail,
} from "../../services/auth/users.ts";
import { linkWallet, signInWithWallet } from "../../services/auth/wallets.ts";
import { role } from "../schemas.ts";

const password = z.string().min(12, "must be at least 12 characters").max(256);
const email = z.email().max(254);
const hexSignature = z.string().regex(/^0x[0-9a-fA-F]+$/, "must be 0x-hex") as z.ZodType<`0x${string}`>;
const siweBody = z.object({ message: z.string().min(1).max(4096), signature: hexSignature });

export const userProfile = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  walletAddress: z.string().nullable(),
  isPlatformAdmin: z.boolean(),
});
const me = userProfile.extend({
  /** When the email was verified; null until then (the account cannot create organisations or accept invitations). */
  emailVerifiedAt: z.date().nullable(),
  memberships: z.array(z.object({ organizationId: z.uuid(), organizationName: z.string(), role })),
  /** Set when the user is an auditor; `accredited` false once the platform withdrew it. */
  auditor: z.object({ id: z.uuid(), displayName: z.string(), accredited: z.boolean() }).nullable(),
});

const linkToken = z.string().min(1).max(200);
const RESET_REQUESTED =
  "If an account has this email, a link to choose a new password is on its way to it; it works once, for an hour.";

const SIGNED_UP =
  "Unless an account already had this email, it has one now, with this password: sign in with them.";

/** Sign up, sign in (password or wallet), sign out, who am I, change password, link a wallet. */
export function authRoutes(context: AppContext): FastifyPluginAsyncZod {
  const { db, config } = context;
  const throttle = createSignInThrottle();

  async function startSession(reply: FastifyReply, userId: string) {
    const { token } = await createSession(db, userId);
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: config.cookieSecure,
      path: "/",
      maxAge: SESSION_TTL_MS / 1000,
    });
  }

  /** The answer that ends the browser's session: its cookie cleared, 204. */
  const endSession = (reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, { path: "/" }).code(204).send(null);

  return async (app) => {
    app.post(
      "/auth/signup",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Create an account with email and password, then sign in with it (the same 202 whether or not the email already had an account)",
          body: z.object({ email, password, name: z.string().min(1).max(200).optional() }),
          response: { 202: z.object({ detail: z.string() }) },
        },
      },
      async (request, reply) => {
        await signUp(db, request.body, { webUrl: config.mail.webUrl });
        return reply.code(202).send({ detail: SIGNED_UP });
      },
    );

    app.post(
      "/auth/verify-email",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Verify an account's email with the link mailed to it (single use; 404 unknown, 410 used or expired)",
          body: z.object({ token: linkToken }),
          response: { 200: z.object({ detail: z.string() }) },
        },
      },
      async (request) => {
        await verifyEmail(db, request.body.token);
        return { detail: "Your email is verified." };
      },
    );

    app.post(
      "/auth/verify-email/resend",
      {
        schema: {
          tags: ["auth"],
          summary: "Mail the signed-in account a new verification link (409 when its email is verified)",
          response: { 202: z.object({ detail: z.string() }) },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        await resendVerification(db, user.userId, { webUrl: config.mail.webUrl });
        return reply.code(202).send({ detail: "A new verification link is on its way to your email." });
      },
    );

    app.post(
      "/auth/password-reset",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Ask for a password reset link by mail (the same 202 whether or not the email has an account)",
          body: z.object({ email }),
          response: { 202: z.object({ detail: z.string() }) },
        },
      },
      async (request, reply) => {
        await requestPasswordReset(db, request.body.email, { webUrl: config.mail.webUrl });
        return reply.code(202).send({ detail: RESET_REQUESTED });
      },
    );

    app.post(
      "/auth/password-reset/confirm",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Choose a new password with the mailed link (single use; signs out every session of the account)",
          body: z.object({ token: linkToken, newPassword: password }),
          response: { 204: z.null().describe("Password changed; every session signed out") },
        },
      },
      async (request, reply) => {
        await resetPassword(db, request.body);
        return endSession(reply);
      },
    );

    app.post(
      "/auth/login",
      {
        schema: {
          tags: ["auth"],
          summary:
            "Sign in with email and password (after 5 wrong passwords from one client, 429 for a time that doubles)",
          body: z.object({ email, password: z.string().min(1).max(256) }),
          response: { 200: userProfile },
        },
      },
      async (request, reply) => {
        const { email, password } = request.body;
        const client = clientAddressOf(request, config.webForwardedSecret);
        const user = await throttle.attempt(email.toLowerCase(), client, () =>
          checkPassword(db, email, password),
        );
        await startSession(reply, user.id);
        return user;
      },
    );

    app.get(
      "/auth/siwe/nonce",
      {
        schema: {
          tags: ["auth"],
          summary: "A one-time nonce for Sign-In with Ethereum",
          response: { 200: z.object({ nonce: z.string() }) },
        },
      },
      async () => ({
        nonce: await issueSiweNonce(db),
      }),
    );

    app.post(
      "/auth/siwe",
      {
        schema: {
          tags: ["auth"],
          summary: "Sign in with a wallet (EIP-4361 message and its signature)",
          body: siweBody,
          response: { 200: userProfile },
        },
      },
      async (request, reply) => {
        const address = await verifySiweWithDomains(request.body.message, request.body.signature);
        const user = await signInWithWallet(db, address);
        await startSession(reply, user.id);
        return user;
      },
    );

    app.post(
      "/auth/logout",
      {
        schema: {
          tags: ["auth"],
          summary: "Sign out of this session",
          response: { 204: z.null().describe("Signed out") },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        await revokeSession(db, user.sessionId);
        return endSession(reply);
      },
    );

    app.get(
      "/auth/me",
      {
        schema: {
          tags: ["auth"],
          summary: "The signed-in user and their organisations",
          response: { 200: me },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const [memberships, auditor, account] = await Promise.all([
          db.prisma.membership.findMany({
            where: { userId: user.userId },
            include: { organization: { select: { name: true } } },
            orderBy: { createdAt: "asc" },
          }),
          db.prisma.auditor.findUnique({
            where: { userId: user.userId },
            select: { id: true, displayName: true, accredited: true },
          }),
          db.prisma.user.findUniqueOrThrow({ where: { id: user.userId }, select: { emailVerifiedAt: true } }),
        ]);
        return {
          ...(await getProfile(db, user.userId)),
          emailVerifiedAt: account.emailVerifiedAt,
          auditor,
          memberships: memberships.map((m) => ({
            organizationId: m.organizationId,
            organizationName: m.organization.name,
            role: m.role,
          })),
        };
      },
    );

    app.post(
      "/auth/password",
      {
        schema: {
          tags: ["auth"],
          summary: "Change password (signs out other sessions)",
          body: z.object({ currentPassword: z.string().max(256).optional(), newPassword: password }),
          response: { 204: z.null().describe("Password changed; other sessions signed out") },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        await changePassword(db, { userId: user.userId, sessionId: user.sessionId, ...request.body });
        return reply.code(204).send(null);
      },
    );

    app.post(
      "/auth/wallet",
      {
        schema: {
          tags: ["auth"],
          summary: "Link a wallet to the signed-in account (SIWE proof); 409 if it already has another",
          body: siweBody,
          response: { 200: userProfile },
        },
      },
      async (request) => {
        const user = requireUser(request);
        const address = await verifySiweWithDomains(request.body.message, request.body.signature);
        return linkWallet(db, user.userId, address);
      },
    );
  };

  async function verifySiweWithDomains(message: string, signature: `0x${string}`) {
    const domain = /^(\S+) wants you to sign in/.exec(message)?.[1];
    if (!domain || !config.siweDomains.includes(domain)) {
      throw new ProblemError(
        422,
        "Invalid sign-in message",
        `Sign-in messages must be for ${config.siweDomains.join(" or ")}.`,
      );
    }
    return verifySiwe(context, message, signature, domain);
  }
}
