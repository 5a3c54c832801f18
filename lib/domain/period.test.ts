import { describe, expect, it } from "vitest";
import { toIsoDate, utcDate } from "./calendar";
import { dayLabel, monthShortLabel, periodLabel, reportDay, reportMonth, resolvePeriod, twelveMonthsTo } from "./period";

const span = (p: { from: Date; to: Date }) => [toIsoDate(p.from), toIsoDate(p.to)];
const today = utcDate(2026, 12, 2);

describe("resolvePeriod", () => {
  it.each([
    ["bulan-ini", ["2026-12-01", "2026-12-31"]],
    ["bulan-lalu", ["2026-11-01", "2026-11-30"]],
    ["kuartal", ["2026-10-01", "2026-12-31"]],
    ["tahun", ["2026-01-01", "2026-12-31"]],
    [undefined, ["2026-12-01", "2026-12-31"]],
    ["nonsense", ["2026-12-01", "2026-12-31"]],
  ])("%s on 2 Dec 2026", (kind, expected) => expect(span(resolvePeriod(kind, today))).toEqual(expected));

  it("last month across a year and a leap February", () => {
    expect(span(resolvePeriod("bulan-lalu", utcDate(2027, 1, 15)))).toEqual(["2026-12-01", "2026-12-31"]);
    expect(span(resolvePeriod("bulan-ini", utcDate(2028, 2, 29)))).toEqual(["2028-02-01", "2028-02-29"]);
    expect(span(resolvePeriod("kuartal", utcDate(2028, 2, 29)))).toEqual(["2028-01-01", "2028-03-31"]);
  });

  it("a custom span must be whole and in order, else this month", () => {
    expect(resolvePeriod("kustom", today, { from: "2026-03-05", to: "2026-04-10" })).toMatchObject({ kind: "kustom" });
    expect(resolvePeriod("kustom", today, { from: "2026-04-10", to: "2026-03-05" }).kind).toBe("bulan-ini");
    expect(resolvePeriod("kustom", today, { from: "2026-02-30", to: "2026-03-05" }).kind).toBe("bulan-ini");
    expect(resolvePeriod("kustom", today, { from: "2020-01-01", to: "2026-03-05" }).kind).toBe("bulan-ini");
  });
});

describe("labels and months", () => {
  it("periodLabel", () => {
    expect(periodLabel(resolvePeriod("bulan-ini", today))).toBe("1–31 Desember 2026");
    expect(periodLabel(resolvePeriod("kuartal", today))).toBe("1 Oktober – 31 Desember 2026");
    expect(periodLabel({ from: utcDate(2025, 12, 1), to: utcDate(2026, 1, 5) })).toBe("1 Desember 2025 – 5 Januari 2026");
  });
  it("twelve months to December", () => {
    const m = twelveMonthsTo(utcDate(2026, 12, 31));
    expect(m).toHaveLength(12);
    expect([monthShortLabel(m[0]), monthShortLabel(m[11])]).toEqual(["Jan 2026", "Des 2026"]);
    expect(toIsoDate(twelveMonthsTo(utcDate(2026, 3, 1))[0])).toBe("2025-04-01");
  });
});

describe("reportMonth", () => {
  it("reads yyyy-mm, else last month", () => {
    expect(toIsoDate(reportMonth("2026-11", today))).toBe("2026-11-01");
    expect(toIsoDate(reportMonth("2026-13", today))).toBe("2026-11-01");
    expect(toIsoDate(reportMonth(null, utcDate(2027, 1, 3)))).toBe("2026-12-01");
  });
});

describe("reportDay and dayLabel", () => {
  const today = utcDate(2028, 2, 29);
  it("takes a real day up to today; anything else is today", () => {
    expect(reportDay("2028-02-28", today)).toEqual(utcDate(2028, 2, 28));
    expect(reportDay("2028-02-29", today)).toEqual(today);
    expect(reportDay("2028-03-01", today)).toEqual(today);
    expect(reportDay("2027-02-29", today)).toEqual(today);
    expect(reportDay("1899-12-31", today)).toEqual(today);
    expect(reportDay("kemarin", today)).toEqual(today);
    expect(reportDay(null, today)).toEqual(today);
  });
  it("names the weekday in Bahasa Indonesia", () => {
    expect(dayLabel(utcDate(2028, 2, 29))).toBe("Selasa, 29 Februari 2028");
    expect(dayLabel(utcDate(2026, 12, 31))).toBe("Kamis, 31 Desember 2026");
  });
});
