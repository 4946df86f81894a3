import type { OutgoingMail } from "./enqueueMail.ts";

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A mail of a few paragraphs and one link, as plain text and as HTML (every value escaped). */
function mailWithLink(
  to: string,
  subject: string,
  paragraphs: string[],
  link?: { label: string; url: string },
) {
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : []), "— Tracemark"].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`] : []),
    "<p>— Tracemark</p>",
  ].join("\n");
  return { to, subject, text, html } satisfies OutgoingMail;
}

/** The mail inviting someone by email to join an organisation. */
export function invitationMail(parameters: {
  to: string;
  organizationName: string;
  role: string;
  invitedBy: string;
  url: string;
  expiresAt: Date;
}): OutgoingMail {
  return mailWithLink(
    parameters.to,
    `You're invited to join ${parameters.organizationName} on Tracemark`,
    [
      `${parameters.invitedBy} invites you to join ${parameters.organizationName} on Tracemark as ${parameters.role}.`,
      `Open the link, then sign up (or sign in) with this email address, ${parameters.to}, to accept. The link works once and until ${parameters.expiresAt.toUTCString()}.`,
      "If you did not expect this, ignore this mail.",
    ],
    { label: "Accept the invitation", url: parameters.url },
  );
}

/** The mail with the link that verifies a new account's email. */
export function verifyEmailMail(parameters: { to: string; url: string; expiresAt: Date }): OutgoingMail {
  return mailWithLink(
    parameters.to,
    "Verify your email for Tracemark",
    [
      "Welcome to Tracemark. Open the link to verify that this email address is yours; until then your account cannot create organisations or accept invitations.",
      `The link works once and until ${parameters.expiresAt.toUTCString()}. If you did not sign up, ignore this mail.`,
    ],
    { label: "Verify your email", url: parameters.url },
  );
}

/** The mail sent when someone signs up with an email that already has an account. */
export function alreadyRegisteredMail(parameters: { to: string; resetUrl: string }): OutgoingMail {
  return mailWithLink(
    parameters.to,
    "Someone tried to sign up to Tracemark with your email",
    [
      "Someone (perhaps you) tried to create a Tracemark account with this email address, which already has one. Nothing was changed.",
      "If it was you, sign in with your password. If you forgot it, choose a new one:",
    ],
    { label: "Reset your password", url: parameters.resetUrl },
  );
}

/** The mail with the link that sets a new password. */
export function resetPasswordMail(parameters: { to: string; url: string; expiresAt: Date }): OutgoingMail {
  return mailWithLink(
    parameters.to,
    "Reset your Tracemark password",
    [
      "Someone (perhaps you) asked to reset the password of the Tracemark account with this email address.",
      `Open the link to choose a new one; every session of the account is then signed out. The link works once and until ${parameters.expiresAt.toUTCString()}. If you did not ask, ignore this mail: your password stays as it is.`,
    ],
    { label: "Choose a new password", url: parameters.url },
  );
}
