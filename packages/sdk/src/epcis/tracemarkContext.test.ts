import assert from "node:assert/strict";
import { test } from "node:test";
import { EventHashError } from "../errors/hash.ts";
import { computeEventHash } from "../hash/computeEventHash.ts";
import { tracemarkContextUrl, tracemarkNamespace } from "./tracemarkContext.ts";

const standard = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
const event = {
  type: "ObjectEvent",
  action: "OBSERVE",
  eventTime: "2026-03-04T12:00:00.000Z",
  eventTimeZoneOffset: "+00:00",
  epcList: ["urn:epc:id:sgtin:0614141.107346.2018"],
  "tm:reason": "a Tracemark extension, hashed as {namespace}reason",
};

test("a document naming Tracemark's context by its URL hashes its tm: extensions as one declaring tm inline", () => {
  assert.equal(
    computeEventHash({ event, context: [standard, tracemarkContextUrl] }),
    computeEventHash({ event, context: [standard, { tm: tracemarkNamespace }] }),
  );
  assert.throws(() => computeEventHash({ event, context: [standard] }), EventHashError);
});
