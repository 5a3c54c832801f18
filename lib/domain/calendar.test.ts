import { describe, expect, it } from "vitest";
import { addMonths, ageOn, parseIsoDate, startOfDayIn, todayIn, toIsoDate, utcDate } from "./calendar";

describe("calendar dates", () => {
  it.each([
    ["2026-02-28", "2026-02-28"],
    ["2028-02-29", "2028-02-29"],
    ["2026-02-29", null],
    ["2026-13-01", null],
    ["26-01-01", null],
    ["", null],
  ])("parseIsoDate(%s)", (input, expected) => {
    const d = parseIsoDate(input);
    expect(d ? toIsoDate(d) : null).toBe(expected);
  });

  it("addMonths clamps to the end of the month", () => {
    expect(toIsoDate(addMonths(utcDate(2026, 1, 31), 1))).toBe("2026-02-28");
    expect(toIsoDate(addMonths(utcDate(2028, 1, 31), 1))).toBe("2028-02-29");
    expect(toIsoDate(addMonths(utcDate(2026, 11, 15), 3))).toBe("2027-02-15");
  });

  it("todayIn gives the office's own calendar day (WIB, WITA, WIT)", () => {
    const instant = new Date("2026-11-23T16:30:00Z"); // 23:30 WIB, 00:30 WITA, 01:30 WIT
    expect(toIsoDate(todayIn("Asia/Jakarta", instant))).toBe("2026-11-23");
    expect(toIsoDate(todayIn("Asia/Makassar", instant))).toBe("2026-11-24");
    expect(toIsoDate(todayIn("Asia/Jayapura", instant))).toBe("2026-11-24");
  });

  it("ageOn counts whole years, birthday included", () => {
    expect(ageOn(utcDate(2010, 11, 23), utcDate(2026, 11, 22))).toBe(15);
    expect(ageOn(utcDate(2010, 11, 23), utcDate(2026, 11, 23))).toBe(16);
  });
});

describe("startOfDayIn", () => {
  it.each([
    ["Asia/Jakarta", "2026-12-01T17:00:00.000Z"],
    ["Asia/Makassar", "2026-12-01T16:00:00.000Z"],
    ["Asia/Jayapura", "2026-12-01T15:00:00.000Z"],
    ["UTC", "2026-12-02T00:00:00.000Z"],
  ])("2 Dec 2026 starts in %s at %s", (zone, iso) => expect(startOfDayIn(utcDate(2026, 12, 2), zone).toISOString()).toBe(iso));
});

describe("addYears", () => {
  it("keeps the day, and 29 February becomes 28 February", async () => {
    const { addYears } = await import("./calendar");
    expect(addYears(new Date("2026-03-15T00:00:00Z"), 25).toISOString().slice(0, 10)).toBe("2051-03-15");
    expect(addYears(new Date("2028-02-29T00:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2029-02-28");
    expect(addYears(new Date("2028-02-29T00:00:00Z"), -100).toISOString().slice(0, 10)).toBe("1928-02-29");
  });
});
