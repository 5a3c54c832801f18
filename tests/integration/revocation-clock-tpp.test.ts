// The PB/CB/CMB proceeding's 20-working-day clock on the office's calendar, shown throughout and in
// the Kepala's waiting list; and the TPP's recommendation citing a recorded sidang TPP of the office.
import { afterEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { utcDate } from "@/lib/domain/calendar";
import type { Program } from "@/lib/domain/enums";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { countRevocationsAtRisk, getRevocation, listCitableTppSessions, listOpenViolations } from "@/lib/server/queries/violations";
import { recordRevocationTpp, submitRevocationReport } from "@/lib/server/services/advance-revocation";
import { recordTppSession } from "@/lib/server/services/record-tpp-session";
import { reportViolation } from "@/lib/server/services/report-violation";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";
import { tppSessionOn } from "../support/tpp";

async function rejects(p: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  const e = await p.then(() => null, (x) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  if (message) expect((e as AppError).message).toMatch(message);
}

// Monday 5 October 2026, 09.00 WIB; October 2026 has no national holiday.
const PROPOSED_AT = new Date("2026-10-05T02:00:00Z");

async function world(program: Program = "PB", closures: { date: string; name: string }[] = []) {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  await prisma.office.update({ where: { id: jks.id }, data: { settings: { calendar: { closures } } } });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const pk = await actorFor((await createUser(prisma, { officeId: jks.id, role: "PK" })).id);
  const kepala = await actorFor((await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" })).id);
  const mksKepala = await actorFor((await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" })).id);
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, program, guidanceStart: utcDate(2026, 6, 1), guidanceEnd: utcDate(2027, 12, 31) });
  clock.set(PROPOSED_AT);
  const { revocationId } = await reportViolation(pk, { clientId: client.id, type: "TINDAK_PIDANA_BARU", occurredOn: "2026-10-02", description: "Klien ditahan Polsek atas dugaan pencurian.", proposeRevocation: true });
  // The row's createdAt comes from the database clock: put it on the proposal's instant.
  await prisma.revocationProceeding.update({ where: { id: revocationId! }, data: { createdAt: PROPOSED_AT } });
  await submitRevocationReport(pk, { revocationId: revocationId!, version: 1, pkReport: "Klien ditahan Polsek sejak tiga hari lalu; keluarga membenarkan." });
  return { jks, mks, pk, kepala, mksKepala, client, id: revocationId! };
}

afterEach(() => clock.reset());

describe("the 20-working-day clock", () => {
  it("counts on the office's calendar: a closure inside the 20 days moves the due day, shown on the proceeding and the list", async () => {
    const w = await world("PB", [{ date: "2026-10-20", name: "Cuti bersama" }]);
    clock.set(new Date("2026-10-12T03:00:00Z"));
    const r = (await getRevocation(w.kepala, w.id))!;
    expect(r.serviceClock).toMatchObject({ dueOn: utcDate(2026, 11, 3), state: "ON_TRACK", workingDaysLeft: 15 });
    const list = await listOpenViolations(w.pk);
    expect(list.revocations[0].serviceClock?.dueOn).toEqual(utcDate(2026, 11, 3));
  });

  it("puts an at-risk or overdue proceeding in the Kepala's waiting list", async () => {
    const w = await world("CMB");
    clock.set(new Date("2026-10-12T03:00:00Z"));
    expect(await countRevocationsAtRisk(w.kepala)).toEqual({ atRisk: 0, overdue: 0 });
    clock.set(new Date("2026-10-27T03:00:00Z")); // 4 working days left (due 2 November)
    expect(await countRevocationsAtRisk(w.kepala)).toEqual({ atRisk: 1, overdue: 0 });
    clock.set(new Date("2026-11-04T03:00:00Z"));
    expect((await getRevocation(w.kepala, w.id))!.serviceClock).toMatchObject({ state: "OVERDUE", overdueWorkingDays: 2 });
    expect(await countRevocationsAtRisk(w.kepala)).toEqual({ atRisk: 0, overdue: 1 });
    expect(await countRevocationsAtRisk(w.mksKepala)).toEqual({ atRisk: 0, overdue: 0 });
  });

  it("does not run on the other authorities' paths", async () => {
    const w = await world("ASIMILASI");
    expect((await getRevocation(w.kepala, w.id))!.serviceClock).toBeNull();
  });
});

describe("the TPP's recommendation cites a recorded sidang TPP", () => {
  it("of the same office, held since the proposal and not in the future", async () => {
    const w = await world("PB");
    clock.set(new Date("2026-10-08T03:00:00Z"));
    const input = { revocationId: w.id, version: 2, recommendation: "SETUJU" as const, notes: "TPP setuju pencabutan." };
    await rejects(recordRevocationTpp(w.kepala, { ...input, tppSessionId: await tppSessionOn(w.mksKepala) }), "VALIDATION", /tidak ditemukan/);
    await rejects(recordRevocationTpp(w.kepala, { ...input, tppSessionId: await tppSessionOn(w.kepala, utcDate(2026, 10, 9)) }), "VALIDATION", /belum berlangsung/);
    await rejects(recordRevocationTpp(w.kepala, { ...input, tppSessionId: await tppSessionOn(w.kepala, utcDate(2026, 10, 2)) }), "VALIDATION", /sebelum usulan/);
    await rejects(recordRevocationTpp(w.pk, { ...input, tppSessionId: await tppSessionOn(w.kepala) }), "FORBIDDEN");
    const held = await tppSessionOn(w.kepala, utcDate(2026, 10, 7));
    expect((await listCitableTppSessions(w.kepala, PROPOSED_AT)).map((s) => s.id)).toContain(held);
    await recordRevocationTpp(w.kepala, { ...input, tppSessionId: held });
    const r = (await getRevocation(w.kepala, w.id))!;
    expect([r.status, r.tppSession?.id]).toEqual(["TPP_RECOMMENDED", held]);
    expect(await prisma.revocationProceeding.count({ where: { tppSessionId: { not: null }, status: "PK_REPORTED" } })).toBe(0);
  });

  it("a sidang TPP recorded with the proceeding ticked moves it on, linked to the session", async () => {
    const w = await world("PB");
    clock.set(new Date("2026-10-08T03:00:00Z"));
    const session = {
      heldOn: "2026-10-08", location: "Ruang sidang", chairName: "Ketua TPP", members: [{ name: "Ketua TPP", role: "Ketua" }, { name: "Sekretaris", role: "Sekretaris" }],
      minutes: "Sidang TPP membahas usulan pencabutan PB klien.", reviews: [], litmasReviews: [],
    };
    await rejects(recordTppSession(w.kepala, { ...session, heldOn: "2026-10-02", revocationReviews: [{ revocationId: w.id, recommendation: "SETUJU", notes: "Setuju dicabut." }] }), "VALIDATION", /sebelum usulan/);
    expect(await prisma.tppSession.count()).toBe(0);
    const { id } = await recordTppSession(w.kepala, { ...session, revocationReviews: [{ revocationId: w.id, recommendation: "SETUJU", notes: "Setuju dicabut." }] });
    const r = await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: w.id } });
    expect([r.status, r.tppSessionId, r.tppRecommendation]).toEqual(["TPP_RECOMMENDED", id, "SETUJU"]);
    await rejects(recordTppSession(w.kepala, { ...session, revocationReviews: [{ revocationId: w.id, recommendation: "TOLAK", notes: "Dibahas lagi." }] }), "VALIDATION");
    await rejects(recordTppSession(w.mksKepala, { ...session, revocationReviews: [{ revocationId: w.id, recommendation: "TOLAK", notes: "Kantor lain." }] }), "NOT_FOUND");
  });
});
