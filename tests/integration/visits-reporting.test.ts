import { describe, expect, it } from "vitest";
import { addDays, toIsoDate, todayIn } from "@/lib/domain/calendar";
import { AppError } from "@/lib/server/errors";
import { prisma } from "@/lib/server/db";
import { getTasks } from "@/lib/server/queries/tasks";
import { getClientReporting } from "@/lib/server/queries/reporting";
import { decideRevocation, recordRevocationTpp, submitRevocationReport, suspendForRevocation } from "@/lib/server/services/advance-revocation";
import { closeViolation } from "@/lib/server/services/close-violation";
import { logContact } from "@/lib/server/services/log-contact";
import { markMissedReports } from "@/lib/server/services/mark-missed-reports";
import { recordAttendance } from "@/lib/server/services/record-attendance";
import { setReportingSchedule } from "@/lib/server/services/set-reporting-schedule";
import { createAttendance, createClient, createOffice, createReportingSchedule, createUser } from "../factories";
import { actorFor } from "../support/actors";

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const kepalaMks = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const today = todayIn("Asia/Jakarta");
  const clientA = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id, guidanceStart: addDays(today, -120) });
  const clientB = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkB.id });
  return { jks, mks, kepala, admin, pkA, pkB, pkMks, kepalaMks, clientA, clientB, today };
}

const key = () => `k-${crypto.randomUUID()}`;
const contactInput = (clientId: string, over: Record<string, unknown> = {}) => ({
  clientId, idempotencyKey: key(), occurredAt: new Date(Date.now() - 3_600_000).toISOString(), type: "KUNJUNGAN_RUMAH" as const,
  outcome: "HADIR" as const, notes: "Klien di rumah bersama istri; kondisi baik.", ...over,
});

async function expectError(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

describe("logging a contact", () => {
  it("stores it once per device key: a resend returns the row already stored", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    const input = contactInput(w.clientA.id);
    const first = await logContact(pk, input);
    const again = await logContact(pk, input);
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ id: first.id, duplicate: true });
    expect(await prisma.contact.count({ where: { clientId: w.clientA.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "contact.create" } })).toBe(1);
  });

  it("two sends of the same entry racing store one row", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    const input = contactInput(w.clientA.id);
    const [a, b] = await Promise.all([logContact(pk, input), logContact(pk, input)]);
    expect(a.id).toBe(b.id);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await prisma.contact.count()).toBe(1);
  });

  it("refuses another PK's client, another office's PK, and non-PK roles", async () => {
    const w = await world();
    await expectError(logContact(await actorFor(w.pkA.id), contactInput(w.clientB.id)), "NOT_FOUND");
    await expectError(logContact(await actorFor(w.pkMks.id), contactInput(w.clientA.id)), "NOT_FOUND");
    await expectError(logContact(await actorFor(w.kepala.id), contactInput(w.clientA.id)), "FORBIDDEN");
    expect(await prisma.contact.count()).toBe(0);
  });

  it("a key already used for another client is not taken over", async () => {
    const w = await world();
    const pkB = await actorFor(w.pkB.id);
    const input = contactInput(w.clientB.id);
    await logContact(pkB, input);
    await expectError(logContact(await actorFor(w.pkA.id), { ...input, clientId: w.clientA.id }), "CONFLICT");
  });

  it("refuses an outcome for a contact in the future and a follow-up before the contact", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    await expectError(logContact(pk, contactInput(w.clientA.id, { occurredAt: new Date(Date.now() + 86_400_000).toISOString() })), "VALIDATION");
    await expectError(logContact(pk, contactInput(w.clientA.id, { followUpOn: toIsoDate(addDays(w.today, -5)) })), "VALIDATION");
    // A planned visit (no outcome) may be in the future.
    await logContact(pk, contactInput(w.clientA.id, { occurredAt: new Date(Date.now() + 86_400_000).toISOString(), outcome: undefined }));
    expect(await prisma.contact.count()).toBe(1);
  });
});

describe("wajib lapor", () => {
  /** A weekly schedule that started `weeks` weeks ago (its first report was due weeks-1 weeks ago). */
  async function weekly(clientId: string, today: Date, weeks: number) {
    return createReportingSchedule(prisma, { clientId, frequency: "WEEKLY", startsOn: addDays(today, -7 * weeks) });
  }

  it("three missed reports in a row raise violations and one proposal, exactly once", async () => {
    const w = await world();
    await weekly(w.clientA.id, w.today, 4); // due: -21, -14, -7 (past), 0 (today)
    const first = await markMissedReports({ officeId: w.jks.id });
    expect(first).toEqual({ missed: 3, proposals: 1 });
    const again = await markMissedReports({ officeId: w.jks.id });
    expect(again).toEqual({ missed: 0, proposals: 0 });
    const rows = await prisma.reportingAttendance.findMany({ where: { clientId: w.clientA.id } });
    expect(rows.map((r) => r.status)).toEqual(["MANGKIR", "MANGKIR", "MANGKIR"]);
    const proposals = await prisma.revocationProceeding.findMany({ where: { clientId: w.clientA.id } });
    expect(proposals).toMatchObject([{ status: "PROPOSED", raisedBySystem: true }]);
    const violations = await prisma.violation.findMany({ where: { clientId: w.clientA.id } });
    expect(violations).toHaveLength(3);
    expect(violations.every((v) => v.revocationId === proposals[0].id && v.raisedBySystem && v.status === "UNDER_REVIEW")).toBe(true);
    // A fourth miss in the same run raises no second proposal.
    const later = new Date(Date.now() + 86_400_000); // today's report has passed too
    expect(await markMissedReports({ officeId: w.jks.id }, later)).toEqual({ missed: 1, proposals: 0 });
    // The proposal shows in the PK's inbox, not in another PK's.
    const tasks = await getTasks(await actorFor(w.pkA.id));
    expect(tasks.items.filter((t) => t.kind === "REVOCATION").map((t) => t.href)).toEqual([`/violations/revocations/${proposals[0].id}`]);
    expect((await getTasks(await actorFor(w.pkB.id))).items.filter((t) => t.kind === "REVOCATION")).toEqual([]);
  });

  it("concurrent reads materialise each missed report once", async () => {
    const w = await world();
    await weekly(w.clientA.id, w.today, 4);
    await Promise.all([markMissedReports({ officeId: w.jks.id }), markMissedReports({ officeId: w.jks.id }), markMissedReports({ officeId: w.jks.id })]);
    expect(await prisma.reportingAttendance.count()).toBe(3);
    expect(await prisma.revocationProceeding.count()).toBe(1);
  });

  it("an excused absence breaks the run: no proposal", async () => {
    const w = await world();
    await weekly(w.clientA.id, w.today, 4);
    await createAttendance(prisma, { clientId: w.clientA.id, dueOn: addDays(w.today, -14), status: "IZIN" });
    expect(await markMissedReports({ officeId: w.jks.id })).toEqual({ missed: 2, proposals: 0 });
    expect(await prisma.violation.count()).toBe(2);
  });

  it("the desk (admin, Kepala) records attendance for any client of the office; others cannot", async () => {
    const w = await world();
    await weekly(w.clientB.id, w.today, 1); // due today
    const input = { clientId: w.clientB.id, dueOn: toIsoDate(w.today), status: "HADIR" as const, channel: "KANTOR" as const };
    await expectError(recordAttendance(await actorFor(w.pkA.id), input), "NOT_FOUND");
    await expectError(recordAttendance(await actorFor(w.kepalaMks.id), input), "NOT_FOUND");
    await recordAttendance(await actorFor(w.admin.id), input);
    await expectError(recordAttendance(await actorFor(w.kepala.id), input), "CONFLICT");
    await expectError(recordAttendance(await actorFor(w.pkB.id), { ...input, dueOn: toIsoDate(addDays(w.today, 1)) }), "VALIDATION");
    expect(await prisma.reportingAttendance.count()).toBe(1);
  });

  it("changing the schedule mid-way keeps earlier records and ends the old schedule", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    await setReportingSchedule(pk, { clientId: w.clientA.id, frequency: "MONTHLY", startsOn: toIsoDate(addDays(w.today, -100)) });
    await expectError(setReportingSchedule(pk, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: toIsoDate(addDays(w.today, -100)) }), "VALIDATION");
    await setReportingSchedule(pk, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: toIsoDate(w.today) });
    const schedules = await prisma.reportingSchedule.findMany({ where: { clientId: w.clientA.id }, orderBy: { startsOn: "asc" } });
    expect(schedules.map((s) => [s.frequency, s.endsOn && toIsoDate(s.endsOn)])).toEqual([["MONTHLY", toIsoDate(addDays(w.today, -1))], ["WEEKLY", null]]);
    const view = await getClientReporting(pk, w.clientA.id);
    // The old monthly days that passed are missed (3 of them), the new weekly days are ahead.
    expect(view!.rows.filter((r) => r.status === "MANGKIR")).toHaveLength(3);
    expect(view!.rows.find((r) => r.recordable)?.dueOn).toEqual(addDays(w.today, 7));
    await expectError(setReportingSchedule(await actorFor(w.pkB.id), { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: toIsoDate(addDays(w.today, 3)) }), "NOT_FOUND");
  });
});

describe("revocation", () => {
  async function proposed() {
    const w = await world();
    await createReportingSchedule(prisma, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: addDays(w.today, -28) });
    await markMissedReports({ officeId: w.jks.id });
    const r = await prisma.revocationProceeding.findFirstOrThrow({ where: { clientId: w.clientA.id } });
    return { ...w, r };
  }
  const report = "Klien tidak lapor diri tiga kali; dua kunjungan rumah tidak menemukan klien di alamatnya.";

  it("runs PK report -> TPP -> suspension -> revoked, and the client becomes DICABUT", async () => {
    const w = await proposed();
    await expectError(submitRevocationReport(await actorFor(w.pkB.id), { revocationId: w.r.id, version: 1, pkReport: report }), "NOT_FOUND");
    await expectError(submitRevocationReport(await actorFor(w.kepala.id), { revocationId: w.r.id, version: 1, pkReport: report }), "FORBIDDEN");
    await submitRevocationReport(await actorFor(w.pkA.id), { revocationId: w.r.id, version: 1, pkReport: report });
    await expectError(suspendForRevocation(await actorFor(w.kepala.id), { revocationId: w.r.id, version: 2, note: "Langsung tangguhkan" }), "CONFLICT");
    await recordRevocationTpp(await actorFor(w.admin.id), { revocationId: w.r.id, version: 2, recommendation: "SETUJU", notes: "TPP setuju pencabutan." });
    await expectError(suspendForRevocation(await actorFor(w.admin.id), { revocationId: w.r.id, version: 3, note: "Admin mencoba" }), "FORBIDDEN");
    await expectError(suspendForRevocation(await actorFor(w.kepalaMks.id), { revocationId: w.r.id, version: 3, note: "Kantor lain" }), "NOT_FOUND");
    const kepala = await actorFor(w.kepala.id);
    await suspendForRevocation(kepala, { revocationId: w.r.id, version: 3, note: "Ditangguhkan menunggu keputusan." });
    // A stale version loses.
    await expectError(decideRevocation(kepala, { revocationId: w.r.id, version: 3, outcome: "REVOKED", note: "Keputusan menteri", effectiveOn: toIsoDate(w.today) }), "CONFLICT");
    await decideRevocation(kepala, { revocationId: w.r.id, version: 4, outcome: "REVOKED", note: "Keputusan menteri", effectiveOn: toIsoDate(w.today) });
    const client = await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id }, include: { statusEvents: { orderBy: { at: "desc" }, take: 1 } } });
    expect(client.status).toBe("DICABUT");
    expect(client.statusEvents[0]).toMatchObject({ fromStatus: "AKTIF", toStatus: "DICABUT" });
    expect(await prisma.violation.count({ where: { clientId: w.clientA.id, status: "RESOLVED" } })).toBe(3);
  });

  it("CONTINUED keeps the client active", async () => {
    const w = await proposed();
    await submitRevocationReport(await actorFor(w.pkA.id), { revocationId: w.r.id, version: 1, pkReport: report });
    const kepala = await actorFor(w.kepala.id);
    await recordRevocationTpp(kepala, { revocationId: w.r.id, version: 2, recommendation: "TOLAK", notes: "Klien sudah kembali lapor." });
    await decideRevocation(kepala, { revocationId: w.r.id, version: 3, outcome: "CONTINUED", note: "Bimbingan dilanjutkan", effectiveOn: toIsoDate(w.today) });
    expect((await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id } })).status).toBe("AKTIF");
    expect((await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: w.r.id } })).status).toBe("CONTINUED");
  });

  it("a violation under a proceeding cannot be closed on its own; a single one can", async () => {
    const w = await proposed();
    const v = await prisma.violation.findFirstOrThrow({ where: { clientId: w.clientA.id } });
    await expectError(closeViolation(await actorFor(w.pkA.id), { violationId: v.id, status: "RESOLVED", note: "Sudah ditegur" }), "CONFLICT");
  });
});

describe("outcomes and reported violations", () => {
  it("a planned visit gets its outcome once, only from its PK's side", async () => {
    const { setContactOutcome } = await import("@/lib/server/services/set-contact-outcome");
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    const { id } = await logContact(pk, contactInput(w.clientA.id, { outcome: undefined }));
    await expectError(setContactOutcome(await actorFor(w.pkB.id), { contactId: id, outcome: "HADIR" }), "NOT_FOUND");
    await expectError(setContactOutcome(await actorFor(w.kepala.id), { contactId: id, outcome: "HADIR" }), "FORBIDDEN");
    const [a, b] = await Promise.allSettled([
      setContactOutcome(pk, { contactId: id, outcome: "TIDAK_HADIR" }),
      setContactOutcome(pk, { contactId: id, outcome: "HADIR" }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    expect(await prisma.auditEvent.count({ where: { action: "contact.outcome" } })).toBe(1);
  });

  it("a PK reports a violation with a revocation proposal; a single open one can be closed", async () => {
    const { reportViolation } = await import("@/lib/server/services/report-violation");
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    const withProposal = await reportViolation(pk, { clientId: w.clientA.id, type: "TINDAK_PIDANA_BARU", occurredOn: toIsoDate(w.today), description: "Klien ditahan Polsek atas dugaan pencurian.", proposeRevocation: true });
    expect(withProposal.revocationId).not.toBeNull();
    const single = await reportViolation(pk, { clientId: w.clientA.id, type: "PINDAH_ALAMAT_TANPA_LAPOR", occurredOn: toIsoDate(w.today), description: "Klien pindah ke rumah kontrakan lain tanpa lapor.", proposeRevocation: false });
    await expectError(reportViolation(await actorFor(w.pkB.id), { clientId: w.clientA.id, type: "LAINNYA", occurredOn: toIsoDate(w.today), description: "Bukan klien saya sama sekali.", proposeRevocation: false }), "NOT_FOUND");
    await expectError(closeViolation(await actorFor(w.pkB.id), { violationId: single.id, status: "RESOLVED", note: "Sudah ditegur" }), "NOT_FOUND");
    await expectError(closeViolation(await actorFor(w.admin.id), { violationId: single.id, status: "RESOLVED", note: "Sudah ditegur" }), "FORBIDDEN");
    await closeViolation(pk, { violationId: single.id, status: "RESOLVED", note: "Alamat baru sudah dilaporkan dan diverifikasi." });
    await expectError(closeViolation(pk, { violationId: single.id, status: "RESOLVED", note: "Lagi" }), "CONFLICT");
    expect((await prisma.violation.findUniqueOrThrow({ where: { id: single.id } })).status).toBe("RESOLVED");
  });
});
