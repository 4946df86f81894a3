import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { computeEventHash, tracemarkContext, tracemarkContextUrl } from "@tracemark/sdk";
import jsonld from "jsonld";
import { call } from "../testing/actors.ts";
import { captureProcessed, createLot, observation } from "../testing/captureFixtures.ts";
import { testAppWithActors } from "../testing/suite.ts";
import { EPCIS_CONTEXT } from "./binding.ts";

/** GS1's EPCIS 2.0 context, vendored (fixtures/README.md): the test never goes online. */
const gs1Context = JSON.parse(
  readFileSync(new URL("./fixtures/epcis-context.jsonld", import.meta.url), "utf8"),
);

/**
 * Tracemark's JSON-LD context (`tm:visibility` and the other `tm:`/`fsma:` terms) is served by the
 * API at the path of its stable URL; an EPCIS document that names it instead of declaring `tm`
 * inline is captured as one that does, and a JSON-LD processor (`jsonld`) expands it offline with
 * the served document to the terms' full IRIs.
 */
describe("Tracemark's JSON-LD context", () => {
  const { t, a } = testAppWithActors();

  const served = async () => {
    const response = await t.app.inject({ method: "GET", url: new URL(tracemarkContextUrl).pathname });
    assert.equal(response.statusCode, 200, response.body);
    assert.match(response.headers["content-type"] as string, /^application\/ld\+json/);
    return response.json() as unknown;
  };

  /** A JSON-LD document loader that knows two URLs and refuses every other: no network. */
  const offlineLoader = async (url: string) => {
    if (url === EPCIS_CONTEXT) return { documentUrl: url, document: gs1Context };
    if (url === tracemarkContextUrl) return { documentUrl: url, document: (await served()) as object };
    throw new Error(`the test is offline: ${url}`);
  };

  test("the API serves the context at its stable URL's path, anonymously", async () => {
    assert.deepEqual(await served(), tracemarkContext);
  });

  test("a document naming the context is captured like one declaring tm inline, and a JSON-LD processor expands it with the served context", async () => {
    const lot = await createLot(t, a.orgA.id);
    const lotUri = `https://id.gs1.org/01/${lot.gtin}/10/${lot.lotCode}`;
    const event: Record<string, unknown> = observation({
      bizStep: "storing",
      quantityList: [{ epcClass: lotUri }],
      "tm:visibility": "partners",
    });
    const document = {
      "@context": [EPCIS_CONTEXT, tracemarkContextUrl],
      type: "EPCISDocument",
      schemaVersion: "2.0",
      creationDate: "2026-03-04T12:00:00.000Z",
      epcisBody: { eventList: [event] },
    };

    const expanded = await jsonld.expand(structuredClone(document), { documentLoader: offlineLoader });
    const text = JSON.stringify(expanded);
    assert.ok(
      text.includes('"https://tracemark.dev/ns/epcis/visibility":[{"@value":"partners"}]'),
      `tm:visibility expands to its IRI: ${text}`,
    );
    assert.ok(!text.includes('"tm:visibility"'), "no term is left unexpanded");

    const { captureId, job: capture } = await captureProcessed(t, a, document);
    assert.equal(capture.status, "succeeded", JSON.stringify(capture.errors));
    const [stored] = await t.db.prisma.event.findMany({ where: { captureId } });
    assert.equal(stored?.visibility, "partners");
    // The same event with `tm` declared inline has the same GS1 event hash.
    const { "tm:visibility": _visibility, ...hashed } = event;
    assert.equal(
      stored?.eventHash,
      computeEventHash({
        event: hashed,
        context: [EPCIS_CONTEXT, { tm: "https://tracemark.dev/ns/epcis/" }],
      }),
    );
  });

  test("EPCIS query documents name the context after GS1's", async () => {
    const response = await call(t.app, a.orgA.apiKeys.viewer, "GET", "/events");
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json()["@context"], [EPCIS_CONTEXT, tracemarkContextUrl]);
  });
});
