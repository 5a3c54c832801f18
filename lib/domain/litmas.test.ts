import { describe, expect, it } from "vitest";
import { LITMAS_PURPOSES, LITMAS_STATUSES, ROLES, type LitmasPurpose, type LitmasStatus, type Role } from "./enums";
import {
  availableCommands, formatLitmasNumber, mayOpenClientLitmas, LITMAS_COMMANDS, litmasDueAt, litmasDueRule, litmasDueState, litmasTransition,
  missingSections, normalizeSections, type LitmasCommand, LITMAS_SECTION_KEYS, sectionsFor, sectionsToShow, EMPTY_LITMAS_SECTIONS,
  CONFIGURABLE_DUE_PURPOSES, LITMAS_PURPOSE_GROUPS, dueRuleText, needsTpp, approvalCheck, awaitsTpp, deliveryDateProblem,
} from "./litmas";

// The expected machine written out in full, independently of the implementation: for each status
// and command, the resulting status per role (ADMIN, KEPALA_BAPAS, KASI, PK); "-" = refused.
type Row = [admin: string, kepala: string, kasi: string, pk: string];
const MACHINE: Record<LitmasStatus, Record<LitmasCommand, Row>> = {
  REQUESTED: {
    assign: ["ASSIGNED", "ASSIGNED", "ASSIGNED", "-"],
    save: ["-", "-", "-", "-"],
    submit: ["-", "-", "-", "-"],
    return: ["-", "-", "-", "-"],
    approve: ["-", "-", "-", "-"],
    cancel: ["CANCELLED", "CANCELLED", "-", "-"],
  },
  ASSIGNED: {
    assign: ["ASSIGNED", "ASSIGNED", "ASSIGNED", "-"],
    save: ["-", "-", "-", "DRAFT"],
    submit: ["-", "-", "-", "-"],
    return: ["-", "-", "-", "-"],
    approve: ["-", "-", "-", "-"],
    cancel: ["CANCELLED", "CANCELLED", "-", "-"],
  },
  DRAFT: {
    assign: ["DRAFT", "DRAFT", "DRAFT", "-"],
    save: ["-", "-", "-", "DRAFT"],
    submit: ["-", "-", "-", "SUBMITTED"],
    return: ["-", "-", "-", "-"],
    approve: ["-", "-", "-", "-"],
    cancel: ["CANCELLED", "CANCELLED", "-", "-"],
  },
  SUBMITTED: {
    assign: ["-", "-", "-", "-"],
    save: ["-", "-", "-", "-"],
    submit: ["-", "-", "-", "-"],
    return: ["-", "RETURNED", "-", "-"],
    approve: ["-", "APPROVED", "-", "-"],
    cancel: ["CANCELLED", "CANCELLED", "-", "-"],
  },
  RETURNED: {
    assign: ["RETURNED", "RETURNED", "RETURNED", "-"],
    save: ["-", "-", "-", "RETURNED"],
    submit: ["-", "-", "-", "SUBMITTED"],
    return: ["-", "-", "-", "-"],
    approve: ["-", "-", "-", "-"],
    cancel: ["CANCELLED", "CANCELLED", "-", "-"],
  },
  APPROVED: {
    assign: ["-", "-", "-", "-"],
    save: ["-", "-", "-", "-"],
    submit: ["-", "-", "-", "-"],
    return: ["-", "-", "-", "-"],
    approve: ["-", "-", "-", "-"],
    cancel: ["-", "-", "-", "-"],
  },
  CANCELLED: {
    assign: ["-", "-", "-", "-"],
    save: ["-", "-", "-", "-"],
    submit: ["-", "-", "-", "-"],
    return: ["-", "-", "-", "-"],
    approve: ["-", "-", "-", "-"],
    cancel: ["-", "-", "-", "-"],
  },
};

describe("litmas state machine", () => {
  const cases: [LitmasStatus, Role, LitmasCommand, string][] = [];
  for (const status of LITMAS_STATUSES) {
    for (const command of LITMAS_COMMANDS) {
      ROLES.forEach((role, i) => cases.push([status, role, command, MACHINE[status][command][i]]));
    }
  }

  it("covers every status x role x command", () => {
    expect(cases).toHaveLength(LITMAS_STATUSES.length * ROLES.length * LITMAS_COMMANDS.length);
  });

  it.each(cases)("%s, %s, %s -> %s", (status, role, command, expected) => {
    const t = litmasTransition(status, role, command);
    if (expected === "-") {
      expect(t.ok).toBe(false);
      if (!t.ok) expect(t.message.length).toBeGreaterThan(10);
    } else {
      expect(t).toEqual({ ok: true, to: expected });
    }
  });

  it("refuses a role before it looks at the state", () => {
    expect(litmasTransition("SUBMITTED", "PK", "approve")).toMatchObject({ ok: false, reason: "ROLE" });
    expect(litmasTransition("APPROVED", "KEPALA_BAPAS", "approve")).toMatchObject({ ok: false, reason: "STATE" });
  });

  it("lists the commands a role has in a status", () => {
    expect(availableCommands("SUBMITTED", "KEPALA_BAPAS")).toEqual(["return", "approve", "cancel"]);
    expect(availableCommands("RETURNED", "PK")).toEqual(["save", "submit"]);
    expect(availableCommands("APPROVED", "ADMIN")).toEqual([]);
  });

  it("never lets a Kasi approve, return or cancel: a Kasi only assigns", () => {
    for (const status of LITMAS_STATUSES) {
      expect(availableCommands(status, "KASI").filter((c) => c !== "assign")).toEqual([]);
    }
    expect(litmasTransition("SUBMITTED", "KASI", "approve")).toMatchObject({ ok: false, reason: "ROLE" });
  });
});

describe("litmas due date", () => {
  const received = new Date("2026-03-02T03:00:00Z");
  const assigned = new Date("2026-03-04T02:30:00Z");
  const at = (purpose: LitmasPurpose, settings = {}) => litmasDueAt({ purpose, receivedAt: received, assignedAt: assigned }, settings)?.toISOString();

  it.each([
    // Diversi: 3 x 24 hours from the request, whenever the PK is assigned.
    ["DIVERSI", "2026-03-05T03:00:00.000Z"],
    ["INTEGRASI_PB", "2026-03-11T02:30:00.000Z"],
    ["INTEGRASI_CB", "2026-03-11T02:30:00.000Z"],
    ["INTEGRASI_CMB", "2026-03-11T02:30:00.000Z"],
    ["ASIMILASI", "2026-03-11T02:30:00.000Z"],
    ["PEMINDAHAN", "2026-03-11T02:30:00.000Z"],
    // Sidang anak: 3 x 24 hours from the court's request, like diversi.
    ["SIDANG_ANAK", "2026-03-05T03:00:00.000Z"],
    // Cuti mengunjungi keluarga: 7 days from the PK's appointment.
    ["CUTI_MENGUNJUNGI_KELUARGA", "2026-03-11T02:30:00.000Z"],
    ["PEMBIMBINGAN_AWAL", "2026-03-18T02:30:00.000Z"],
    ["PEMBINAAN_AWAL", "2026-03-18T02:30:00.000Z"],
    ["ANAK_BELUM_12", "2026-03-18T02:30:00.000Z"],
    ["SAKSI_KORBAN_ANAK", "2026-03-18T02:30:00.000Z"],
    ["SIDANG_DEWASA", "2026-03-18T02:30:00.000Z"],
    ["PERAWATAN_TAHANAN", "2026-03-18T02:30:00.000Z"],
    ["PERAWATAN_LPAS_LPKA", "2026-03-18T02:30:00.000Z"],
    ["PENEMPATAN", "2026-03-18T02:30:00.000Z"],
    ["LAINNYA", "2026-03-18T02:30:00.000Z"],
  ] as const)("%s is due %s by default", (purpose, expected) => {
    expect(at(purpose)).toBe(expected);
  });

  it("follows the office's settings for the configurable purposes only", () => {
    const settings = { defaultDays: 10, days: { SIDANG_DEWASA: 5 } };
    expect(at("SIDANG_DEWASA", settings)).toBe("2026-03-09T02:30:00.000Z");
    expect(at("LAINNYA", settings)).toBe("2026-03-14T02:30:00.000Z");
    // Statutory deadlines ignore the office, even a setting stored for them before they became statutory.
    const stale = { defaultDays: 10, days: { SIDANG_ANAK: 5, CUTI_MENGUNJUNGI_KELUARGA: 20 } } as never;
    expect(litmasDueRule("DIVERSI", settings)).toEqual({ days: 3, from: "RECEIVED", statutory: true });
    expect(litmasDueRule("SIDANG_ANAK", stale)).toEqual({ days: 3, from: "RECEIVED", statutory: true });
    expect(litmasDueRule("ASIMILASI", settings)).toEqual({ days: 7, from: "ASSIGNED", statutory: true });
    expect(litmasDueRule("CUTI_MENGUNJUNGI_KELUARGA", stale)).toEqual({ days: 7, from: "ASSIGNED", statutory: true });
  });

  it("groups every purpose exactly once on the request form", () => {
    const grouped = LITMAS_PURPOSE_GROUPS.flatMap((g) => g.purposes);
    expect([...grouped].sort()).toEqual([...LITMAS_PURPOSES].sort());
    expect(dueRuleText(litmasDueRule("SIDANG_ANAK"))).toMatch(/3 × 24 jam/);
    expect(dueRuleText(litmasDueRule("PEMINDAHAN"))).toMatch(/7 hari sejak PK ditugaskan/);
  });

  it("lets an office set exactly the purposes without a statutory clock", () => {
    for (const p of LITMAS_PURPOSES) {
      expect(litmasDueRule(p).statutory).toBe(!(CONFIGURABLE_DUE_PURPOSES as readonly string[]).includes(p));
    }
  });

  it("has no due date before assignment, except diversi", () => {
    expect(litmasDueAt({ purpose: "INTEGRASI_PB", receivedAt: received, assignedAt: null })).toBeNull();
    expect(litmasDueAt({ purpose: "DIVERSI", receivedAt: received, assignedAt: null })?.toISOString()).toBe("2026-03-05T03:00:00.000Z");
  });

  it.each([
    ["DRAFT", "2026-03-10T00:00:00Z", "ON_TIME"],
    ["DRAFT", "2026-03-13T00:00:00Z", "DUE_SOON"],
    ["ASSIGNED", "2026-03-14T23:59:59.999Z", "DUE_SOON"],
    ["RETURNED", "2026-03-15T00:00:00.001Z", "OVERDUE"],
    ["SUBMITTED", "2026-03-16T00:00:00Z", "OVERDUE"],
    ["APPROVED", "2026-03-20T00:00:00Z", null],
    ["CANCELLED", "2026-03-20T00:00:00Z", null],
    ["REQUESTED", "2026-03-20T00:00:00Z", null],
  ] as const)("a %s litmas due 15 March 00:00 at %s is %s", (status, now, expected) => {
    const state = litmasDueState(status, new Date("2026-03-15T00:00:00Z"), new Date(now));
    expect(state).toBe(expected);
  });

  it("has no flag without a due date", () => {
    expect(litmasDueState("DRAFT", null, new Date())).toBeNull();
  });
});

describe("litmas sections and number", () => {
  it("normalizes stored JSON and lists what is missing", () => {
    const s = normalizeSections({ identitas: "Nama Budi", analisis: 3, extra: "x" });
    expect(s.identitas).toBe("Nama Budi");
    expect(s.analisis).toBe("");
    expect(Object.keys(s)).toHaveLength(LITMAS_SECTION_KEYS.length);
    expect(missingSections(s, "PEMBIMBINGAN_AWAL")).toHaveLength(sectionsFor("PEMBIMBINGAN_AWAL").length - 1);
    expect(missingSections({ ...s, latarBelakangKeluarga: "   " }, "PEMBIMBINGAN_AWAL")).toContain("latarBelakangKeluarga");
  });

  it("gives every purpose the common sections, the criminal history, the local government and the risk assessment", () => {
    const common = ["identitas", "latarBelakangKeluarga", "kondisiSosialEkonomi", "tindakPidana", "tanggapanKorbanMasyarakat", "penjamin", "analisis", "kesimpulanRekomendasi"];
    for (const p of LITMAS_PURPOSES) {
      const keys = sectionsFor(p);
      expect(keys).toEqual(expect.arrayContaining([...common, "tanggapanPemerintah"]));
      // In the order of the printed report.
      expect(keys).toEqual(LITMAS_SECTION_KEYS.filter((k) => keys.includes(k)));
    }
    expect(sectionsFor("PEMBIMBINGAN_AWAL")).toEqual(expect.arrayContaining(["riwayatPidana", "asesmenRisiko"]));
    expect(sectionsFor("DIVERSI")).toEqual(expect.arrayContaining(["riwayatPidana", "asesmenRisiko"]));
  });

  it("asks for the progress of pembinaan in the Lapas for integrasi and asimilasi only", () => {
    const withLapas = LITMAS_PURPOSES.filter((p) => sectionsFor(p).includes("perkembanganPembinaan"));
    expect(withLapas.sort()).toEqual(["ASIMILASI", "INTEGRASI_CB", "INTEGRASI_CMB", "INTEGRASI_PB"]);
    expect(missingSections(EMPTY_LITMAS_SECTIONS, "INTEGRASI_PB")).toContain("perkembanganPembinaan");
    expect(missingSections(EMPTY_LITMAS_SECTIONS, "DIVERSI")).not.toContain("perkembanganPembinaan");
  });

  it("does not ask a child witness or victim for a criminal history or a recidivism assessment", () => {
    expect(sectionsFor("SAKSI_KORBAN_ANAK")).not.toContain("riwayatPidana");
    expect(sectionsFor("SAKSI_KORBAN_ANAK")).not.toContain("asesmenRisiko");
  });

  it("reads a report saved before the new sections existed, and prints only what an approved report holds", () => {
    const old = normalizeSections({ identitas: "a", latarBelakangKeluarga: "b", kondisiSosialEkonomi: "c", tindakPidana: "d", tanggapanKorbanMasyarakat: "e", penjamin: "f", analisis: "g", kesimpulanRekomendasi: "h" });
    expect(sectionsToShow(old, "INTEGRASI_PB", true)).toHaveLength(8);
    expect(sectionsToShow(old, "INTEGRASI_PB", false)).toEqual(sectionsFor("INTEGRASI_PB"));
    // Text in a section the purpose does not have is never hidden.
    expect(sectionsToShow({ ...old, perkembanganPembinaan: "x" }, "DIVERSI", false)).toContain("perkembanganPembinaan");
  });
});

describe("TPP and delivery", () => {
  it("needs a sidang TPP before approving integrasi and asimilasi, not other purposes", () => {
    for (const p of ["INTEGRASI_PB", "INTEGRASI_CB", "INTEGRASI_CMB", "ASIMILASI"] as const) {
      expect(needsTpp(p)).toBe(true);
      expect(approvalCheck({ purpose: p, tppSessionId: null })).toEqual({ ok: false, message: expect.stringContaining("sidang TPP") });
      expect(approvalCheck({ purpose: p, tppSessionId: "tpp1" })).toEqual({ ok: true });
    }
    expect(approvalCheck({ purpose: "DIVERSI", tppSessionId: null })).toEqual({ ok: true });
    expect(awaitsTpp({ status: "SUBMITTED", purpose: "INTEGRASI_PB", tppSessionId: null })).toBe(true);
    expect(awaitsTpp({ status: "DRAFT", purpose: "INTEGRASI_PB", tppSessionId: null })).toBe(false);
    expect(awaitsTpp({ status: "SUBMITTED", purpose: "INTEGRASI_PB", tppSessionId: "t" })).toBe(false);
    expect(awaitsTpp({ status: "SUBMITTED", purpose: "SIDANG_ANAK", tppSessionId: null })).toBe(false);
    // "Tunda": discussed but not concluded: back on the next session, and not yet approvable.
    expect(awaitsTpp({ status: "SUBMITTED", purpose: "ASIMILASI", tppSessionId: "t", tppRecommendation: "TUNDA" })).toBe(true);
    expect(approvalCheck({ purpose: "ASIMILASI", tppSessionId: "t", tppRecommendation: "TUNDA" })).toEqual({ ok: false, message: expect.stringContaining("menunda") });
    expect(approvalCheck({ purpose: "ASIMILASI", tppSessionId: "t", tppRecommendation: "TOLAK" })).toEqual({ ok: true });
  });

  it("takes a delivery date from the approval day to today", () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(deliveryDateProblem(d("2026-03-05"), d("2026-03-04"), d("2026-03-06"))).toBeNull();
    expect(deliveryDateProblem(d("2026-03-04"), d("2026-03-04"), d("2026-03-04"))).toBeNull();
    expect(deliveryDateProblem(d("2026-03-07"), d("2026-03-04"), d("2026-03-06"))).toMatch(/masa depan/);
    expect(deliveryDateProblem(d("2026-03-03"), d("2026-03-04"), d("2026-03-06"))).toMatch(/sebelum litmas disetujui/);
    expect(deliveryDateProblem(d("2026-03-05"), null, d("2026-03-06"))).toMatch(/sudah disetujui/);
  });

  it("formats the report number per office and year", () => {
    expect(formatLitmasNumber(7, "JKS", 2026)).toBe("LIT/0007/JKS/2026");
    expect(formatLitmasNumber(12345, "MKS", 2027)).toBe("LIT/12345/MKS/2027");
  });
});

describe("mayOpenClientLitmas", () => {
  const pk = { id: "pk1", role: "PK" as const };
  it.each([
    [pk, "pk1", "DRAFT", true],
    [pk, "pk2", "DRAFT", false],
    [pk, "pk2", "SUBMITTED", false],
    [pk, "pk2", "APPROVED", true],
    [pk, null, "REQUESTED", false],
    [pk, null, "REQUESTED", true, "pk1"],
    [pk, "pk2", "ASSIGNED", false, "pk1"],
    [{ id: "k", role: "KEPALA_BAPAS" as const }, "pk2", "DRAFT", true],
    [{ id: "a", role: "ADMIN" as const }, null, "REQUESTED", true],
  ] as const)("%o, written by %s, %s -> %s (recorded by %s)", (viewer, assignedPkId, status, ok, createdById?: string) => {
    expect(mayOpenClientLitmas(viewer, { assignedPkId, status, createdById })).toBe(ok);
  });
});
