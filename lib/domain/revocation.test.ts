import { describe, expect, it } from "vitest";
import { PROGRAMS } from "./enums";
import { hasServiceClock, revocationAuthority, revocationNext, revocationServiceClock, tppSessionCitable } from "./revocation";
import { workCalendar } from "./working-days";

describe("who decides a revocation", () => {
  it.each([
    ["PB", "MENTERI"], ["CB", "MENTERI"], ["CMB", "MENTERI"], ["ASIMILASI", "LAPAS"], ["DIVERSI", "PEJABAT_DIVERSI"],
    ["PIDANA_BERSYARAT", "PENGADILAN"], ["PIDANA_PENGAWASAN", "PENGADILAN"], ["PIDANA_KERJA_SOSIAL", "PENGADILAN"], ["SPPA_PENGAWASAN", "PENGADILAN"],
  ] as const)("%s: %s", (program, authority) => {
    expect(revocationAuthority(program)).toBe(authority);
  });

  it("every program has an authority", () => {
    for (const p of PROGRAMS) expect(revocationAuthority(p)).toBeTruthy();
  });

  it("only the ministry path has the Kepala's pencabutan sementara; the others report to their authority", () => {
    expect(revocationNext("MENTERI", "TPP_RECOMMENDED")).toEqual(["SUSPENDED", "CONTINUED"]);
    expect(revocationNext("MENTERI", "PK_REPORTED")).not.toContain("REFERRED"); // the TPP comes first
    expect(revocationNext("MENTERI", "SUSPENDED")).toContain("REVOKED");
    for (const a of ["LAPAS", "PEJABAT_DIVERSI", "PENGADILAN"] as const) {
      expect(revocationNext(a, "PK_REPORTED")).toContain("REFERRED");
      expect(revocationNext(a, "TPP_RECOMMENDED")).not.toContain("SUSPENDED");
      expect(revocationNext(a, "REFERRED")).toEqual(["REVOKED", "CONTINUED"]);
      expect(revocationNext(a, "PROPOSED")).not.toContain("REVOKED");
    }
  });
});

describe("the 20-working-day clock of PB, CB and CMB", () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const plain = workCalendar();
  // 5 October 2026 is a Monday, and October 2026 has no national holiday.
  const start = d("2026-10-05");

  it("counts working days on the office's calendar: a closure inside the 20 days moves the due day", () => {
    expect(revocationServiceClock(plain, start, start).dueOn).toEqual(d("2026-11-02"));
    const closed = workCalendar({ closures: [{ date: "2026-10-20", name: "Cuti bersama" }] });
    expect(revocationServiceClock(closed, start, start).dueOn).toEqual(d("2026-11-03"));
    // On 30 October: 1 working day left (2 November) without the closure, 2 with it.
    expect(revocationServiceClock(plain, start, d("2026-10-30")).workingDaysLeft).toBe(1);
    expect(revocationServiceClock(closed, start, d("2026-10-30")).workingDaysLeft).toBe(2);
  });

  it.each([
    ["2026-10-06", "ON_TRACK", 19, 0],
    ["2026-10-26", "AT_RISK", 5, 0],
    ["2026-10-31", "AT_RISK", 1, 0], // a Saturday: the due Monday is still ahead
    ["2026-11-02", "AT_RISK", 0, 0], // the due day itself
    ["2026-11-03", "OVERDUE", 0, 1],
    ["2026-11-09", "OVERDUE", 0, 5],
  ] as const)("on %s the proceeding is %s", (today, state, left, over) => {
    expect(revocationServiceClock(plain, start, d(today))).toMatchObject({ state, workingDaysLeft: left, overdueWorkingDays: over });
  });

  it("an ended proceeding says whether the standard was met", () => {
    expect(revocationServiceClock(plain, start, d("2026-12-01"), d("2026-11-02")).state).toBe("DONE_IN_TIME");
    expect(revocationServiceClock(plain, start, d("2026-12-01"), d("2026-11-04"))).toMatchObject({ state: "DONE_LATE", overdueWorkingDays: 2 });
  });

  it("runs only on the ministry path", () => {
    expect(hasServiceClock("MENTERI")).toBe(true);
    for (const a of ["LAPAS", "PEJABAT_DIVERSI", "PENGADILAN"] as const) expect(hasServiceClock(a)).toBe(false);
  });
});

describe("the sidang TPP a recommendation cites", () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it.each([
    ["2026-11-10", null],
    ["2026-11-05", null], // the day of the proposal
    ["2026-11-04", "sebelum usulan"],
    ["2026-11-11", "belum berlangsung"],
  ] as const)("held on %s", (heldOn, reason) => {
    const r = tppSessionCitable(d(heldOn), d("2026-11-05"), d("2026-11-10"));
    if (reason === null) expect(r).toBeNull();
    else expect(r).toContain(reason);
  });
});
