import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays, toIsoDate, todayIn } from "@/lib/domain/calendar";
import { AppError } from "@/lib/server/errors";
import { prisma } from "@/lib/server/db";
import { getTasks } from "@/lib/server/queries/tasks";
import { getClientReporting } from "@/lib/server/queries/reporting";
import { decideRevocation, recordRevocationTpp, submitRevocationReport, suspendForRevocation } from "@/lib/server/services/advance-revocation";
import { closeViolation } from "@/lib/server/services/close-violation";
import { logContact } from "@/lib/server/services/log-contact";
import { confirmMangkir } from "@/lib/server/services/confirm-mangkir";
import { markUnreported } from "@/lib/server/services/mark-unreported";
import { recordAttendance, recordPastReport } from "@/lib/server/services/record-attendance";
import { MARK_UNREPORTED_CRON, MARK_UNREPORTED_QUEUE, runMarkUnreported, startJobs } from "@/lib/server/jobs";
import { clock } from "@/lib/clock";
import { setReportingSchedule } from "@/lib/server/services/set-reporting-schedule";
import { createAttendance, createClient, createOffice, createReportingSchedule, createUser } from "../factories";
import { actorFor } from "../support/actors";
import { tppSessionOn } from "../support/tpp";

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

// Wajib lapor runs at a fixed instant: Thursday 7 January 2027, 10.00 WIB. Around it: Natal (25/12,
// a Friday), Tahun Baru (1/1, a Friday) and Isra Mikraj (5/1), so windows move and stretch.
const NOW = new Date("2027-01-07T03:00:00Z");
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("wajib lapor, as offices practise it", () => {
  beforeEach(() => clock.set(NOW));
  afterEach(() => clock.reset());
  const onDate = async (officeId: string) => prisma.office.update({ where: { id: officeId }, data: { settings: { reporting: { window: { monthlyInMonth: false } } } } });
  const statuses = async (clientId: string) =>
    (await prisma.reportingAttendance.findMany({ where: { clientId }, orderBy: { dueOn: "asc" } })).map((r) => `${toIsoDate(r.dueOn)}:${r.status}${r.late ? ":late" : ""}`);

  it("a back-dated schedule makes up no history", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    await expectError(setReportingSchedule(pk, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: toIsoDate(addDays(w.today, -100)) }), "VALIDATION");
    await setReportingSchedule(pk, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: toIsoDate(w.today) });
    await getClientReporting(pk, w.clientA.id);
    await getTasks(pk);
    expect(await prisma.reportingAttendance.count()).toBe(0);
    expect(await prisma.violation.count()).toBe(0);
    expect(await prisma.revocationProceeding.count()).toBe(0);
  });

  it("a late report inside the window counts (terlambat); a weekend or holiday due date moves on", async () => {
    const w = await world();
    await onDate(w.jks.id);
    // Weekly from Friday 18/12: due 25/12 (Natal -> Monday 28/12, closes 31/12) and 1/1 (Tahun Baru -> Monday 4/1; 5/1 is Isra Mikraj, so it closes 8/1).
    await createReportingSchedule(prisma, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: at("2026-12-18") });
    const pk = await actorFor(w.pkA.id);
    const view = await getClientReporting(pk, w.clientA.id);
    const row = (d: string) => view!.rows.find((r) => toIsoDate(r.dueOn) === d)!;
    expect([toIsoDate(row("2026-12-25").window!.expectedOn), toIsoDate(row("2026-12-25").window!.closesOn)]).toEqual(["2026-12-28", "2026-12-31"]);
    expect([toIsoDate(row("2027-01-01").window!.expectedOn), toIsoDate(row("2027-01-01").window!.closesOn)]).toEqual(["2027-01-04", "2027-01-08"]);
    // 25/12 closed on 31/12 unrecorded; the desk finds the client did come on 29/12.
    expect(row("2026-12-25").status).toBe("TIDAK_LAPOR");
    await recordAttendance(pk, { clientId: w.clientA.id, dueOn: "2026-12-25", status: "HADIR", channel: "KANTOR", attendedOn: "2026-12-29" });
    // Today, 7/1, is three days after 4/1 but inside the window: present, late.
    await recordAttendance(pk, { clientId: w.clientA.id, dueOn: "2027-01-01", status: "HADIR", channel: "JARAK_JAUH" });
    expect(await statuses(w.clientA.id)).toEqual(["2026-12-25:HADIR:late", "2027-01-01:HADIR:late"]);
    await expectError(recordAttendance(pk, { clientId: w.clientA.id, dueOn: "2027-01-01", status: "HADIR", channel: "KANTOR" }), "CONFLICT");
    // An office that does not count lateness records the same report as plain present.
    expect(await prisma.violation.count()).toBe(0);
  });

  it("after the window: tidak lapor, then the PK confirms mangkir or records izin; three in a row raise one proposal", async () => {
    const w = await world();
    await onDate(w.jks.id);
    // Weekly from Friday 20/11: due 27/11, 4/12, 11/12, 18/12, 25/12 (all closed by today) and 1/1 (open).
    await createReportingSchedule(prisma, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: at("2026-11-20") });
    expect(await markUnreported({ officeId: w.jks.id })).toEqual({ unreported: 5 });
    expect(await markUnreported({ officeId: w.jks.id })).toEqual({ unreported: 0 });
    expect(await prisma.violation.count()).toBe(0); // nothing is a violation before the PK confirms
    const pk = await actorFor(w.pkA.id);
    // Reported too late to count: refused, with the way out.
    await expectError(recordAttendance(pk, { clientId: w.clientA.id, dueOn: "2026-12-18", status: "HADIR", channel: "KANTOR" }), "VALIDATION");
    await recordAttendance(pk, { clientId: w.clientA.id, dueOn: "2026-12-18", status: "IZIN", excuseReason: "Dirawat di RSUD, surat dokter ada." });
    // Only the client's PK confirms.
    await expectError(confirmMangkir(await actorFor(w.admin.id), { clientId: w.clientA.id, dueOn: "2026-11-27", reason: "Ditelepon tidak aktif." }), "FORBIDDEN");
    await expectError(confirmMangkir(await actorFor(w.pkB.id), { clientId: w.clientA.id, dueOn: "2026-11-27", reason: "Ditelepon tidak aktif." }), "NOT_FOUND");
    await expectError(confirmMangkir(pk, { clientId: w.clientA.id, dueOn: "2027-01-01", reason: "Belum lewat batas lapor." }), "VALIDATION");
    const reason = "Ditelepon dua kali tidak aktif; kunjungan rumah, klien tidak di alamat.";
    expect((await confirmMangkir(pk, { clientId: w.clientA.id, dueOn: "2026-11-27", reason })).revocationId).toBeNull();
    expect((await confirmMangkir(pk, { clientId: w.clientA.id, dueOn: "2026-12-04", reason })).revocationId).toBeNull();
    const third = await confirmMangkir(pk, { clientId: w.clientA.id, dueOn: "2026-12-11", reason });
    expect(third.revocationId).not.toBeNull();
    await expectError(confirmMangkir(pk, { clientId: w.clientA.id, dueOn: "2026-12-11", reason }), "CONFLICT");
    // After the izin, a new run starts: one more mangkir raises nothing new.
    expect((await confirmMangkir(pk, { clientId: w.clientA.id, dueOn: "2026-12-25", reason })).revocationId).toBeNull();
    expect(await statuses(w.clientA.id)).toEqual(["2026-11-27:MANGKIR", "2026-12-04:MANGKIR", "2026-12-11:MANGKIR", "2026-12-18:IZIN", "2026-12-25:MANGKIR"]);
    const violations = await prisma.violation.findMany({ where: { clientId: w.clientA.id }, orderBy: { occurredOn: "asc" } });
    expect(violations.map((v) => [v.raisedBySystem, v.reportedById === w.pkA.id, v.revocationId])).toEqual([
      [false, true, third.revocationId], [false, true, third.revocationId], [false, true, third.revocationId], [false, true, null],
    ]);
    expect(await prisma.revocationProceeding.count()).toBe(1);
    // The proposal is in this PK's inbox, not in another PK's.
    expect((await getTasks(pk)).items.filter((t) => t.kind === "REVOCATION").map((t) => t.href)).toEqual([`/violations/revocations/${third.revocationId}`]);
    expect((await getTasks(await actorFor(w.pkB.id))).items.filter((t) => t.kind === "REVOCATION")).toEqual([]);
  });

  it("a monthly report counts on any working day of its month", async () => {
    const w = await world();
    // Monthly from 15/10: due 15/11, 15/12, 15/1; windows the whole month.
    await createReportingSchedule(prisma, { clientId: w.clientA.id, frequency: "MONTHLY", startsOn: at("2026-10-15") });
    const pk = await actorFor(w.pkA.id);
    await markUnreported({ officeId: w.jks.id });
    expect(await statuses(w.clientA.id)).toEqual(["2026-11-15:TIDAK_LAPOR", "2026-12-15:TIDAK_LAPOR"]);
    // The client came on 30/12: after the 15th, inside December, so on time.
    await recordAttendance(pk, { clientId: w.clientA.id, dueOn: "2026-12-15", status: "HADIR", channel: "KANTOR", attendedOn: "2026-12-30" });
    await expectError(recordAttendance(pk, { clientId: w.clientA.id, dueOn: "2026-11-15", status: "HADIR", channel: "KANTOR", attendedOn: "2026-12-01" }), "VALIDATION");
    await recordAttendance(pk, { clientId: w.clientA.id, dueOn: "2027-01-15", status: "HADIR", channel: "KANTOR" }); // early in January
    expect(await statuses(w.clientA.id)).toEqual(["2026-11-15:TIDAK_LAPOR", "2026-12-15:HADIR", "2027-01-15:HADIR"]);
    const tasks = (await getTasks(pk)).items.filter((t) => t.kind === "MISSED_REPORT");
    expect(tasks.map((t) => t.href)).toEqual([`/clients/${w.clientA.id}/reporting#konfirmasi`]);
    expect((await getTasks(await actorFor(w.pkB.id))).items.filter((t) => t.kind === "MISSED_REPORT")).toEqual([]);
  });

  it("concurrent reads mark each closed window once", async () => {
    const w = await world();
    await createReportingSchedule(prisma, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: at("2026-11-20") });
    await Promise.all([markUnreported({ officeId: w.jks.id }), markUnreported({ officeId: w.jks.id }), markUnreported({ officeId: w.jks.id })]);
    expect(await prisma.reportingAttendance.count()).toBe(5);
  });

  it("the desk (admin, Kepala) records attendance for any client of the office; others cannot", async () => {
    const w = await world();
    await createReportingSchedule(prisma, { clientId: w.clientB.id, frequency: "MONTHLY", startsOn: at("2026-12-10") }); // due 10/1, January open
    const input = { clientId: w.clientB.id, dueOn: "2027-01-10", status: "HADIR" as const, channel: "KANTOR" as const };
    await expectError(recordAttendance(await actorFor(w.pkA.id), input), "NOT_FOUND");
    await expectError(recordAttendance(await actorFor(w.kepalaMks.id), input), "NOT_FOUND");
    await expectError(recordAttendance(await actorFor(w.admin.id), { ...input, attendedOn: "2027-01-08" }), "VALIDATION"); // after today
    await recordAttendance(await actorFor(w.admin.id), input);
    await expectError(recordAttendance(await actorFor(w.kepala.id), input), "CONFLICT");
    await expectError(recordAttendance(await actorFor(w.pkB.id), { ...input, dueOn: "2027-02-10" }), "VALIDATION"); // not open yet
    expect(await prisma.reportingAttendance.count()).toBe(1);
  });

  it("a report from before the schedule is copied from the paper register, and only then", async () => {
    const w = await world();
    const pk = await actorFor(w.pkA.id);
    await recordPastReport(pk, { clientId: w.clientA.id, reportedOn: toIsoDate(addDays(w.today, -30)), channel: "KANTOR" });
    await expectError(recordPastReport(pk, { clientId: w.clientA.id, reportedOn: toIsoDate(addDays(w.today, -30)), channel: "KANTOR" }), "CONFLICT");
    await expectError(recordPastReport(pk, { clientId: w.clientA.id, reportedOn: toIsoDate(w.today), channel: "KANTOR" }), "VALIDATION");
    await expectError(recordPastReport(pk, { clientId: w.clientA.id, reportedOn: toIsoDate(addDays(w.today, -200)), channel: "KANTOR" }), "VALIDATION"); // before guidance
    await setReportingSchedule(pk, { clientId: w.clientA.id, frequency: "MONTHLY", startsOn: toIsoDate(w.today) });
    await expectError(recordPastReport(await actorFor(w.pkB.id), { clientId: w.clientA.id, reportedOn: toIsoDate(addDays(w.today, -20)), channel: "KANTOR" }), "NOT_FOUND");
    const view = await getClientReporting(pk, w.clientA.id);
    expect(view!.rows.filter((r) => r.window === null).map((r) => [toIsoDate(r.dueOn), r.status])).toEqual([[toIsoDate(addDays(w.today, -30)), "HADIR"]]);
  });

  it("the scheduled job marks every office; pg-boss keeps the schedule in PostgreSQL", async () => {
    const w = await world();
    await createReportingSchedule(prisma, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: at("2026-11-20") });
    expect(await runMarkUnreported()).toEqual({ offices: 2, unreported: 5 });
    // The worker script `npm start` runs: one run from the command line, as an operator would.
    const out = execFileSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/jobs.mts", "--once"], { env: process.env, encoding: "utf8" });
    expect(out).toMatch(/^\d+ jadwal lapor ditandai tidak lapor di 2 kantor/);
    const jobs = await startJobs(process.env.DATABASE_URL!, () => {});
    try {
      const schedules = await jobs.boss.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron])).toEqual([[MARK_UNREPORTED_QUEUE, MARK_UNREPORTED_CRON]]);
    } finally {
      await jobs.stop();
    }
  });
});

describe("revocation", () => {
  beforeEach(() => clock.set(NOW));
  afterEach(() => clock.reset());
  /** Three confirmed mangkir in a row: the proposal. */
  async function proposed() {
    const w = await world();
    await createReportingSchedule(prisma, { clientId: w.clientA.id, frequency: "WEEKLY", startsOn: at("2026-11-20") });
    await markUnreported({ officeId: w.jks.id });
    const pk = await actorFor(w.pkA.id);
    for (const d of ["2026-11-27", "2026-12-04", "2026-12-11"]) await confirmMangkir(pk, { clientId: w.clientA.id, dueOn: d, reason: "Ditelepon tidak aktif; kunjungan rumah tidak bertemu." });
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
    await recordRevocationTpp(await actorFor(w.admin.id), { tppSessionId: await tppSessionOn(await actorFor(w.admin.id)), revocationId: w.r.id, version: 2, recommendation: "SETUJU", notes: "TPP setuju pencabutan." });
    await expectError(suspendForRevocation(await actorFor(w.admin.id), { revocationId: w.r.id, version: 3, note: "Admin mencoba" }), "FORBIDDEN");
    await expectError(suspendForRevocation(await actorFor(w.kepalaMks.id), { revocationId: w.r.id, version: 3, note: "Kantor lain" }), "NOT_FOUND");
    const kepala = await actorFor(w.kepala.id);
    await suspendForRevocation(kepala, { revocationId: w.r.id, version: 3, note: "Ditangguhkan menunggu keputusan." });
    // A stale version loses.
    await expectError(decideRevocation(kepala, { revocationId: w.r.id, version: 3, outcome: "REVOKED", note: "Keputusan menteri", effectiveOn: toIsoDate(w.today), decreeNumber: "PAS-1.PK.05.09", decreeDate: toIsoDate(w.today) }), "CONFLICT");
    await decideRevocation(kepala, { revocationId: w.r.id, version: 4, outcome: "REVOKED", note: "Keputusan menteri", effectiveOn: toIsoDate(w.today), decreeNumber: "PAS-1.PK.05.09", decreeDate: toIsoDate(w.today) });
    const client = await prisma.client.findUniqueOrThrow({ where: { id: w.clientA.id }, include: { statusEvents: { orderBy: { at: "desc" }, take: 1 } } });
    expect(client.status).toBe("DICABUT");
    expect(client.statusEvents[0]).toMatchObject({ fromStatus: "AKTIF", toStatus: "DICABUT" });
    expect(await prisma.violation.count({ where: { clientId: w.clientA.id, status: "RESOLVED" } })).toBe(3);
  });

  it("CONTINUED keeps the client active", async () => {
    const w = await proposed();
    await submitRevocationReport(await actorFor(w.pkA.id), { revocationId: w.r.id, version: 1, pkReport: report });
    const kepala = await actorFor(w.kepala.id);
    await recordRevocationTpp(kepala, { tppSessionId: await tppSessionOn(kepala), revocationId: w.r.id, version: 2, recommendation: "TOLAK", notes: "Klien sudah kembali lapor." });
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
