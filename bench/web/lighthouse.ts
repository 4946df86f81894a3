/**
 * Lighthouse performance and accessibility scores of the consumer page (the GS1 Digital Link page a
 * shopper opens from a QR code), of a long lot's consumer page (150 events) and of the landing page,
 * measured in the same run as the baseline. Everything runs here: anvil with the contracts, the real
 * API on embedded PGlite (seeded through its HTTP API with two lots, two places, three and 150
 * events), `next start` of the built web app, and Lighthouse driving Debian's Chromium (mobile form
 * factor, simulated slow 4G and CPU throttling). Nothing is fetched from the internet. Prints the
 * scores, key metrics and each consumer page's heaviest requests beside the targets of issue 18
 * (performance ≥ 95, accessibility 100, LCP < 1.5 s, weight < 250 KiB); asserts nothing.
 *
 * Usage: `npm run build -w @tracemark/web && tsx bench/web/lighthouse.ts` (CHROMIUM_PATH to override
 * /usr/bin/chromium).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startDeployedChain, startMailSink } from "@tracemark/testkit";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePorts } from "../../apps/web/e2e/stack.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const bin = (name: string) => path.join(repo, "node_modules/.bin", name);
const admin = { email: "bench-admin@tracemark.test", password: "bench-admin-password-1" };

const [apiPort, webPort, anvilPort] = await freePorts(3);
const chain = await startDeployedChain({ port: anvilPort });
// Sign-up mails a verification link: the API sends it here and the seed follows it.
const mail = await startMailSink();
const dataDir = mkdtempSync(path.join(tmpdir(), "tracemark-bench-web-"));
const children: ChildProcess[] = [];
const start = (command: string, args: string[], env: Record<string, string>, cwd = repo) => {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "ignore" });
  children.push(child);
  return child;
};
const stop = async () => {
  for (const child of children) child.kill("SIGTERM");
  await chain.stop();
  await mail.stop();
  rmSync(dataDir, { recursive: true, force: true });
};

async function waitFor(url: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.status < 500 || response.status === 503) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

try {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  process.env = rest;
  start(bin("tsx"), [path.join(repo, "apps/api/src/server.ts")], {
    PORT: String(apiPort),
    DATA_DIR: dataDir,
    RPC_URL: chain.anvil.rpcUrl,
    LOG_LEVEL: "error",
    BOOTSTRAP_ADMIN_EMAIL: admin.email,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    SMTP_URL: mail.smtpUrl,
    MAIL_POLL_MS: "100",
    BATCH_WINDOW_MS: "500",
  });
  start(
    process.execPath,
    [
      path.join(repo, "node_modules/next/dist/bin/next"),
      "start",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(webPort),
    ],
    {
      API_URL: `http://127.0.0.1:${apiPort}`,
      BROWSER_RPC_URL: chain.anvil.rpcUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    path.join(repo, "apps/web"),
  );
  const api = `http://127.0.0.1:${apiPort}`;
  const web = `http://127.0.0.1:${webPort}`;
  await Promise.all([waitFor(`${api}/health`), waitFor(`${web}/api/health`)]);

  // Seed through the API, as a supplier and the platform admin would.
  const call = async (cookie: string, method: string, url: string, body?: unknown) => {
    const response = await fetch(`${api}${url}`, {
      method,
      headers: { "content-type": "application/json", cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return {
      json: (await response.json()) as Record<string, unknown>,
      cookie: response.headers.getSetCookie()[0]?.split(";")[0] ?? cookie,
    };
  };
  const account = { email: "bench@tracemark.test", password: "bench-supplier-password" };
  await call("", "POST", "/auth/signup", account);
  const verification = await mail.waitForMail({ to: account.email, subject: "Verify" });
  const link = verification.links.find((l) => l.includes("/verify-email"));
  await call("", "POST", "/auth/verify-email", {
    token: link ? new URL(link).searchParams.get("token") : "",
  });
  const supplier = (await call("", "POST", "/auth/login", account)).cookie;
  const adminCookie = (await call("", "POST", "/auth/login", admin)).cookie;
  const org = (await call(supplier, "POST", "/orgs", { name: "Finca Aurora" })).json.id as string;
  await call(adminCookie, "POST", `/admin/organizations/${org}/admit`, {});
  const farm = (
    await call(supplier, "POST", `/orgs/${org}/locations`, {
      name: "Finca Aurora farm",
      city: "Pitalito",
      country: "CO",
      latitude: 1.853,
      longitude: -76.051,
    })
  ).json.id as string;
  const roastery = (
    await call(supplier, "POST", `/orgs/${org}/locations`, {
      name: "Rotterdam roastery",
      city: "Rotterdam",
      country: "NL",
      latitude: 51.924,
      longitude: 4.478,
    })
  ).json.id as string;
  const gtin = "09506000134352";
  const product = (
    await call(supplier, "POST", `/orgs/${org}/products`, {
      gtin,
      name: "Single-origin coffee, 1 kg",
      description: "Washed Caturra from the Huila highlands, roasted in Rotterdam.",
    })
  ).json.id as string;
  const createLot = async (lotCode: string) =>
    (
      await call(supplier, "POST", `/orgs/${org}/products/${product}/lots`, {
        lotCode,
        productionDate: "2026-03-01",
        expiryDate: "2027-03-01",
      })
    ).json.id as string;
  const lot = await createLot("ABC123");
  for (const [bizStep, eventTime, place] of [
    ["commissioning", "2026-03-12T09:30:00.000-05:00", farm],
    ["shipping", "2026-04-02T14:00:00.000-05:00", farm],
    ["receiving", "2026-04-24T10:00:00.000+02:00", roastery],
  ] as const) {
    await call(supplier, "POST", `/orgs/${org}/events`, {
      type: "object",
      action: bizStep === "commissioning" ? "ADD" : "OBSERVE",
      bizStep,
      eventTime,
      lot: { id: lot },
      bizLocation: { locationId: place },
    });
  }

  // A long lot: 150 events, alternating between the two places.
  const longLot = await createLot("LONG150");
  const steps = ["inspecting", "storing", "packing", "shipping", "receiving"] as const;
  for (let i = 0; i < 150; i++) {
    await call(supplier, "POST", `/orgs/${org}/events`, {
      type: "object",
      action: i === 0 ? "ADD" : "OBSERVE",
      bizStep: i === 0 ? "commissioning" : steps[i % steps.length],
      eventTime: new Date(Date.UTC(2026, 2, 1) + i * 3_600_000).toISOString(),
      lot: { id: longLot },
      bizLocation: { locationId: i % 2 === 0 ? farm : roastery },
    });
  }

  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
    ],
  });
  try {
    const audit = async (url: string) => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      if (!result) throw new Error(`no Lighthouse result for ${url}`);
      const { categories, audits } = result.lhr;
      const ms = (id: string) => Math.round(Number(audits[id]?.numericValue ?? Number.NaN));
      return {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        fcp: ms("first-contentful-paint"),
        lcp: ms("largest-contentful-paint"),
        tbt: ms("total-blocking-time"),
        bytes: Math.round(Number(audits["total-byte-weight"]?.numericValue ?? 0) / 1024),
        lcpElement: lcpOf(audits["lcp-breakdown-insight"]?.details),
        requests: (
          (audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []
        ).toSorted((x, y) => (y.transferSize ?? 0) - (x.transferSize ?? 0)),
      };
    };
    type NetworkRequest = { url: string; transferSize?: number; resourceType?: string };
    /** The LCP element and the parts of its time, from the LCP breakdown insight. */
    function lcpOf(details: unknown): string {
      type Item = { type?: string; nodeLabel?: string; items?: Item[]; label?: string; duration?: number };
      const items = ((details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
      const node = items.find((i) => i.type === "node");
      const parts = items
        .filter((i) => i.type === "table")
        .flatMap((t) => t.items ?? [])
        .map((row) => `${row.label}: ${Math.round(row.duration ?? 0)} ms`);
      return `${node?.nodeLabel ?? "(unknown)"}${parts.length ? ` (${parts.join(", ")})` : ""}`;
    }
    const consumerUrl = `${web}/01/${gtin}/10/ABC123`;
    const longUrl = `${web}/01/${gtin}/10/LONG150`;
    // A warm-up load so that every measured page meets a warm server.
    for (const url of [`${web}/`, consumerUrl, longUrl]) await fetch(url);
    const baseline = await audit(`${web}/`);
    const consumer = await audit(consumerUrl);
    const long = await audit(longUrl);
    const row = (name: string, r: typeof baseline) =>
      `${name.padEnd(26)} ${String(r.performance).padStart(11)} ${String(r.accessibility).padStart(13)} ${String(r.fcp).padStart(8)} ${String(r.lcp).padStart(8)} ${String(r.tbt).padStart(8)} ${String(r.bytes).padStart(9)}`;
    console.log("Lighthouse 13, mobile, simulated throttling (slow 4G, 4x CPU), Debian Chromium");
    console.log(`${"page".padEnd(26)} performance accessibility  FCP ms   LCP ms   TBT ms  weight KiB`);
    console.log(row("landing (baseline)", baseline));
    console.log(row("consumer /01/…/10/ABC123", consumer));
    console.log(row("consumer, 150 events", long));
    console.log(
      `${"target (issue 18)".padEnd(26)} ${"≥ 95".padStart(11)} ${"100".padStart(13)} ${"".padStart(8)} ${"< 1500".padStart(8)} ${"".padStart(8)} ${"< 250".padStart(9)}`,
    );
    for (const [name, r] of [
      ["consumer", consumer],
      ["consumer, 150 events", long],
    ] as const) {
      console.log(
        `${name} / baseline: performance ${(r.performance / baseline.performance).toFixed(2)}x, accessibility ${(r.accessibility / baseline.accessibility).toFixed(2)}x, LCP ${(r.lcp / baseline.lcp).toFixed(2)}x, weight ${(r.bytes / baseline.bytes).toFixed(2)}x`,
      );
    }
    for (const [name, r] of [
      ["consumer", consumer],
      ["consumer, 150 events", long],
    ] as const) {
      console.log(`\n${name}: LCP element ${r.lcpElement}`);
      console.log(`${name}: heaviest requests (KiB transferred)`);
      for (const request of r.requests.slice(0, 8)) {
        const kib = ((request.transferSize ?? 0) / 1024).toFixed(1).padStart(7);
        console.log(`${kib}  ${(request.resourceType ?? "").padEnd(10)} ${request.url.replace(web, "")}`);
      }
    }
  } finally {
    chrome.kill();
  }
} finally {
  await stop();
}
