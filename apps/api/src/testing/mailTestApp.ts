import { type MailSink, type SunkMail, startMailSink } from "@tracemark/testkit";
import { startMailDeliverer } from "../mail/startMailDeliverer.ts";
import { buildTestApp, type TestApp } from "./buildTestApp.ts";

export const TEST_WEB_URL = "http://web.tracemark.test";

/**
 * The real API (as `buildTestApp`) sending its mail through a real SMTP round trip to a local sink,
 * which tests read: the mail deliverer runs as in the server, with SMTP_URL the sink's.
 */
export async function buildMailTestApp(): Promise<TestApp & { sink: MailSink }> {
  const sink = await startMailSink();
  const t = await buildTestApp({
    mail: {
      smtpUrl: sink.smtpUrl,
      from: "Tracemark <no-reply@tracemark.test>",
      pollMs: 50,
      webUrl: TEST_WEB_URL,
    },
  });
  const deliverer = startMailDeliverer(t.context, { backoffMs: 50 });
  return {
    ...t,
    sink,
    close: async () => {
      await deliverer.stop();
      await Promise.all([t.close(), sink.stop()]);
    },
  };
}

/** The token of the link to `path` (e.g. `/verify-email`) in a mail. */
export function tokenOfLink(mail: SunkMail, path: string): string {
  const link = mail.links.find((url) => new URL(url).pathname === path);
  const token = link && new URL(link).searchParams.get("token");
  if (!token) throw new Error(`no ${path} link in the mail "${mail.subject}": ${mail.text}`);
  return token;
}
