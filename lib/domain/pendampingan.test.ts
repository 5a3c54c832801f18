import { describe, expect, it } from "vitest";
import {
  agreementDeadlineState, attendedLate, availablePendampinganCommands, childLitmasDueAt, consentProblem, describeTimeLeft, expectedNextStep,
  formatAssignmentLetterNumber, formatPendampinganNumber, imposedMeasure, mayClose, officialActionDueAt, officialActionState,
  pendampinganTransition, presenceDueAt, presenceState,
} from "./pendampingan";

const at = (iso: string) => new Date(iso);

describe("pendampinganTransition", () => {
  it("lets the Kepala and a Kasi assign, reassign while open, and nobody after the end", () => {
    expect(pendampinganTransition("REQUESTED", "KEPALA_BAPAS", "assign")).toEqual({ ok: true, to: "ASSIGNED" });
    expect(pendampinganTransition("REQUESTED", "KASI", "assign")).toEqual({ ok: true, to: "ASSIGNED" });
    expect(pendampinganTransition("ONGOING", "KEPALA_BAPAS", "assign")).toEqual({ ok: true, to: "ONGOING" });
    expect(pendampinganTransition("REQUESTED", "PK", "assign")).toMatchObject({ ok: false, reason: "ROLE" });
    expect(pendampinganTransition("REQUESTED", "ADMIN", "assign")).toMatchObject({ ok: false, reason: "ROLE" });
    expect(pendampinganTransition("CLOSED", "KEPALA_BAPAS", "assign")).toMatchObject({ ok: false, reason: "STATE" });
  });

  it("only the Kepala disposes and issues the surat tugas, once a PK is assigned", () => {
    expect(pendampinganTransition("REQUESTED", "KEPALA_BAPAS", "dispose")).toEqual({ ok: true, to: "REQUESTED" });
    expect(pendampinganTransition("ASSIGNED", "KASI", "dispose")).toMatchObject({ ok: false, reason: "ROLE" });
    expect(pendampinganTransition("REQUESTED", "KEPALA_BAPAS", "letter")).toMatchObject({ ok: false, reason: "STATE" });
    expect(pendampinganTransition("ASSIGNED", "KEPALA_BAPAS", "letter")).toEqual({ ok: true, to: "ASSIGNED" });
    expect(pendampinganTransition("ASSIGNED", "KASI", "letter")).toMatchObject({ ok: false, reason: "ROLE" });
  });

  it("the PK's first step makes it ONGOING; the agreement comes from ONGOING", () => {
    expect(pendampinganTransition("ASSIGNED", "PK", "step")).toEqual({ ok: true, to: "ONGOING" });
    expect(pendampinganTransition("REQUESTED", "PK", "step")).toMatchObject({ ok: false, reason: "STATE" });
    expect(pendampinganTransition("ONGOING", "PK", "agreement")).toEqual({ ok: true, to: "AGREEMENT_SUPERVISED" });
    expect(pendampinganTransition("ASSIGNED", "PK", "agreement")).toMatchObject({ ok: false, reason: "STATE" });
    expect(pendampinganTransition("ONGOING", "KEPALA_BAPAS", "step")).toMatchObject({ ok: false, reason: "ROLE" });
  });

  it("supervision: carried out closes; a report stays supervised; the official's action continues the case", () => {
    expect(pendampinganTransition("AGREEMENT_SUPERVISED", "PK", "carriedOut")).toEqual({ ok: true, to: "CLOSED" });
    expect(pendampinganTransition("AGREEMENT_SUPERVISED", "PK", "reportNonExecution")).toEqual({ ok: true, to: "AGREEMENT_SUPERVISED" });
    expect(pendampinganTransition("AGREEMENT_SUPERVISED", "PK", "officialAction")).toEqual({ ok: true, to: "ONGOING" });
    expect(pendampinganTransition("ONGOING", "PK", "carriedOut")).toMatchObject({ ok: false, reason: "STATE" });
  });

  it("cancel: Kepala or admin, while open", () => {
    for (const s of ["REQUESTED", "ASSIGNED", "ONGOING", "AGREEMENT_SUPERVISED"] as const) {
      expect(pendampinganTransition(s, "ADMIN", "cancel")).toEqual({ ok: true, to: "CANCELLED" });
    }
    expect(pendampinganTransition("CLOSED", "KEPALA_BAPAS", "cancel")).toMatchObject({ ok: false, reason: "STATE" });
    expect(pendampinganTransition("ONGOING", "PK", "cancel")).toMatchObject({ ok: false, reason: "ROLE" });
  });

  it("lists the available commands per role", () => {
    expect(availablePendampinganCommands("REQUESTED", "KEPALA_BAPAS")).toEqual(["dispose", "assign", "cancel"]);
    expect(availablePendampinganCommands("ONGOING", "PK")).toEqual(["step", "agreement", "close"]);
    expect(availablePendampinganCommands("CLOSED", "KEPALA_BAPAS")).toEqual([]);
  });
});

describe("clocks", () => {
  const received = at("2026-12-01T02:00:00Z");

  it("presence is due 1x24 hours after the request; the litmas 3x24 hours", () => {
    expect(presenceDueAt(received).toISOString()).toBe("2026-12-02T02:00:00.000Z");
    expect(childLitmasDueAt(received).toISOString()).toBe("2026-12-04T02:00:00.000Z");
    expect(officialActionDueAt(received).toISOString()).toBe("2026-12-08T02:00:00.000Z");
  });

  it("presence: on time, due soon, overdue, met, and nothing once cancelled", () => {
    const p = { status: "ASSIGNED" as const, dueAt: presenceDueAt(received), firstAttendedAt: null };
    expect(presenceState(p, at("2026-12-01T03:00:00Z"))).toBe("ON_TIME");
    expect(presenceState(p, at("2026-12-01T21:00:00Z"))).toBe("DUE_SOON");
    expect(presenceState(p, at("2026-12-01T21:00:00Z"), 2)).toBe("ON_TIME");
    expect(presenceState(p, at("2026-12-02T02:00:00Z"))).toBe("DUE_SOON");
    expect(presenceState(p, at("2026-12-02T02:00:01Z"))).toBe("OVERDUE");
    expect(presenceState({ ...p, firstAttendedAt: at("2026-12-03T00:00:00Z") }, at("2026-12-05T00:00:00Z"))).toBe("MET");
    expect(presenceState({ ...p, status: "CANCELLED" }, at("2026-12-05T00:00:00Z"))).toBeNull();
    expect(attendedLate({ dueAt: p.dueAt, firstAttendedAt: at("2026-12-03T00:00:00Z") })).toBe(true);
    expect(attendedLate({ dueAt: p.dueAt, firstAttendedAt: at("2026-12-01T10:00:00Z") })).toBe(false);
  });

  it("the official's 7 days after a report", () => {
    const reportDueAt = officialActionDueAt(received);
    expect(officialActionState({ reportDueAt: null, officialActionAt: null }, received)).toBeNull();
    expect(officialActionState({ reportDueAt, officialActionAt: null }, at("2026-12-02T00:00:00Z"))).toBe("ON_TIME");
    expect(officialActionState({ reportDueAt, officialActionAt: null }, at("2026-12-07T00:00:00Z"))).toBe("DUE_SOON");
    expect(officialActionState({ reportDueAt, officialActionAt: null }, at("2026-12-09T00:00:00Z"))).toBe("OVERDUE");
    expect(officialActionState({ reportDueAt, officialActionAt: at("2026-12-05T00:00:00Z") }, at("2026-12-09T00:00:00Z"))).toBe("MET");
  });

  it("the agreement deadline counts its whole last day", () => {
    const a = { status: "SUPERVISED" as const, deadline: at("2026-12-31T00:00:00Z") };
    expect(agreementDeadlineState(a, at("2026-12-01T00:00:00Z"))).toBe("ON_TIME");
    expect(agreementDeadlineState(a, at("2026-12-28T00:00:00Z"))).toBe("DUE_SOON");
    expect(agreementDeadlineState(a, at("2026-12-31T00:00:00Z"))).toBe("DUE_SOON");
    expect(agreementDeadlineState(a, at("2027-01-01T00:00:00Z"))).toBe("OVERDUE");
    expect(agreementDeadlineState({ ...a, status: "CARRIED_OUT" }, at("2027-01-01T00:00:00Z"))).toBe("MET");
    expect(agreementDeadlineState({ ...a, status: "NOT_CARRIED_OUT" }, at("2027-01-01T00:00:00Z"))).toBeNull();
  });

  it("describes the time left in hours or days", () => {
    const now = at("2026-12-01T00:00:00Z");
    expect(describeTimeLeft(at("2026-12-01T05:30:00Z"), now)).toBe("sisa 5 jam");
    expect(describeTimeLeft(at("2026-11-30T21:00:00Z"), now)).toBe("terlambat 3 jam");
    expect(describeTimeLeft(at("2026-12-04T00:00:00Z"), now)).toBe("sisa 3 hari");
    expect(describeTimeLeft(at("2026-12-01T00:10:00Z"), now)).toBe("sisa 10 menit");
  });
});

describe("steps and agreement", () => {
  it("diversi needs both consents", () => {
    expect(consentProblem({ childConsent: true, guardianConsent: true })).toBeNull();
    expect(consentProblem({ childConsent: false, guardianConsent: true })).toMatch(/persetujuan anak/);
    expect(consentProblem({ childConsent: true, guardianConsent: false })).toMatch(/orang tua\/wali/);
    expect(consentProblem({ childConsent: false, guardianConsent: false })).toMatch(/Keduanya/);
  });

  it("says what comes next", () => {
    const base = { disposedAt: null, assignedPkId: null, assignmentLetterNumber: null, steps: [], agreement: null };
    expect(expectedNextStep({ ...base, status: "REQUESTED" })).toMatch(/Kepala Bapas menugaskan/);
    expect(expectedNextStep({ ...base, status: "REQUESTED", disposedAt: new Date() })).toMatch(/Kasi BKA/);
    expect(expectedNextStep({ ...base, status: "ASSIGNED", assignedPkId: "pk" })).toMatch(/surat tugas/);
    expect(expectedNextStep({ ...base, status: "ONGOING", steps: [{ kind: "MUSYAWARAH_DIVERSI" }] })).toMatch(/kesepakatan diversi/);
    expect(expectedNextStep({ ...base, status: "ONGOING", steps: [{ kind: "SIDANG_ANAK" }] })).toMatch(/putusan/);
    expect(expectedNextStep({ ...base, status: "ONGOING", steps: [{ kind: "PUTUSAN" }] })).toMatch(/Tutup/);
    expect(expectedNextStep({ ...base, status: "AGREEMENT_SUPERVISED", agreement: { status: "NOT_CARRIED_OUT", reportedAt: new Date(), officialActionAt: null } })).toMatch(/7 hari/);
    expect(expectedNextStep({ ...base, status: "CLOSED" })).toBeNull();
  });

  it("finds the measure of the latest decision and allows closing only after one", () => {
    const steps = [
      { kind: "PEMERIKSAAN_PENYIDIK" as const, measure: null, heldAt: at("2026-01-01T00:00:00Z") },
      { kind: "PUTUSAN" as const, measure: "SPPA_PENGAWASAN" as const, heldAt: at("2026-02-01T00:00:00Z") },
    ];
    expect(imposedMeasure(steps)).toBe("SPPA_PENGAWASAN");
    expect(imposedMeasure(steps.slice(0, 1))).toBeNull();
    expect(mayClose(steps)).toBe(true);
    expect(mayClose(steps.slice(0, 1))).toBe(false);
  });

  it("numbers", () => {
    expect(formatPendampinganNumber(3, "JKS", 2026)).toBe("PDP/0003/JKS/2026");
    expect(formatAssignmentLetterNumber(12, "JKS", 2026)).toBe("ST-12/JKS/2026");
  });
});
