import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  dateSchema,
  dateTimeSchema,
  EARLIEST_INSTANT,
  LATEST_INSTANT,
  parseDate,
  parseDateTime,
} from "./dateTime.ts";

describe("parseDateTime: the instants every part of Tracemark writes alike", () => {
  it("reads a date-time with its offset, rounding as the event hash does", () => {
    assert.equal(parseDateTime("2026-03-04T11:00:30+01:00"), Date.parse("2026-03-04T10:00:30Z"));
    assert.equal(parseDateTime("2026-03-04T11:00:30.1234z"), Date.parse("2026-03-04T11:00:30.123Z"));
    assert.equal(parseDateTime("2026-03-04T11:00:30.0005Z"), Date.parse("2026-03-04T11:00:30.001Z"));
  });
  it("takes the edges of the range and nothing past them, whatever the offset", () => {
    assert.equal(parseDateTime("1000-01-01T00:00:00Z"), EARLIEST_INSTANT);
    assert.equal(parseDateTime("9999-12-31T23:59:59.999Z"), LATEST_INSTANT);
    assert.equal(parseDateTime("0999-12-31T23:00:00-01:00"), EARLIEST_INSTANT);
    for (const text of [
      "0000-01-01T00:00:00Z",
      "0001-01-01T00:00:00+01:00",
      "0999-12-31T23:59:59.999Z",
      "9999-12-31T23:59:59-01:00",
      "9999-12-31T23:59:59.9995Z",
    ]) {
      assert.equal(parseDateTime(text), "range", text);
    }
  });
  it("refuses days, times and offsets that do not exist, and other forms", () => {
    for (const text of [
      "2026-02-29T00:00:00Z",
      "2026-04-31T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-00-10T00:00:00Z",
      "2026-01-01T24:00:00Z",
      "2026-01-01T23:60:00Z",
      "2026-12-31T23:59:60Z",
      "2026-01-01T00:00:00+15:00",
      "2026-01-01T00:00:00+01:60",
      "2026-01-01T00:00:00",
      "275760-09-13T00:00:00Z",
      "+275760-09-13T00:00:00.000Z",
      "2026-01-01",
      "1",
      "",
    ]) {
      assert.equal(parseDateTime(text), "format", text);
    }
    assert.equal(typeof parseDateTime("2024-02-29T00:00:00Z"), "number");
  });
});

describe("parseDate", () => {
  it("reads an existing calendar date in the range", () => {
    assert.equal(parseDate("2024-02-29"), Date.UTC(2024, 1, 29));
    assert.equal(parseDate("9999-12-31"), Date.UTC(9999, 11, 31));
    assert.equal(parseDate("1000-01-01"), EARLIEST_INSTANT);
  });
  it("refuses year 0, years below 1000 and days that do not exist", () => {
    assert.equal(parseDate("0000-01-01"), "range");
    assert.equal(parseDate("0999-12-31"), "range");
    assert.equal(parseDate("2026-02-29"), "format");
    assert.equal(parseDate("10000-01-01"), "format");
    assert.equal(parseDate("2026-1-1"), "format");
  });
});

describe("dateTimeSchema and dateSchema name what is wrong", () => {
  it("a date-time out of range", () => {
    const result = dateTimeSchema.safeParse("0000-01-01T00:00:00Z");
    assert.equal(result.success, false);
    assert.match(
      result.error?.issues[0]?.message ?? "",
      /between 1000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z/,
    );
  });
  it("a date that does not exist", () => {
    const result = dateSchema.safeParse("2026-02-30");
    assert.equal(result.success, false);
    assert.match(result.error?.issues[0]?.message ?? "", /calendar date/);
  });
});
