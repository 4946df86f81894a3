import ipaddr from "ipaddr.js";
import { isWellKnownDevKey } from "./chain/relayerAccount.ts";
import type { Config } from "./env.ts";

/** Whether a host name or address means this machine. */
function isLocalHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "")
    .toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return ipaddr.isValid(host) && ["loopback", "unspecified"].includes(ipaddr.process(host).range());
}

/** The passwords production refuses for the bootstrap administrator: short, or made of few characters. */
function isWeakPassword(password: string): boolean {
  return password.length < 16 || new Set(password).size < 8;
}

/**
 * Every setting that is missing or unsafe for production, one line each as `VARIABLE: what is wrong`,
 * in a fixed order; empty when the configuration is fit for production. `readConfig` refuses to start
 * in production mode (TRACEMARK_MODE=production, or NODE_ENV=production) when any is found.
 *
 * @example
 * findProductionProblems(config) // ["COOKIE_SECURE: must be true (…)", …]
 */
export function findProductionProblems(config: Omit<Config, "mode">): string[] {
  const problems: string[] = [];
  if (!("url" in config.database))
    problems.push(
      "DATABASE_URL: unset, so the embedded PGlite database would be used; set a Postgres server",
    );
  for (const rpcUrl of config.rpcUrls)
    if (isLocalHost(new URL(rpcUrl).hostname))
      problems.push(
        `RPC_URL: ${rpcUrl} is this machine (the development chain); set the chain's RPC endpoint`,
      );
  const relayerKey = config.submitter.relayerPrivateKey;
  const { relayerKeystore, relayerRemoteSigner } = config.submitter;
  if (!relayerKey && !relayerKeystore && !relayerRemoteSigner && config.roles.includes("submit"))
    problems.push(
      "RELAYER_PRIVATE_KEY: unset, as are RELAYER_KEYSTORE_PATH and RELAYER_REMOTE_SIGNER_URL (the submit role would fall back to a public dev key on chain 31337)",
    );
  if (relayerKey && isWellKnownDevKey(relayerKey))
    problems.push(
      "RELAYER_PRIVATE_KEY: a well-known dev account's key (Anvil/Hardhat test mnemonic), public to anyone",
    );
  if (!config.cookieSecure)
    problems.push("COOKIE_SECURE: must be true, so session cookies travel over HTTPS only");
  const localDomains = config.siweDomains.filter((domain) =>
    isLocalHost(new URL(`http://${domain}`).hostname),
  );
  if (localDomains.length > 0)
    problems.push(
      `SIWE_DOMAINS: ${localDomains.join(", ")} names this machine; list the web app's public host(s)`,
    );
  const insecureOrigins = config.webOrigins.filter(
    (origin) => new URL(origin).protocol !== "https:" || isLocalHost(new URL(origin).hostname),
  );
  if (insecureOrigins.length > 0)
    problems.push(
      `WEB_ORIGINS: ${insecureOrigins.join(", ")} is not a public https origin; list the web app's own origin(s)`,
    );
  if (!config.webForwardedSecret && config.roles.includes("serve"))
    problems.push(
      "WEB_FORWARDED_SECRET: unset, so everyone signing in through the web app shares one client's sign-in limits; set the same secret on the web app",
    );
  if (!config.mail.smtpUrl && config.roles.includes("serve"))
    problems.push(
      "SMTP_URL: unset, so invitations, email verification and password reset mail would never be sent; set the SMTP server",
    );
  const webUrl = new URL(config.mail.webUrl);
  // By default the first of WEB_ORIGINS, which is named above when it is unsafe.
  if (
    (webUrl.protocol !== "https:" || isLocalHost(webUrl.hostname)) &&
    !config.webOrigins.includes(webUrl.origin)
  )
    problems.push(
      `WEB_URL: ${config.mail.webUrl} is not a public https URL; links in mail must open the web app's public address`,
    );
  if (config.trustProxy === true)
    problems.push(
      "TRUST_PROXY: true trusts any client's X-Forwarded-For; give the hop count or the proxies' addresses",
    );
  if (config.webhookAllowHttpLocalhost)
    problems.push(
      "WEBHOOK_ALLOW_HTTP_LOCALHOST: development only; webhooks could reach services on this machine",
    );
  if (config.bootstrapAdmin && isWeakPassword(config.bootstrapAdmin.password))
    problems.push(
      "BOOTSTRAP_ADMIN_PASSWORD: too weak; use at least 16 characters, of at least 8 different ones",
    );
  return problems;
}
