import { afterEach, describe, expect, it } from "vitest";
import { addDays, utcDate } from "@/lib/domain/calendar";
import { clock } from "@/lib/clock";
import { AppError } from "@/lib/server/errors";
import { prisma } from "@/lib/server/db";
import { getTasks } from "@/lib/server/queries/tasks";
import { getClientAssessments } from "@/lib/server/queries/risk-assessment";
import { getClientReporting } from "@/lib/server/queries/reporting";
import { loadRiskInstruments, markNewInformation, recordRiskAssessment, setRiskDefaults } from "@/lib/server/services/risk-assessment";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

const ALL_LOW = { q1: "a", q2: "a", q3: "a", q4: "a", q5: "a", q6: "a", q7: "a", q8: "a" };
const HIGH = { q1: "c", q2: "c", q3: "b", q4: "c", q5: "c", q6: "c", q7: "a", q8: "a" }; // 4+2+2+2+2+2 = 14

async function world(assessedOn: Date) {
  clock.set(new Date(assessedOn.getTime() + 3 * 3_600_000)); // 10:00 WIB on the assessment day
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const pkA = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkB = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkA.id, guidanceStart: addDays(assessedOn, -30), guidanceEnd: addDays(assessedOn, 900) });
  await loadRiskInstruments();
  const rri = await prisma.riskInstrument.findFirstOrThrow({ where: { code: "RRI" } });
  return { jks, pkA, pkB, pkMks, admin, kepala, client, rri };
}

async function expectError(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

const reassessTasks = async (userId: string) => (await getTasks(await actorFor(userId), clock.now())).items.filter((t) => t.kind === "REASSESSMENT");

afterEach(() => clock.reset());

describe("risk and needs assessment", () => {
  it("loads the instruments from the JSON once, and scores by the instrument's bands", async () => {
    const w = await world(utcDate(2026, 3, 10));
    expect(await loadRiskInstruments()).toBe(0);
    const pk = await actorFor(w.pkA.id);
    const low = await recordRiskAssessment(pk, { clientId: w.client.id, instrumentId: w.rri.id, assessedOn: "2026-03-10", answers: ALL_LOW, findings: {}, needs: [] });
    const high = await recordRiskAssessment(pk, { clientId: w.client.id, instrumentId: w.rri.id, assessedOn: "2026-03-10", answers: HIGH, findings: { riwayat: "Dua putusan sebelumnya." }, needs: ["pekerjaan", "pergaulan"] });
    const rows = await prisma.riskAssessment.findMany({ where: { id: { in: [low.id, high.id] } } });
    expect(rows.find((r) => r.id === low.id)).toMatchObject({ score: 0, riskLevel: "RENDAH" });
    expect(rows.find((r) => r.id === high.id)).toMatchObject({ score: 14, riskLevel: "TINGGI", needs: ["pekerjaan", "pergaulan"] });
    expect(await prisma.auditEvent.count({ where: { action: "assessment.create" } })).toBe(2);
  });

  it("refuses incomplete answers, unknown needs, other PKs' clients and other offices, with no write", async () => {
    const w = await world(utcDate(2026, 3, 10));
    const base = { clientId: w.client.id, instrumentId: w.rri.id, assessedOn: "2026-03-10", answers: ALL_LOW, findings: {}, needs: [] as string[] };
    await expectError(recordRiskAssessment(await actorFor(w.pkA.id), { ...base, answers: { q1: "a" } }), "VALIDATION");
    await expectError(recordRiskAssessment(await actorFor(w.pkA.id), { ...base, needs: ["nope"] }), "VALIDATION");
    await expectError(recordRiskAssessment(await actorFor(w.pkA.id), { ...base, assessedOn: "2026-03-11" }), "VALIDATION");
    await expectError(recordRiskAssessment(await actorFor(w.pkB.id), base), "NOT_FOUND");
    await expectError(recordRiskAssessment(await actorFor(w.pkMks.id), base), "NOT_FOUND");
    await expectError(recordRiskAssessment(await actorFor(w.admin.id), base), "FORBIDDEN");
    expect(await prisma.riskAssessment.count()).toBe(0);
    expect(await getClientAssessments(await actorFor(w.pkMks.id), w.client.id)).toBeNull();
  });

  it.each([
    ["an ordinary day", utcDate(2026, 3, 10), utcDate(2027, 3, 10)],
    ["29 February", utcDate(2028, 2, 29), utcDate(2029, 2, 28)],
  ])("assessed on %s: the reassessment is due 12 months later in the PK's inbox", async (_l, on, due) => {
    const w = await world(on);
    await recordRiskAssessment(await actorFor(w.pkA.id), { clientId: w.client.id, instrumentId: w.rri.id, assessedOn: on.toISOString().slice(0, 10), answers: ALL_LOW, findings: {}, needs: [] });
    expect((await prisma.riskAssessment.findFirstOrThrow()).reassessDueOn).toEqual(due);
    // Well before: not in the inbox.
    clock.set(new Date(addDays(due, -60).getTime() + 3 * 3_600_000));
    expect(await reassessTasks(w.pkA.id)).toEqual([]);
    // In the notice period: shown with days left; the Kepala sees it too, another PK does not.
    clock.set(new Date(addDays(due, -5).getTime() + 3 * 3_600_000));
    const soon = await reassessTasks(w.pkA.id);
    expect(soon).toHaveLength(1);
    expect(soon[0]).toMatchObject({ dueOn: due, lateBy: -5, href: `/clients/${w.client.id}/assessments` });
    expect(await reassessTasks(w.kepala.id)).toHaveLength(1);
    expect(await reassessTasks(w.pkB.id)).toEqual([]);
    // After the due day: overdue.
    clock.set(new Date(addDays(due, 3).getTime() + 3 * 3_600_000));
    expect((await reassessTasks(w.pkA.id))[0]).toMatchObject({ lateBy: 3 });
    // A new assessment clears it.
    await recordRiskAssessment(await actorFor(w.pkA.id), { clientId: w.client.id, instrumentId: w.rri.id, assessedOn: addDays(due, 3).toISOString().slice(0, 10), answers: ALL_LOW, findings: {}, needs: [] });
    expect(await reassessTasks(w.pkA.id)).toEqual([]);
  });

  it("new information makes it due now", async () => {
    const w = await world(utcDate(2026, 3, 10));
    const pk = await actorFor(w.pkA.id);
    const a = await recordRiskAssessment(pk, { clientId: w.client.id, instrumentId: w.rri.id, assessedOn: "2026-03-10", answers: ALL_LOW, findings: {}, needs: [] });
    clock.set(new Date(Date.UTC(2026, 5, 1, 3)));
    expect(await reassessTasks(w.pkA.id)).toEqual([]);
    await markNewInformation(await actorFor(w.pkA.id), { clientId: w.client.id, assessmentId: a.id, note: "Klien ditangkap lagi karena perkara narkotika." });
    const t = await reassessTasks(w.pkA.id);
    expect(t[0]).toMatchObject({ dueOn: utcDate(2026, 6, 1), lateBy: 0 });
    expect(t[0].title).toContain("informasi baru");
  });

  it("the risk level sets the proposed wajib-lapor frequency through the office's setting", async () => {
    const w = await world(utcDate(2026, 3, 10));
    const pk = await actorFor(w.pkA.id);
    const before = await getClientReporting(pk, w.client.id);
    expect(before!.riskLevel).toBeNull();
    await recordRiskAssessment(pk, { clientId: w.client.id, instrumentId: w.rri.id, assessedOn: "2026-03-10", answers: HIGH, findings: {}, needs: [] });
    expect((await getClientReporting(pk, w.client.id))!.defaultFrequency).toBe("WEEKLY"); // built-in for tinggi
    await expectError(setRiskDefaults(pk, { RENDAH: { frequency: "MONTHLY", visitsPerMonth: 0 }, SEDANG: { frequency: "MONTHLY", visitsPerMonth: 1 }, TINGGI: { frequency: "BIWEEKLY", visitsPerMonth: 4 } }), "FORBIDDEN");
    await setRiskDefaults(await actorFor(w.admin.id), { RENDAH: { frequency: "MONTHLY", visitsPerMonth: 0 }, SEDANG: { frequency: "MONTHLY", visitsPerMonth: 1 }, TINGGI: { frequency: "BIWEEKLY", visitsPerMonth: 4 } });
    const after = await getClientReporting(pk, w.client.id);
    expect(after!.defaultFrequency).toBe("BIWEEKLY");
    expect((await getClientAssessments(pk, w.client.id))!.current).toMatchObject({ level: "TINGGI", defaults: { frequency: "BIWEEKLY", visitsPerMonth: 4 } });
  });
});
