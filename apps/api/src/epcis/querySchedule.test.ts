import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { nextScheduledTime, parseQuerySchedule, QueryScheduleError } from "./querySchedule.ts";

describe("EPCIS query schedules", () => {
  test("the standard's examples: 1.05am, top of the hour on weekdays, once a second in hour 2", () => {
    const from = new Date("2026-12-05T00:00:00.000Z"); // a Saturday
    assert.equal(
      nextScheduledTime({ hour: "1", minute: "5", second: "0" }, from)?.toISOString(),
      "2026-12-05T01:05:00.000Z",
    );
    assert.equal(
      nextScheduledTime({ second: "0", minute: "0", dayOfWeek: "[1-5]" }, from)?.toISOString(),
      "2026-12-07T00:00:00.000Z",
    );
    assert.equal(nextScheduledTime({ hour: "2" }, from)?.toISOString(), "2026-12-05T02:00:00.000Z");
    assert.equal(
      nextScheduledTime({ hour: "2" }, new Date("2026-12-05T02:00:00.000Z"))?.toISOString(),
      "2026-12-05T02:00:01.000Z",
    );
    assert.equal(
      nextScheduledTime({ second: "0,30" }, new Date("2026-12-05T10:00:10.500Z"))?.toISOString(),
      "2026-12-05T10:00:30.000Z",
    );
    assert.equal(
      nextScheduledTime(
        { dayOfMonth: "29", month: "2", hour: "0", minute: "0", second: "0" },
        from,
      )?.toISOString(),
      "2028-02-29T00:00:00.000Z",
    );
  });

  test("fields outside the grammar or their range, backward ranges and impossible dates are refused, naming the field", () => {
    const refused = (schedule: unknown, field: string) =>
      assert.throws(
        () => parseQuerySchedule(schedule),
        (error: unknown) => error instanceof QueryScheduleError && error.field === field,
        JSON.stringify(schedule),
      );
    refused({ hour: "24" }, "schedule.hour");
    refused({ minute: "[30-10]" }, "schedule.minute");
    refused({ second: "*" }, "schedule.second");
    refused({ second: "0-5" }, "schedule.second");
    refused({ dayOfWeek: "0" }, "schedule.dayOfWeek");
    refused({ hour: 1 }, "schedule.hour");
    refused({ weekday: "1" }, "schedule.weekday");
    refused({}, "schedule");
    refused("hourly", "schedule");
    refused({ dayOfMonth: "31", month: "4" }, "schedule");
    assert.deepEqual(parseQuerySchedule({ hour: "1", minute: "5" }), { hour: "1", minute: "5" });
    assert.deepEqual(parseQuerySchedule({ minute: "0,[15-16],45" }), { minute: "0,[15-16],45" });
  });
});
