import { EventEmitter } from "node:events";
import { createServer as createHttpServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./freePort.ts";

/** A mail the sink received. */
export type SunkMail = {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | undefined;
  /** Every http(s) link in the text part, in order. */
  links: string[];
  receivedAt: string;
};

export type StartMailSinkParameters = {
  /** SMTP port on 127.0.0.1. Default: a free one. */
  smtpPort?: number;
  /** Serve the received mail as JSON (`GET /messages`, newest first) on this port (0: a free one). Default: not served. */
  httpPort?: number;
};

export type MailMatch = { to: string; subject?: string; after?: number };

export type MailSink = {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  smtpUrl: string;
  /** `http://127.0.0.1:<port>` of the JSON listing, when `httpPort` was given. */
  httpUrl: string | undefined;
  /** Everything received so far, oldest first. */
  messages: () => SunkMail[];
  /**
   * The first mail to `to` (whose subject contains `subject`, and whose id is above `after`) received,
   * waiting up to `timeoutMs` (default 30 s) for it.
   */
  waitForMail: (match: MailMatch, options?: { timeoutMs?: number }) => Promise<SunkMail>;
  /** The id of the newest mail received (0: none yet), for `waitForMail`'s `after`. */
  lastId: () => number;
  /** While true, every message is refused with a temporary SMTP error (451), as a failing server does. */
  setRefusing: (refusing: boolean) => void;
  stop: () => Promise<void>;
};

const LINK = /https?:\/\/[^\s<>"')\]]+/g;

/**
 * A local SMTP server that keeps every mail it receives instead of sending it on: `npm start`
 * points the API at it (and the web app's `/dev/mail` page at its JSON listing), and tests read
 * the mail the API sent from it. Nothing leaves the machine.
 *
 * @example
 * const sink = await startMailSink();
 * // … the API sends with SMTP_URL=sink.smtpUrl …
 * const mail = await sink.waitForMail({ to: "ana@example.test", subject: "Verify" });
 * await sink.stop();
 */
export async function startMailSink(parameters: StartMailSinkParameters = {}): Promise<MailSink> {
  const received: SunkMail[] = [];
  const arrivals = new EventEmitter();
  let refusing = false;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    banner: "Tracemark mail sink (nothing is sent on)",
    onData(stream, session, callback) {
      if (refusing) {
        stream.resume();
        stream.once("end", () =>
          callback(Object.assign(new Error("Mail sink refusing mail for now"), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const text = parsed.text ?? "";
          const mail: SunkMail = {
            id: received.length + 1,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            subject: parsed.subject ?? "",
            text,
            html: typeof parsed.html === "string" ? parsed.html : undefined,
            links: [...text.matchAll(LINK)].map((match) => match[0]),
            receivedAt: new Date().toISOString(),
          };
          received.push(mail);
          arrivals.emit("mail", mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const smtpPort = parameters.smtpPort ?? (await freePort());
  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(smtpPort, "127.0.0.1", () => resolve());
  });

  let http: ReturnType<typeof createHttpServer> | undefined;
  let httpUrl: string | undefined;
  if (parameters.httpPort !== undefined) {
    http = createHttpServer((request, response) => {
      if (request.method === "GET" && request.url === "/messages") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(received.toReversed()));
        return;
      }
      response.writeHead(404).end();
    });
    const server = http;
    const port = await new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(parameters.httpPort, "127.0.0.1", () => {
        const address = server.address();
        resolve(typeof address === "object" && address ? address.port : 0);
      });
    });
    httpUrl = `http://127.0.0.1:${port}`;
  }

  const matches = (mail: SunkMail, match: MailMatch) =>
    mail.id > (match.after ?? 0) &&
    mail.to.includes(match.to.toLowerCase()) &&
    (!match.subject || mail.subject.includes(match.subject));

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    httpUrl,
    messages: () => [...received],
    lastId: () => received.length,
    waitForMail: (match, options = {}) => {
      const found = received.find((mail) => matches(mail, match));
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const onMail = (mail: SunkMail) => {
          if (!matches(mail, match)) return;
          clearTimeout(timer);
          arrivals.off("mail", onMail);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          arrivals.off("mail", onMail);
          reject(
            new Error(
              `no mail to ${match.to}${match.subject ? ` about "${match.subject}"` : ""} reached the sink`,
            ),
          );
        }, options.timeoutMs ?? 30_000);
        arrivals.on("mail", onMail);
      });
    },
    setRefusing: (value) => {
      refusing = value;
    },
    stop: async () => {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        http ? new Promise<void>((resolve) => http?.close(() => resolve())) : undefined,
      ]);
    },
  };
}
