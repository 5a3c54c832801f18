import { describe, expect, it } from "vitest";
import { utcDate } from "./calendar";
import { CLIENT_STATUSES, ROLES, STAGE_KINDS, TPP_RECOMMENDATIONS, TRANSITION_STATUSES, type Role, type TransitionStatus } from "./enums";
import { checkLetterIssue, checkProposal, stageDatesOnApproval, transitionStep, type TransitionAction } from "./transitions";

const ACTIONS: [string, TransitionAction][] = [
  ...TPP_RECOMMENDATIONS.map((r) => [`TPP ${r}`, { type: "TPP_REVIEW", recommendation: r }] as [string, TransitionAction]),
  ["APPROVE", { type: "APPROVE" }],
  ["REJECT", { type: "REJECT" }],
  ["WITHDRAW", { type: "WITHDRAW" }],
];

// The only allowed steps, written out: [role, from status, action] -> next status. Everything else is refused.
const ALLOWED: Record<string, TransitionStatus> = {
  "ADMIN PROPOSED TPP SETUJU": "TPP_REVIEWED",
  "ADMIN PROPOSED TPP TOLAK": "TPP_REVIEWED",
  "ADMIN PROPOSED TPP TUNDA": "PROPOSED",
  "KEPALA_BAPAS PROPOSED TPP SETUJU": "TPP_REVIEWED",
  "KEPALA_BAPAS PROPOSED TPP TOLAK": "TPP_REVIEWED",
  "KEPALA_BAPAS PROPOSED TPP TUNDA": "PROPOSED",
  "KEPALA_BAPAS TPP_REVIEWED APPROVE": "APPROVED",
  "KEPALA_BAPAS TPP_REVIEWED REJECT": "REJECTED",
  "PK PROPOSED WITHDRAW": "WITHDRAWN",
};

describe("transitionStep: every status x role x action", () => {
  const cases: [Role, TransitionStatus, string, TransitionAction][] = [];
  for (const role of ROLES) for (const status of TRANSITION_STATUSES) for (const [name, action] of ACTIONS) cases.push([role, status, name, action]);
  it.each(cases)("%s on %s: %s", (role, status, name, action) => {
    const expected = ALLOWED[`${role} ${status} ${name}`];
    const out = transitionStep(role, status, action);
    if (expected) expect(out).toEqual({ ok: true, next: expected });
    else expect(out).toMatchObject({ ok: false, reason: expect.any(String) });
  });

  it("a PK can never approve, whatever the status", () => {
    for (const status of TRANSITION_STATUSES) expect(transitionStep("PK", status, { type: "APPROVE" }).ok).toBe(false);
  });
  it("no decision twice: an approved or rejected proposal is final for everyone", () => {
    for (const role of ROLES) for (const status of ["APPROVED", "REJECTED", "WITHDRAWN"] as const) for (const [, a] of ACTIONS) expect(transitionStep(role, status, a).ok).toBe(false);
  });
});

describe("checkProposal: every stage x target x role", () => {
  const NEXT = { AWAL: "LANJUTAN", LANJUTAN: "AKHIR", AKHIR: null } as const;
  const cases: [Role, (typeof STAGE_KINDS)[number], (typeof STAGE_KINDS)[number]][] = [];
  for (const role of ROLES) for (const from of STAGE_KINDS) for (const to of STAGE_KINDS) cases.push([role, from, to]);
  it.each(cases)("%s proposes %s -> %s", (role, from, to) => {
    const out = checkProposal({ role, clientStatus: "AKTIF", currentStage: from, toStage: to, hasOpenProposal: false });
    const allowed = role === "PK" && NEXT[from] === to;
    expect(out.ok).toBe(allowed);
    if (allowed) expect(out).toEqual({ ok: true, fromStage: from });
  });

  it.each(CLIENT_STATUSES.filter((s) => s !== "AKTIF"))("refuses a client with status %s", (status) => {
    expect(checkProposal({ role: "PK", clientStatus: status, currentStage: "AWAL", toStage: "LANJUTAN", hasOpenProposal: false }).ok).toBe(false);
  });
  it("refuses a second open proposal and a client without stages", () => {
    expect(checkProposal({ role: "PK", clientStatus: "AKTIF", currentStage: "AWAL", toStage: "LANJUTAN", hasOpenProposal: true })).toMatchObject({ ok: false, reason: expect.stringContaining("belum diputuskan") });
    expect(checkProposal({ role: "PK", clientStatus: "AKTIF", currentStage: null, toStage: "LANJUTAN", hasOpenProposal: false }).ok).toBe(false);
  });
  it("says why skipping is refused", () => {
    expect(checkProposal({ role: "PK", clientStatus: "AKTIF", currentStage: "AWAL", toStage: "AKHIR", hasOpenProposal: false })).toMatchObject({ ok: false, reason: expect.stringContaining("dilompati") });
  });
});

describe("stageDatesOnApproval", () => {
  it.each([
    ["ends the day before the decision", "AWAL", utcDate(2026, 1, 1), utcDate(2026, 5, 10), "2026-05-09", "LANJUTAN"],
    ["a stage begun on the decision day ends that day", "LANJUTAN", utcDate(2026, 5, 10), utcDate(2026, 5, 10), "2026-05-10", "AKHIR"],
    ["across a leap day", "AWAL", utcDate(2028, 1, 1), utcDate(2028, 3, 1), "2028-02-29", "LANJUTAN"],
  ] as const)("%s", (_n, from, started, day, end, to) => {
    const u = stageDatesOnApproval(from, started, day);
    expect(u.from.actualEnd.toISOString().slice(0, 10)).toBe(end);
    expect(u.to).toEqual({ kind: to, actualStart: day });
  });
  it("refuses the final stage", () => {
    expect(() => stageDatesOnApproval("AKHIR", null, utcDate(2026, 1, 1))).toThrow();
  });
});

describe("checkLetterIssue: every role x stage x status x early end", () => {
  const cases: [Role, (typeof STAGE_KINDS)[number], (typeof CLIENT_STATUSES)[number], boolean][] = [];
  for (const role of ROLES) for (const stage of STAGE_KINDS) for (const status of CLIENT_STATUSES) for (const early of [false, true]) cases.push([role, stage, status, early]);
  it.each(cases)("%s, %s, %s, early %s", (role, stage, status, early) => {
    const allowed = role === "KEPALA_BAPAS" && status === "AKTIF" && (stage === "AKHIR" || early);
    expect(checkLetterIssue({ role, clientStatus: status, currentStage: stage, hasValidLetter: false, early }).ok).toBe(allowed);
  });
  it("refuses a client without stages", () => {
    expect(checkLetterIssue({ role: "KEPALA_BAPAS", clientStatus: "AKTIF", currentStage: null, hasValidLetter: false, early: true }).ok).toBe(false);
  });
  it("the ordinary letter waits for the period's end; before it only the early end, and after it no early end", () => {
    const base = { role: "KEPALA_BAPAS" as const, clientStatus: "AKTIF" as const, currentStage: "AKHIR" as const, hasValidLetter: false };
    expect(checkLetterIssue({ ...base, periodEnded: false }).ok).toBe(false);
    expect(checkLetterIssue({ ...base, periodEnded: false, early: true }).ok).toBe(true);
    expect(checkLetterIssue({ ...base, periodEnded: true }).ok).toBe(true);
    expect(checkLetterIssue({ ...base, periodEnded: true, early: true }).ok).toBe(false);
  });
  it("refuses a second valid letter", () => {
    expect(checkLetterIssue({ role: "KEPALA_BAPAS", clientStatus: "AKTIF", currentStage: "AKHIR", hasValidLetter: true }).ok).toBe(false);
  });
});
