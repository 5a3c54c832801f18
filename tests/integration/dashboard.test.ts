import { describe, expect, it } from "vitest";
import { addDays, todayIn, toIsoDate, utcDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { listClients, ZClientListParams } from "@/lib/server/queries/clients";
import { getKepalaDashboard } from "@/lib/server/queries/dashboard";
import { createClient, createLitmas, createOffice, createRevocation, createTransitionRequest, createUser, createViolation } from "../factories";
import { actorFor } from "../support/actors";

// The Kepala's dashboard (issue 13, part 1): every figure against a data set built here. The
// period is October 2026 in Jakarta (WIB, UTC+7); active counts are as of now.

const OCTOBER = { kind: "kustom" as const, from: utcDate(2026, 10, 1), to: utcDate(2026, 10, 31) };
const d = (iso: string) => new Date(iso);

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Ani PK", capacity: 40 });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Bayu PK", capacity: 10 });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const today = todayIn("Asia/Jakarta");
  const base = { officeId: jks.id, officeCode: "JKS" };
  const a = await createClient(prisma, { ...base, assignedPkId: pkA.id, program: "PB", category: "DEWASA", gender: "LAKI_LAKI", employmentStatus: "BEKERJA", guidanceStart: utcDate(2026, 10, 5), guidanceEnd: addDays(today, 300), currentStage: "AWAL" });
  const b = await createClient(prisma, { ...base, assignedPkId: pkA.id, program: "PB", category: "ANAK", gender: "PEREMPUAN", employmentStatus: "SEKOLAH", guidanceStart: utcDate(2026, 9, 10), guidanceEnd: addDays(today, 10), currentStage: "AKHIR" });
  const c = await createClient(prisma, { ...base, assignedPkId: pkB.id, program: "CB", category: "DEWASA", gender: "PEREMPUAN", guidanceStart: utcDate(2026, 10, 20), guidanceEnd: addDays(today, 200), currentStage: "AWAL" });
  // Ended in October; deleted (never counted); another office's.
  await createClient(prisma, { ...base, program: "PB", status: "SELESAI", guidanceStart: utcDate(2026, 3, 1), guidanceEnd: utcDate(2026, 10, 15), statusDate: utcDate(2026, 10, 15) });
  await createClient(prisma, { ...base, program: "PB", guidanceStart: utcDate(2026, 10, 6), deletedAt: d("2026-10-07T00:00:00Z") });
  await createClient(prisma, { officeId: mks.id, officeCode: "MKS", assignedPkId: pkMks.id, program: "PB", guidanceStart: utcDate(2026, 10, 5) });

  const person = async (name: string) => (await prisma.person.create({ data: { officeId: jks.id, fullName: name } })).id;
  const approved = async (purpose: "INTEGRASI_PB" | "DIVERSI", dueAt: string, approvedAt: string) =>
    createLitmas(prisma, { officeId: jks.id, personId: await person(`Orang ${approvedAt}`), purpose, status: "APPROVED", assignedPkId: pkA.id, reviewerId: kepala.id, requesterType: "LAPAS",
      assignedAt: d("2026-10-01T02:00:00Z"), submittedAt: d("2026-10-02T02:00:00Z"), dueAt: d(dueAt), reviewedAt: d(approvedAt) });
  await approved("INTEGRASI_PB", "2026-10-10T10:00:00Z", "2026-10-09T03:00:00Z"); // on time
  await approved("INTEGRASI_PB", "2026-10-10T10:00:00Z", "2026-10-12T03:00:00Z"); // late
  await approved("DIVERSI", "2026-10-31T10:00:00Z", "2026-10-31T16:30:00Z"); // 31 Oct 23.30 WIB: October, late
  await approved("DIVERSI", "2026-11-05T10:00:00Z", "2026-10-31T17:30:00Z"); // 1 Nov 00.30 WIB: not October
  const now = new Date();
  await createLitmas(prisma, { officeId: jks.id, personId: await person("Lewat Tenggat"), status: "ASSIGNED", assignedPkId: pkA.id, reviewerId: kepala.id, requesterType: "LAPAS", assignedAt: d("2026-09-20T02:00:00Z"), dueAt: d("2026-10-01T00:00:00Z") });
  await createLitmas(prisma, { officeId: jks.id, personId: await person("Menunggu Persetujuan"), status: "SUBMITTED", assignedPkId: pkB.id, reviewerId: kepala.id, requesterType: "LAPAS", dueAt: new Date(now.getTime() + 10 * 86_400_000) });
  await createLitmas(prisma, { officeId: jks.id, personId: await person("Menunggu Disposisi"), status: "REQUESTED", requesterType: "LAPAS" });

  await createViolation(prisma, { officeId: jks.id, clientId: a.id, occurredOn: utcDate(2026, 10, 7) });
  await createViolation(prisma, { officeId: jks.id, clientId: a.id, occurredOn: utcDate(2026, 10, 20) });
  await createViolation(prisma, { officeId: jks.id, clientId: c.id, occurredOn: utcDate(2026, 9, 30) });
  await createViolation(prisma, { officeId: jks.id, clientId: c.id, occurredOn: utcDate(2026, 10, 31) });
  await createRevocation(prisma, { officeId: jks.id, clientId: a.id, status: "SUSPENDED", createdAt: d("2026-10-21T03:00:00Z"), suspendedAt: d("2026-10-28T03:00:00Z") });
  await createRevocation(prisma, { officeId: jks.id, clientId: b.id, status: "TPP_RECOMMENDED", createdAt: d("2026-09-01T03:00:00Z") });
  await createTransitionRequest(prisma, { officeId: jks.id, clientId: c.id, proposedById: pkB.id, status: "TPP_REVIEWED" });

  const child = await person("Anak Pendampingan");
  await prisma.pendampingan.create({
    data: { officeId: jks.id, personId: child, requesterType: "KEPOLISIAN", requesterInstitution: "Polres Metro Jakarta Selatan", offence: "Pencurian", receivedAt: now, dueAt: new Date(now.getTime() + 86_400_000), status: "ASSIGNED", assignedPkId: pkA.id },
  });
  return { kepala, pkA, pkB };
}

describe("the Kepala's dashboard", () => {
  it("puts what waits for the Kepala first", async () => {
    const w = await world();
    const dash = await getKepalaDashboard(await actorFor(w.kepala.id), OCTOBER);
    expect(dash.waiting).toEqual({
      litmasToApprove: 1, litmasToDispose: 1, transitionsToDecide: 1, revocationsToDecide: 1, revocationsAtRisk: 0, revocationsOverdue: 2, lettersToIssue: 1, stagesOverdue: 0, proposalsAwaitingTpp: 0,
      litmasOverdue: 1, litmasDueSoon: 0, litmasUndelivered: 4, agreementsToRenew: 0, agreementsExpired: 0,
    });
  });

  it("counts active cases by kind, program, stage, adult/child and gender (this office, not deleted)", async () => {
    const w = await world();
    const { active } = await getKepalaDashboard(await actorFor(w.kepala.id), OCTOBER);
    expect(active.byKind).toEqual({ GUIDANCE: 3, LITMAS: 3, PENDAMPINGAN: 1 });
    expect(active.byProgram).toEqual({ PB: 2, CB: 1 });
    expect(active.byStage).toEqual({ AWAL: 2, AKHIR: 1 });
    expect(active.byCategory).toEqual({ DEWASA: 2, ANAK: 1 });
    expect(active.byGender).toEqual({ LAKI_LAKI: 1, PEREMPUAN: 2 });
    expect(active.byEmployment).toEqual({ BEKERJA: 1, SEKOLAH: 1, BELUM_DICATAT: 1 });
  });

  it("gives new and ended per month for the 12 months to the period's end", async () => {
    const w = await world();
    const { trend } = await getKepalaDashboard(await actorFor(w.kepala.id), OCTOBER);
    expect(trend.map((t) => toIsoDate(t.month))).toEqual([
      "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01",
    ]);
    expect(trend.filter((t) => t.started || t.ended).map((t) => [toIsoDate(t.month), t.started, t.ended])).toEqual([
      ["2026-03-01", 1, 0], ["2026-09-01", 1, 0], ["2026-10-01", 2, 1],
    ]);
  });

  it("each trend bar and employment bar links to a client list with exactly its count", async () => {
    const w = await world();
    const kepala = await actorFor(w.kepala.id);
    const { trend, active } = await getKepalaDashboard(kepala, OCTOBER);
    for (const t of trend) {
      const ym = toIsoDate(t.month).slice(0, 7);
      expect((await listClients(kepala, ZClientListParams.parse({ status: "SEMUA", mulai: ym }))).items).toHaveLength(t.started);
      expect((await listClients(kepala, ZClientListParams.parse({ berakhir: ym }))).items).toHaveLength(t.ended);
    }
    for (const [k, n] of Object.entries(active.byEmployment)) {
      expect((await listClients(kepala, ZClientListParams.parse({ kerja: k === "BELUM_DICATAT" ? "BELUM" : k }))).items).toHaveLength(n ?? 0);
    }
    // A month that is no month is ignored, not an error.
    expect(ZClientListParams.parse({ mulai: "2026-13" }).mulai).toBeUndefined();
  });

  it("gives litmas finished on time by purpose, in the office's days", async () => {
    const w = await world();
    const { onTime } = await getKepalaDashboard(await actorFor(w.kepala.id), OCTOBER);
    expect(onTime).toEqual([
      { purpose: "INTEGRASI_PB", finished: 2, withDeadline: 2, onTime: 1, percent: 50 },
      { purpose: "DIVERSI", finished: 1, withDeadline: 1, onTime: 0, percent: 0 },
    ]);
  });

  it("gives violations and revocations in the period by program", async () => {
    const w = await world();
    const { violationsByProgram } = await getKepalaDashboard(await actorFor(w.kepala.id), OCTOBER);
    expect(violationsByProgram).toEqual([
      { program: "PB", violations: 2, revocationsProposed: 1, suspended: 1 },
      { program: "CB", violations: 1, revocationsProposed: 0, suspended: 0 },
    ]);
  });

  it("gives each PK's workload and overdue litmas", async () => {
    const w = await world();
    const { pks } = await getKepalaDashboard(await actorFor(w.kepala.id), OCTOBER);
    expect(pks.map((p) => [p.name, p.activeClients, p.capacity, p.workloadPercent, p.litmasOpen, p.litmasOverdue])).toEqual([
      ["Ani PK", 2, 40, 5, 1, 1],
      ["Bayu PK", 1, 10, 10, 1, 0],
    ]);
  });

  it("is not for a PK", async () => {
    const w = await world();
    await expect(getKepalaDashboard(await actorFor(w.pkA.id), OCTOBER)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
