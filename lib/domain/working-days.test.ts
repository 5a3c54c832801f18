import { describe, expect, it } from "vitest";
import { toIsoDate, utcDate as d } from "./calendar";
import { addWorkingDays, lastWorkingDayOfMonth, nationalHolidays, onOrNextWorkingDay, workCalendar, workingDaysBetween } from "./working-days";

const iso = toIsoDate;

describe("the office's working days", () => {
  const cal = workCalendar({ closures: [{ date: "2026-12-24", name: "Cuti bersama Natal" }] });

  it("knows Indonesia's fixed national holidays", () => {
    const h = nationalHolidays(2026);
    expect(h.has("2026-08-17")).toBe(true); // Hari Kemerdekaan
    expect(h.has("2026-12-25")).toBe(true); // Natal
    expect(h.has("2026-06-01")).toBe(true); // Hari Lahir Pancasila
    expect(h.has("2026-08-18")).toBe(false);
  });

  it.each([
    ["2026-12-04", true, null], // a Friday
    ["2026-12-05", false, "Sabtu"],
    ["2026-12-06", false, "Minggu"],
    ["2026-12-24", false, "Cuti bersama Natal"],
    ["2026-12-25", false, "Hari Raya Natal"],
    ["2028-02-29", true, null], // a Tuesday in a leap year
  ])("%s working: %s", (day, working, why) => {
    const [y, m, dd] = day.split("-").map(Number);
    expect(cal.isWorkingDay(d(y, m, dd))).toBe(working);
    expect(cal.closedBecause(d(y, m, dd))).toBe(why);
  });

  it("moves a closed day to the next working day", () => {
    expect(iso(onOrNextWorkingDay(cal, d(2026, 12, 24)))).toBe("2026-12-28"); // Thu closure, Fri Natal, weekend
    expect(iso(onOrNextWorkingDay(cal, d(2026, 12, 23)))).toBe("2026-12-23");
    expect(iso(onOrNextWorkingDay(cal, d(2026, 12, 31)))).toBe("2026-12-31");
    expect(iso(onOrNextWorkingDay(cal, d(2027, 1, 1)))).toBe("2027-01-04"); // Tahun Baru (Fri), weekend
  });

  it("counts working days across a year end", () => {
    // 31 Dec, (1 Jan Tahun Baru, weekend) 4 Jan, (5 Jan Isra Mikraj) 6 Jan.
    expect(iso(addWorkingDays(cal, d(2026, 12, 30), 3))).toBe("2027-01-06");
    expect(nationalHolidays(2027).get("2027-01-05")).toBe("Isra Mikraj Nabi Muhammad");
    expect(iso(addWorkingDays(cal, d(2026, 12, 30), 0))).toBe("2026-12-30");
    expect(workingDaysBetween(cal, d(2026, 12, 22), d(2026, 12, 29))).toBe(3); // 23, 28, 29
    expect(workingDaysBetween(cal, d(2026, 12, 29), d(2026, 12, 22))).toBe(0);
  });

  it("finds the month's last working day", () => {
    expect(iso(lastWorkingDayOfMonth(cal, d(2027, 1, 15)))).toBe("2027-01-29"); // the 30th and 31st are a weekend
    expect(iso(lastWorkingDayOfMonth(cal, d(2028, 2, 1)))).toBe("2028-02-29");
  });

  it("lets an office reopen a day the library lists as a holiday", () => {
    const open = workCalendar({ extraWorkingDays: ["2026-12-25"] });
    expect(open.isWorkingDay(d(2026, 12, 25))).toBe(true);
  });
});
