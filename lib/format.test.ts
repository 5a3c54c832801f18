import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDayOf } from "./format";

describe("the date formatter", () => {
  it("shows calendar dates as the day they are, in Indonesian", () => {
    expect(formatDate(new Date("2026-08-17T00:00:00Z"))).toBe("17 Agustus 2026");
  });
  it.each([
    ["Asia/Jakarta", "23 Nov 2026, 23.30 WIB"],
    ["Asia/Makassar", "24 Nov 2026, 00.30 WITA"],
    ["Asia/Jayapura", "24 Nov 2026, 01.30 WIT"],
  ])("shows an instant in the office's zone (%s)", (tz, expected) => {
    expect(formatDateTime(new Date("2026-11-23T16:30:00Z"), tz)).toBe(expected);
  });
  it("gives the office's day of an instant", () => {
    expect(formatDayOf(new Date("2026-11-23T16:30:00Z"), "Asia/Makassar")).toBe("24 November 2026");
  });
});
