import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Fragment, Suspense } from "react";
import { env } from "@/env";
import { formatDate } from "@/lib/format/formatEventTime";
import styles from "./page.module.css";

export const metadata: Metadata = { title: "Sent mail (development)" };

type SunkMail = { id: number; from: string; to: string[]; subject: string; text: string; receivedAt: string };

const LINK = /(https?:\/\/[^\s<>"')\]]+)/;

/** A mail's text with its links clickable. */
function TextWithLinks({ text }: { text: string }) {
  return (
    <pre className={styles.text}>
      {text.split(LINK).map((part, index) =>
        LINK.test(part) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}

/**
 * Development only (`npm start`): the mail the API sent, as the local mail sink received it, newest
 * first. Without MAIL_SINK_URL (always in production) the page does not exist.
 */
export default function DevMailPage() {
  return (
    <Suspense fallback={<p className="container muted">Loading…</p>}>
      <DevMail />
    </Suspense>
  );
}

async function DevMail() {
  // Read at request time: the variable is the server's at start, not the build's.
  await connection();
  if (!env.MAIL_SINK_URL) notFound();
  let mails: SunkMail[] | undefined;
  try {
    const response = await fetch(`${env.MAIL_SINK_URL}/messages`, { cache: "no-store" });
    if (response.ok) mails = (await response.json()) as SunkMail[];
  } catch {
    mails = undefined;
  }
  return (
    <div className="container stack">
      <h1 className="page-title">Sent mail</h1>
      <p className="muted">
        Development only: what the API sent, kept by the local mail sink (nothing leaves this machine). Newest
        first.
      </p>
      {!mails ? (
        <p role="alert" className="form-error">
          The mail sink at {env.MAIL_SINK_URL} does not answer.
        </p>
      ) : mails.length === 0 ? (
        <p>No mail yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Sent mail">
          {mails.map((mail) => (
            <li key={mail.id} className="card stack">
              <article aria-label={mail.subject}>
                <h2 className={styles.subject}>{mail.subject}</h2>
                <p className="muted">
                  To {mail.to.join(", ")} · from {mail.from} · {formatDate(mail.receivedAt)}
                </p>
                <TextWithLinks text={mail.text} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
