import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { utcDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { getGroupSession, getOutreach, getPartner, listClientPlacements } from "@/lib/server/queries/community";
import { getGuidanceLog } from "@/lib/server/queries/contacts";
import { getMonthlyFigures } from "@/lib/server/queries/monthly-report";
import { correctGroupSession, correctKerjaSosialHours, correctOutreach, removeCommunityRecord } from "@/lib/server/services/correct-community-records";
import { savePartner } from "@/lib/server/services/manage-partners";
import { createPlacement, logKerjaSosialHours } from "@/lib/server/services/placements";
import { recordGroupSession } from "@/lib/server/services/record-group-session";
import { recordOutreach } from "@/lib/server/services/record-outreach";
import { ZCorrectGroupSession, ZCorrectKerjaSosialHours, ZRemoveCommunityRecord, ZSavePartner } from "@/lib/schemas/community";
import { createClient, createOffice, createUser, groupSessionInput } from "../factories";
import { actorFor } from "../support/actors";
import { tableHashes } from "../support/db-fingerprint";

// Corrections of community records (decision 0022): kerja sosial hours, group sessions and outreach
// corrected or removed by the recorder, the client's PK or the Kepala, with a reason; what they
// said is kept and the change audited. Clock fixed at 2 December 2026 (WIB).

const NOW = new Date("2026-12-02T03:00:00Z");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const REASON = "Tercatat keliru saat input di lapangan.";

beforeEach(() => clock.set(NOW));
afterEach(() => clock.reset());

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const ids = {
    kepala: await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" }), admin: await createUser(prisma, { officeId: jks.id, role: "ADMIN" }),
    kasi: await createUser(prisma, { officeId: jks.id, role: "KASI" }), pk: await createUser(prisma, { officeId: jks.id, role: "PK" }),
    pk2: await createUser(prisma, { officeId: jks.id, role: "PK" }), mksKepala: await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" }),
  };
  const a = Object.fromEntries(await Promise.all(Object.entries(ids).map(async ([k, u]) => [k, await actorFor(u.id)]))) as Record<keyof typeof ids, Awaited<ReturnType<typeof actorFor>>>;
  const base = { officeId: jks.id, officeCode: "JKS", assignedPkId: ids.pk.id, today: utcDate(2026, 12, 2), guidanceStart: utcDate(2026, 10, 1), guidanceEnd: utcDate(2027, 3, 31) };
  const ks = await createClient(prisma, { ...base, program: "PIDANA_KERJA_SOSIAL" });
  const pb = await createClient(prisma, { ...base, program: "PB" });
  const pb2 = await createClient(prisma, { ...base, program: "PB" });
  const griya = await savePartner(a.kepala, ZSavePartner.parse({ kind: "MITRA", name: "Griya Abhipraya Pasar Minggu", category: "GRIYA_ABHIPRAYA", field: "KEMANDIRIAN" }));
  const placement = await createPlacement(a.pk, { clientId: ks.id, partnerId: griya.id, startsOn: "2026-11-02", endsOn: undefined, purpose: "Kebersihan taman", kerjaSosial: true, hoursPerDay: 4, totalHoursOrdered: 10 });
  for (const [day, hours] of [["2026-11-02", "4"], ["2026-11-03", "4"]] as const) await logKerjaSosialHours(a.pk, { placementId: placement.id, workedOn: day, hours, note: "" });
  const hours = await prisma.kerjaSosialHours.findMany({ orderBy: { workedOn: "asc" } });
  return { jks, a, ks, pb, pb2, griya, placement, hours };
}

describe("correcting kerja sosial hours", () => {
  it("the client's PK corrects a day's hours with a reason; the total follows, the old entry and the audit are kept", async () => {
    const w = await world();
    await correctKerjaSosialHours(w.a.pk, ZCorrectKerjaSosialHours.parse({ hoursId: w.hours[1].id, hours: "2,5", note: "Pulang lebih awal", reason: REASON }));
    const [pl] = await listClientPlacements(w.a.pk, w.ks.id);
    expect(pl.summary).toMatchObject({ doneMinutes: 390, remainingMinutes: 210 });
    expect(pl.revisions).toEqual([expect.objectContaining({ action: "CORRECTED", reason: REASON, before: expect.objectContaining({ workedOn: "2026-11-03", minutes: 240, note: "" }) })]);
    const ev = await prisma.auditEvent.findFirstOrThrow({ where: { action: "placement.hours.correct" } });
    expect(ev).toMatchObject({ clientId: w.ks.id, entityId: w.hours[1].id, details: expect.objectContaining({ minutesBefore: 240, minutes: 150 }) });
    // Checked like a new entry: more than the judge's hours per day is refused.
    await expect(correctKerjaSosialHours(w.a.pk, ZCorrectKerjaSosialHours.parse({ hoursId: w.hours[1].id, hours: "5", note: "", reason: REASON }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { hours: [expect.stringContaining("4 jam sehari")] } });
  });

  it("the Kepala removes a day logged by mistake; the partner's total follows", async () => {
    const w = await world();
    await removeCommunityRecord(w.a.kepala, ZRemoveCommunityRecord.parse({ kind: "KERJA_SOSIAL_HOURS", recordId: w.hours[0].id, reason: REASON }));
    expect(await prisma.kerjaSosialHours.count()).toBe(1);
    expect((await getPartner(w.a.kepala, w.griya.id))!.totals.kerjaSosialDoneMinutes).toBe(240);
    const rev = await prisma.communityRecordRevision.findFirstOrThrow();
    expect(rev).toMatchObject({ kind: "KERJA_SOSIAL_HOURS", action: "REMOVED", recordId: w.hours[0].id, clientId: w.ks.id, revisedById: w.a.kepala.id });
    expect(await prisma.auditEvent.count({ where: { action: "placement.hours.remove", clientId: w.ks.id } })).toBe(1);
  });

  it("refuses another PK, the admin and the Kasi, another office, no reason, or nothing changed; nothing is written", async () => {
    const w = await world();
    const before = await tableHashes();
    const input = { hoursId: w.hours[0].id, hours: "3", note: "", reason: REASON };
    await expect(correctKerjaSosialHours(w.a.pk2, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(correctKerjaSosialHours(w.a.mksKepala, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(correctKerjaSosialHours(w.a.admin, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeCommunityRecord(w.a.kasi, { kind: "KERJA_SOSIAL_HOURS", recordId: w.hours[0].id, reason: REASON })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(correctKerjaSosialHours(w.a.pk, { ...input, hours: "4" })).rejects.toMatchObject({ code: "VALIDATION" });
    const short = ZCorrectKerjaSosialHours.safeParse({ ...input, reason: "salah" });
    expect(short.error?.issues[0]).toMatchObject({ path: ["reason"], message: expect.stringContaining("paling sedikit 10 karakter") });
    expect(await tableHashes()).toEqual(before);
  });
});

describe("correcting a group session", () => {
  const session = groupSessionInput;

  it("the recorder fixes the topic, a presence and an attendee listed by mistake; each attendee's buku perkembangan follows", async () => {
    const w = await world();
    const s = await recordGroupSession(w.a.pk, session([{ clientId: w.ks.id, present: true }, { clientId: w.pb.id, present: false }, { clientId: w.pb2.id, present: true }]));
    // As the form sends it: one "hadir:<client>" choice per attendee.
    const input = ZCorrectGroupSession.parse({ sessionId: s.id, topic: "Kesadaran hukum", place: "Aula Bapas", facilitator: "Ustaz Ahmad (Kemenag)", notes: "", [`hadir:${w.ks.id}`]: "HADIR", [`hadir:${w.pb.id}`]: "HADIR", [`hadir:${w.pb2.id}`]: "HAPUS", reason: REASON });
    await correctGroupSession(w.a.pk, input);
    const seen = (await getGroupSession(w.a.kepala, s.id))!;
    expect(seen.topic).toBe("Kesadaran hukum");
    expect(seen.attendees.map((x) => [x.client.id, x.present]).sort()).toEqual([[w.ks.id, true], [w.pb.id, true]].sort());
    expect(seen.revisions[0]).toMatchObject({ action: "CORRECTED", reason: REASON, before: expect.objectContaining({ topic: "Kesadaran beragama" }) });
    expect((await getGuidanceLog(w.a.pk, w.pb2.id))!.groupSessions).toEqual([]);
    expect((await getGuidanceLog(w.a.pk, w.pb.id))!.groupSessions.map((g) => g.present)).toEqual([true]);
    expect((await prisma.auditEvent.findMany({ where: { action: "group-session.attendance.correct" }, select: { clientId: true } })).map((e) => e.clientId).sort()).toEqual([w.pb.id, w.pb2.id].sort());
    // Every attendee off the list is refused: that is a removal.
    await expect(correctGroupSession(w.a.pk, { ...input, attendance: [{ clientId: w.ks.id, state: "HAPUS" }, { clientId: w.pb.id, state: "HAPUS" }] })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("the Kepala removes it; another PK and another office cannot; it leaves every buku perkembangan", async () => {
    const w = await world();
    const s = await recordGroupSession(w.a.pk, session([{ clientId: w.ks.id, present: true }]));
    const before = await tableHashes();
    await expect(removeCommunityRecord(w.a.pk2, { kind: "GROUP_SESSION", recordId: s.id, reason: REASON })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeCommunityRecord(w.a.mksKepala, { kind: "GROUP_SESSION", recordId: s.id, reason: REASON })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await tableHashes()).toEqual(before);
    await removeCommunityRecord(w.a.kepala, { kind: "GROUP_SESSION", recordId: s.id, reason: REASON });
    expect(await prisma.groupSession.count()).toBe(0);
    expect((await getGuidanceLog(w.a.pk, w.ks.id))!.groupSessions).toEqual([]);
    expect(await prisma.communityRecordRevision.count({ where: { kind: "GROUP_SESSION", action: "REMOVED" } })).toBe(1);
  });
});

describe("correcting an outreach", () => {
  const outreach = { kind: "GOES_TO_VILLAGE" as const, title: "Bapas Goes to Village Desa Sukamaju", place: "Balai Desa Sukamaju", heldOn: "2026-11-20", participantCount: 45, villageOfficials: ["H. Sutrisno (Kepala Desa)"], partnerIds: [], summary: "Sosialisasi peran Bapas kepada warga dan perangkat desa." };

  it("the recorder corrects the participant count; the monthly report follows; the Kepala removes it with its photos", async () => {
    const w = await world();
    const o = await recordOutreach(w.a.pk, outreach, [{ name: "foto.png", bytes: PNG }]);
    const nov = async () => (await getMonthlyFigures(w.a.kepala, utcDate(2026, 11, 1))).figures.outreach;
    expect(await nov()).toEqual({ GOES_TO_VILLAGE: { activities: 1, participants: 45 } });
    await expect(correctOutreach(w.a.pk2, { outreachId: o.id, ...outreach, participantCount: 54, reason: REASON })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await correctOutreach(w.a.pk, { outreachId: o.id, title: outreach.title, place: outreach.place, participantCount: 54, villageOfficials: outreach.villageOfficials, summary: outreach.summary, reason: REASON });
    expect(await nov()).toEqual({ GOES_TO_VILLAGE: { activities: 1, participants: 54 } });
    expect((await getOutreach(w.a.kasi, o.id))!.revisions[0]).toMatchObject({ before: expect.objectContaining({ participantCount: 45 }) });
    await removeCommunityRecord(w.a.kepala, { kind: "OUTREACH", recordId: o.id, reason: REASON });
    expect(await nov()).toEqual({});
    expect(await prisma.officeDocument.count({ where: { deletedAt: null, purpose: "OUTREACH_PHOTO" } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: { in: ["outreach.correct", "outreach.remove"] } } })).toBe(2);
  });
});
