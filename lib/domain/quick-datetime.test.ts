import { describe, expect, it } from "vitest";
import { formatQuickDateTime, parseQuickDateTime } from "./quick-datetime";

// 23 Nov 2026, 14.05 in Jakarta (UTC+7) = 07.05 UTC.
const NOW = new Date("2026-11-23T07:05:30Z");

describe("parseQuickDateTime", () => {
  it.each([
    ["23/11 14.30", "Asia/Jakarta", "2026-11-23T07:30:00.000Z"],
    ["23/11/2026 14:30", "Asia/Jakarta", "2026-11-23T07:30:00.000Z"],
    ["23-11-26 14.30", "Asia/Jakarta", "2026-11-23T07:30:00.000Z"],
    ["  23/11   pukul 14.30 ", "Asia/Jakarta", "2026-11-23T07:30:00.000Z"],
    ["hari ini 10.00", "Asia/Jakarta", "2026-11-23T03:00:00.000Z"],
    ["Hari ini jam 10", "Asia/Jakarta", "2026-11-23T03:00:00.000Z"],
    ["hari ini", "Asia/Jakarta", "2026-11-23T07:05:00.000Z"],
    ["kemarin 16.15", "Asia/Jakarta", "2026-11-22T09:15:00.000Z"],
    ["9.45", "Asia/Jakarta", "2026-11-23T02:45:00.000Z"],
    ["1/3 08.00", "Asia/Jakarta", "2026-03-01T01:00:00.000Z"],
    // Same words, another office: WITA is UTC+8, WIT UTC+9.
    ["hari ini 10.00", "Asia/Makassar", "2026-11-23T02:00:00.000Z"],
    ["23/11 14.30", "Asia/Jayapura", "2026-11-23T05:30:00.000Z"],
    ["sekarang", "Asia/Jakarta", "2026-11-23T07:05:00.000Z"],
  ])("%s (%s) -> %s", (input, tz, expected) => {
    const r = parseQuickDateTime(input, NOW, tz);
    expect(r).toEqual({ ok: true, at: new Date(expected) });
  });

  it("reads a day of the coming year's end as last year's (typed in early January)", () => {
    const jan2 = new Date("2027-01-02T02:00:00Z");
    expect(parseQuickDateTime("30/12 10.00", jan2, "Asia/Jakarta")).toEqual({ ok: true, at: new Date("2026-12-30T03:00:00Z") });
  });

  it("the office's today, not UTC's: 00.30 WIT on the 24th is still the 23rd in UTC", () => {
    const early = new Date("2026-11-23T15:30:00Z"); // 24 Nov 00.30 WIT
    expect(parseQuickDateTime("hari ini 08.00", early, "Asia/Jayapura")).toEqual({ ok: true, at: new Date("2026-11-23T23:00:00Z") });
  });

  it.each([
    ["", "Isi tanggal"],
    ["31/11 10.00", "tidak ada di kalender"],
    ["29/2/2026 10.00", "tidak ada di kalender"],
    ["23/11", "Tambahkan jam"],
    ["23/11 25.00", "tidak dikenali"],
    ["23/11 10.75", "tidak dikenali"],
    ["besok lusa", "tidak dikenali"],
    ["kemarin", "Tambahkan jam"],
  ])("refuses %j", (input, message) => {
    const r = parseQuickDateTime(input, NOW, "Asia/Jakarta");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe("formatQuickDateTime", () => {
  it("prefills in the office's time zone and round-trips", () => {
    expect(formatQuickDateTime(NOW, "Asia/Jakarta")).toBe("23/11/2026 14.05");
    expect(formatQuickDateTime(NOW, "Asia/Makassar")).toBe("23/11/2026 15.05");
    const r = parseQuickDateTime(formatQuickDateTime(NOW, "Asia/Jayapura"), NOW, "Asia/Jayapura");
    expect(r).toEqual({ ok: true, at: new Date("2026-11-23T07:05:00Z") });
  });
});
