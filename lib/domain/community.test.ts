import { describe, expect, it } from "vitest";
import { utcDate } from "./calendar";
import { agreementState, checkHoursEntry, formatHours, kerjaSosialSummary, mayCorrectCommunityRecord, parseHours } from "./community";

describe("agreementState", () => {
  const today = utcDate(2026, 12, 2);
  it.each([
    [utcDate(2026, 12, 1), "EXPIRED"],
    [utcDate(2026, 12, 2), "EXPIRING"],
    [utcDate(2027, 1, 31), "EXPIRING"], // 60 days
    [utcDate(2027, 2, 1), "VALID"], // 61 days
  ] as const)("%s is %s", (expires, state) => expect(agreementState(expires, today)).toBe(state));
});

describe("kerjaSosialSummary", () => {
  it("adds the logged minutes against the ordered hours", () => {
    expect(kerjaSosialSummary(40, [240, 240, 150])).toEqual({ orderedMinutes: 2400, doneMinutes: 630, remainingMinutes: 1770, percentDone: 26, complete: false });
  });
  it("is complete at the last minute, never above 100", () => {
    expect(kerjaSosialSummary(8, [240, 240])).toMatchObject({ remainingMinutes: 0, percentDone: 100, complete: true });
    expect(kerjaSosialSummary(8, [479])).toMatchObject({ percentDone: 99, complete: false });
  });
  it("with nothing logged", () => expect(kerjaSosialSummary(16, [])).toMatchObject({ doneMinutes: 0, remainingMinutes: 960, percentDone: 0 }));
});

describe("checkHoursEntry", () => {
  const placement = { startsOn: utcDate(2026, 11, 1), endsOn: utcDate(2026, 12, 31), hoursPerDay: 4, totalHoursOrdered: 20 };
  const base = { workedOn: utcDate(2026, 11, 10), minutes: 240, today: utcDate(2026, 12, 2), placement, doneMinutes: 0 };
  it("accepts a day within the placement and the hours per day", () => expect(checkHoursEntry(base)).toBeNull());
  it.each([
    [{ minutes: 0 }, "minutes", "lebih dari 0"],
    [{ minutes: -60 }, "minutes", "lebih dari 0"],
    [{ minutes: 45 }, "minutes", "setengah jam"],
    [{ minutes: 270 }, "minutes", "Paling banyak 4 jam"],
    [{ workedOn: utcDate(2026, 12, 3) }, "workedOn", "masa depan"],
    [{ workedOn: utcDate(2026, 10, 31) }, "workedOn", "sebelum penempatan"],
    [{ doneMinutes: 1080 }, "minutes", "tinggal 2 jam"],
    [{ doneMinutes: 1200 }, "minutes", "terpenuhi"],
  ] as const)("refuses %o", (over, field, text) => {
    const r = checkHoursEntry({ ...base, ...over });
    expect(r?.field).toBe(field);
    expect(r?.message).toContain(text);
  });
  it("refuses a day after the placement ended", () => {
    expect(checkHoursEntry({ ...base, today: utcDate(2027, 2, 1), workedOn: utcDate(2027, 1, 5) })?.message).toContain("setelah penempatan");
  });
  it("caps the judge's hours per day at the law's 8", () => {
    expect(checkHoursEntry({ ...base, minutes: 540, placement: { ...placement, hoursPerDay: 10, totalHoursOrdered: 100 } })?.message).toContain("8 jam");
  });
});

describe("hours as text", () => {
  it.each([["2", 120], ["2,5", 150], ["2.5", 150], ["0", 0], ["x", null], ["-1", null], ["", null]] as const)("%s", (t, m) => expect(parseHours(t)).toBe(m));
  it("formats", () => {
    expect(formatHours(150)).toBe("2,5 jam");
    expect(formatHours(180)).toBe("3 jam");
  });
});

describe("mayCorrectCommunityRecord", () => {
  const author = "u_author", pk = "u_pk";
  it.each([
    [{ id: author, role: "PK" }, true],
    [{ id: author, role: "ADMIN" }, true],
    [{ id: "u_kepala", role: "KEPALA_BAPAS" }, true],
    [{ id: pk, role: "PK" }, true],
    [{ id: "u_other", role: "PK" }, false],
    [{ id: "u_admin", role: "ADMIN" }, false],
    [{ id: "u_kasi", role: "KASI" }, false],
    [{ id: pk, role: "ADMIN" }, false],
  ])("%o may correct: %s", (user, allowed) => {
    expect(mayCorrectCommunityRecord(user, { authorId: author, clientPkId: pk })).toBe(allowed);
  });
  it("without a client, only the author and the Kepala", () => {
    expect(mayCorrectCommunityRecord({ id: pk, role: "PK" }, { authorId: author })).toBe(false);
    expect(mayCorrectCommunityRecord({ id: "u_kepala", role: "KEPALA_BAPAS" }, { authorId: author })).toBe(true);
  });
});
