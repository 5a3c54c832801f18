import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { utcDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { getKepalaDashboard } from "@/lib/server/queries/dashboard";
import { getGroupSession, getOfficeDocumentForDownload, getPartner, listAgreementsNeedingRenewal, listClientPlacements, listGroupSessions, listPartners } from "@/lib/server/queries/community";
import { getGuidanceLog } from "@/lib/server/queries/contacts";
import { getMonthlyFigures } from "@/lib/server/queries/monthly-report";
import { addAgreement, savePartner } from "@/lib/server/services/manage-partners";
import { createPlacement, endPlacement, logKerjaSosialHours } from "@/lib/server/services/placements";
import { recordGroupSession } from "@/lib/server/services/record-group-session";
import { addOutreachPhoto, recordOutreach } from "@/lib/server/services/record-outreach";
import { ZSavePartner } from "@/lib/schemas/community";
import { createClient, createOffice, createUser, groupSessionInput } from "../factories";
import { actorFor } from "../support/actors";

// Issue 14 part A: the partner registry, placements and kerja sosial hours, group sessions and
// office outreach, against a real database, with the clock fixed at 2 December 2026 (WIB).

const NOW = new Date("2026-12-02T03:00:00Z"); // 10.00 WIB
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeEach(() => clock.set(NOW));
afterEach(() => clock.reset());

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const kasi = await createUser(prisma, { officeId: jks.id, role: "KASI" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const pk2 = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const mksKepala = await createUser(prisma, { officeId: mks.id, role: "KEPALA_BAPAS" });
  const mksPk = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const today = utcDate(2026, 12, 2);
  const base = { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id, today, guidanceStart: utcDate(2026, 10, 1), guidanceEnd: utcDate(2027, 3, 31) };
  const ks1 = await createClient(prisma, { ...base, program: "PIDANA_KERJA_SOSIAL" });
  const ks2 = await createClient(prisma, { ...base, program: "PIDANA_KERJA_SOSIAL" });
  const pb = await createClient(prisma, { ...base, program: "PB" });
  const other = await createClient(prisma, { ...base, assignedPkId: pk2.id, program: "PB" });
  const mksClient = await createClient(prisma, { officeId: mks.id, officeCode: "MKS", assignedPkId: mksPk.id, program: "PB", today });
  const actors = {
    kepala: await actorFor(kepala.id), admin: await actorFor(admin.id), kasi: await actorFor(kasi.id), pk: await actorFor(pk.id), pk2: await actorFor(pk2.id),
    mksKepala: await actorFor(mksKepala.id), mksPk: await actorFor(mksPk.id),
  };
  const pokmas = await savePartner(actors.kepala, ZSavePartner.parse({ kind: "POKMAS", name: "Pokmas Lipas Kebayoran", category: "LAINNYA", pokmasField: "HUKUM_KEMASYARAKATAN" }));
  const griya = await savePartner(actors.kepala, ZSavePartner.parse({ kind: "MITRA", name: "Griya Abhipraya Pasar Minggu", category: "GRIYA_ABHIPRAYA", field: "KEMANDIRIAN", pokmasId: pokmas.id }));
  return { jks, mks, actors, ks1, ks2, pb, other, mksClient, pokmas, griya };
}

const ksPlacement = (clientId: string, partnerId: string, over: Record<string, unknown> = {}) => ({
  clientId, partnerId, startsOn: "2026-11-02", endsOn: undefined, purpose: "Pidana kerja sosial: kebersihan dan taman", kerjaSosial: true, hoursPerDay: 4, totalHoursOrdered: 40, ...over,
});

describe("the partner registry", () => {
  it("keeps a Pokmas Lipas with its mitra; the Kepala and admin manage it, every officer of the office reads it", async () => {
    const w = await world();
    const list = await listPartners(w.actors.pk);
    expect(list.pokmas).toHaveLength(1);
    expect(list.pokmas[0].members.map((m) => m.name)).toEqual(["Griya Abhipraya Pasar Minggu"]);
    await expect(savePartner(w.actors.admin, ZSavePartner.parse({ kind: "MITRA", name: "LBH Jakarta", category: "LBH", field: "KEPRIBADIAN" }))).resolves.toBeTruthy();
    for (const a of [w.actors.pk, w.actors.kasi]) {
      await expect(savePartner(a, ZSavePartner.parse({ kind: "MITRA", name: "BLK Jaksel", category: "BLK", field: "KEMANDIRIAN" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // Another office sees none of it and cannot attach to it.
    expect((await listPartners(w.actors.mksKepala)).all).toHaveLength(0);
    expect(await getPartner(w.actors.mksKepala, w.griya.id)).toBeNull();
    await expect(savePartner(w.actors.mksKepala, ZSavePartner.parse({ kind: "MITRA", name: "Mitra MKS", category: "LAINNYA", field: "KEMANDIRIAN", pokmasId: w.pokmas.id }))).rejects.toMatchObject({ code: "VALIDATION" });
    const ev = await prisma.auditEvent.findMany({ where: { action: "partner.create" } });
    expect(ev).toHaveLength(3);
  });

  it("an agreement expiring within 60 days (or expired) waits in the Kepala's inbox; its document downloads only in the office, audited", async () => {
    const w = await world();
    const a = await addAgreement(w.actors.kepala, { partnerId: w.griya.id, number: "PKS/01/2025", signedOn: "2025-01-30", expiresOn: "2027-01-30", note: "" }, { name: "pks.pdf", bytes: PDF });
    await addAgreement(w.actors.kepala, { partnerId: w.pokmas.id, number: "PKS/02/2026", signedOn: "2026-02-01", expiresOn: "2027-06-30", note: "" }, null);
    const due = await listAgreementsNeedingRenewal(w.actors.kepala);
    expect(due.map((d) => [d.number, d.state])).toEqual([["PKS/01/2025", "EXPIRING"]]); // 59 days
    const dash = await getKepalaDashboard(w.actors.kepala, { kind: "MONTH", from: utcDate(2026, 12, 1), to: utcDate(2026, 12, 31) } as never, NOW);
    expect(dash.waiting).toMatchObject({ agreementsToRenew: 1, agreementsExpired: 0 });
    // A renewed agreement replaces the old one in the inbox.
    await addAgreement(w.actors.admin, { partnerId: w.griya.id, number: "PKS/03/2026", signedOn: "2026-12-01", expiresOn: "2028-12-01", note: "" }, null);
    expect(await listAgreementsNeedingRenewal(w.actors.kepala)).toHaveLength(0);
    // A file that is not a PDF or an image is refused, nothing written.
    await expect(addAgreement(w.actors.kepala, { partnerId: w.griya.id, number: "PKS/04", signedOn: "2026-01-01", expiresOn: "2027-01-01", note: "" }, { name: "x.exe", bytes: new Uint8Array([0x4d, 0x5a, 1, 2]) })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await prisma.partnerAgreement.count()).toBe(3);
    const docId = (await prisma.partnerAgreement.findUniqueOrThrow({ where: { id: a.id } })).documentId!;
    expect(await getOfficeDocumentForDownload(w.actors.mksKepala, docId)).toBeNull();
    const doc = await getOfficeDocumentForDownload(w.actors.pk, docId);
    expect(doc?.mimeType).toBe("application/pdf");
    expect(await prisma.auditEvent.count({ where: { action: "office-document.download" } })).toBe(1);
  });
});

describe("placements and kerja sosial hours", () => {
  it("a partner's placements and kerja-sosial hours add up", async () => {
    const w = await world();
    const p1 = await createPlacement(w.actors.pk, ksPlacement(w.ks1.id, w.griya.id));
    const p2 = await createPlacement(w.actors.pk, ksPlacement(w.ks2.id, w.griya.id, { hoursPerDay: 3, totalHoursOrdered: 12 }));
    await createPlacement(w.actors.pk, { clientId: w.pb.id, partnerId: w.griya.id, startsOn: "2026-11-15", purpose: "Pelatihan keterampilan las", kerjaSosial: false });
    for (const [day, hours] of [["2026-11-02", "4"], ["2026-11-03", "3,5"], ["2026-11-04", "4"]] as const) await logKerjaSosialHours(w.actors.pk, { placementId: p1.id, workedOn: day, hours, note: "" });
    const last = await logKerjaSosialHours(w.actors.pk, { placementId: p2.id, workedOn: "2026-12-01", hours: "3", note: "Menyapu taman" });
    expect(last.remainingMinutes).toBe(9 * 60);

    const partner = (await getPartner(w.actors.kepala, w.griya.id))!;
    expect(partner.totals).toEqual({ active: 3, all: 3, kerjaSosialDoneMinutes: (4 + 3.5 + 4 + 3) * 60, kerjaSosialOrderedMinutes: (40 + 12) * 60 });
    const byClient = new Map(partner.placements.map((p) => [p.client.id, p.summary]));
    expect(byClient.get(w.ks1.id)).toEqual({ orderedMinutes: 2400, doneMinutes: 690, remainingMinutes: 1710, percentDone: 28, complete: false });
    expect(byClient.get(w.ks2.id)).toMatchObject({ doneMinutes: 180, remainingMinutes: 540 });
    expect(byClient.get(w.pb.id)).toBeNull();
    const [mine] = await listClientPlacements(w.actors.pk, w.ks1.id);
    expect(mine.hours.map((h) => [h.minutes, h.recordedBy])).toEqual([[240, expect.any(String)], [210, expect.any(String)], [240, expect.any(String)]]);
    // Another PK of the office sees the partner but not the first PK's clients placed there.
    expect((await getPartner(w.actors.pk2, w.griya.id))!.placements).toHaveLength(0);
    expect(await prisma.auditEvent.count({ where: { action: "placement.hours.log" } })).toBe(4);
  });

  it("refuses hours that break the rules, with a message and no write", async () => {
    const w = await world();
    const p = await createPlacement(w.actors.pk, ksPlacement(w.ks1.id, w.griya.id, { hoursPerDay: 4, totalHoursOrdered: 8, endsOn: "2026-12-31" }));
    const log = (workedOn: string, hours: string) => logKerjaSosialHours(w.actors.pk, { placementId: p.id, workedOn, hours, note: "" });
    await expect(log("2026-12-03", "2")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { workedOn: [expect.stringContaining("masa depan")] } });
    await expect(log("2026-11-01", "2")).rejects.toMatchObject({ fieldErrors: { workedOn: [expect.stringContaining("sebelum penempatan")] } });
    await expect(log("2026-11-05", "5")).rejects.toMatchObject({ fieldErrors: { hours: [expect.stringContaining("4 jam sehari")] } });
    await expect(log("2026-11-05", "0")).rejects.toMatchObject({ fieldErrors: { hours: [expect.stringContaining("lebih dari 0")] } });
    await log("2026-11-05", "4");
    await expect(log("2026-11-05", "2")).rejects.toMatchObject({ fieldErrors: { workedOn: [expect.stringContaining("Sudah ada")] } });
    await log("2026-11-06", "3");
    await expect(log("2026-11-07", "2")).rejects.toMatchObject({ fieldErrors: { hours: [expect.stringContaining("tinggal 1 jam")] } });
    await log("2026-11-07", "1");
    await expect(log("2026-11-08", "1")).rejects.toMatchObject({ fieldErrors: { hours: [expect.stringContaining("terpenuhi")] } });
    expect(await prisma.kerjaSosialHours.count()).toBe(3);
  });

  it("two saves of different days at once never pass the ordered total", async () => {
    const w = await world();
    const p = await createPlacement(w.actors.pk, ksPlacement(w.ks1.id, w.griya.id, { hoursPerDay: 4, totalHoursOrdered: 8 }));
    await logKerjaSosialHours(w.actors.pk, { placementId: p.id, workedOn: "2026-11-02", hours: "4", note: "" });
    const results = await Promise.allSettled([
      logKerjaSosialHours(w.actors.pk, { placementId: p.id, workedOn: "2026-11-03", hours: "4", note: "" }),
      logKerjaSosialHours(w.actors.pk, { placementId: p.id, workedOn: "2026-11-04", hours: "4", note: "" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const sum = await prisma.kerjaSosialHours.aggregate({ _sum: { minutes: true } });
    expect(sum._sum.minutes).toBe(480);
  });

  it("only the client's own PK places; kerja sosial only for that program; nothing across offices", async () => {
    const w = await world();
    await expect(createPlacement(w.actors.pk, ksPlacement(w.pb.id, w.griya.id))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createPlacement(w.actors.pk2, ksPlacement(w.ks1.id, w.griya.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const a of [w.actors.kepala, w.actors.admin, w.actors.kasi]) await expect(createPlacement(a, ksPlacement(w.ks1.id, w.griya.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createPlacement(w.actors.mksPk, ksPlacement(w.mksClient.id, w.griya.id))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { partnerId: expect.anything() } });
    const p = await createPlacement(w.actors.pk, ksPlacement(w.ks1.id, w.griya.id));
    await expect(logKerjaSosialHours(w.actors.pk2, { placementId: p.id, workedOn: "2026-11-02", hours: "2", note: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(logKerjaSosialHours(w.actors.mksPk, { placementId: p.id, workedOn: "2026-11-02", hours: "2", note: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await prisma.placement.findUniqueOrThrow({ where: { id: p.id } });
    await endPlacement(w.actors.pk, { placementId: p.id, version: row.version, endsOn: "2026-12-01" });
    await expect(endPlacement(w.actors.pk, { placementId: p.id, version: row.version, endsOn: "2026-12-01" })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("group sessions", () => {
  const session = groupSessionInput;

  it("is recorded once and shows in each attendee's buku perkembangan", async () => {
    const w = await world();
    const s = await recordGroupSession(w.actors.pk, session([{ clientId: w.ks1.id, present: true }, { clientId: w.ks2.id, present: true }, { clientId: w.pb.id, present: false }]));
    for (const c of [w.ks1, w.ks2, w.pb]) {
      const log = (await getGuidanceLog(w.actors.pk, c.id))!;
      expect(log.groupSessions.map((g) => [g.session.id, g.present])).toEqual([[s.id, c.id !== w.pb.id]]);
    }
    expect(await prisma.groupSession.count()).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "group-session.attendance" } })).toBe(3);
    const list = await listGroupSessions(w.actors.pk);
    expect(list[0]).toMatchObject({ visible: 3, present: 2, total: 3 });
  });

  it("takes only the recorder's active clients; another PK sees only their own attendees", async () => {
    const w = await world();
    await expect(recordGroupSession(w.actors.pk, session([{ clientId: w.other.id, present: true }]))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(recordGroupSession(w.actors.pk, session([{ clientId: w.mksClient.id, present: true }]))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(recordGroupSession(w.actors.kepala, session([{ clientId: w.pb.id, present: true }]))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordGroupSession(w.actors.pk, { ...session([{ clientId: w.pb.id, present: true }]), heldAt: "2026-12-03T02:00:00Z" })).rejects.toMatchObject({ fieldErrors: { heldAt: expect.anything() } });
    // The admin records for the office: clients of both PKs.
    const s = await recordGroupSession(w.actors.admin, session([{ clientId: w.pb.id, present: true }, { clientId: w.other.id, present: true }]));
    const seen = (await getGroupSession(w.actors.pk2, s.id))!;
    expect(seen.attendees.map((a) => a.client.id)).toEqual([w.other.id]);
    expect(seen.hidden).toBe(1);
    expect(await getGroupSession(w.actors.mksKepala, s.id)).toBeNull();
    expect(await prisma.groupSession.count()).toBe(1);
  });
});

describe("office outreach", () => {
  const outreach = (over: Record<string, unknown> = {}) => ({
    kind: "GOES_TO_VILLAGE" as const, title: "Bapas Goes to Village Desa Cilandak", place: "Balai Desa Cilandak", heldOn: "2026-11-20", participantCount: 45,
    villageOfficials: ["H. Sutrisno (Kepala Desa)", "Ibu Ratna (Ketua RW 03)"], partnerIds: [] as string[], summary: "Sosialisasi peran Bapas dan pengurangan stigma.", ...over,
  });

  it("is counted in the monthly report and on the Kepala's dashboard", async () => {
    const w = await world();
    await recordOutreach(w.actors.pk, outreach({ partnerIds: [w.pokmas.id] }), [{ name: "foto.png", bytes: PNG }]);
    await recordOutreach(w.actors.kepala, outreach({ kind: "PENYULUHAN_HUKUM", heldOn: "2026-11-30", participantCount: 30 }), []);
    await recordOutreach(w.actors.kepala, outreach({ heldOn: "2026-10-31", participantCount: 10 }), []);
    await recordOutreach(w.actors.mksKepala, outreach({ heldOn: "2026-11-15" }), []);
    const { figures } = await getMonthlyFigures(w.actors.kepala, utcDate(2026, 11, 1));
    expect(figures.outreach).toEqual({ GOES_TO_VILLAGE: { activities: 1, participants: 45 }, PENYULUHAN_HUKUM: { activities: 1, participants: 30 } });
    const dash = await getKepalaDashboard(w.actors.kepala, { kind: "MONTH", from: utcDate(2026, 11, 1), to: utcDate(2026, 11, 30) } as never, NOW);
    expect(dash.outreach).toEqual({ activities: 2, participants: 75 });
    expect(await prisma.officeDocument.count({ where: { purpose: "OUTREACH_PHOTO" } })).toBe(1);
  });

  it("takes images only, no future date, the office's own partners", async () => {
    const w = await world();
    await expect(recordOutreach(w.actors.pk, outreach(), [{ name: "a.pdf", bytes: PDF }])).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { photos: [expect.stringContaining("JPEG atau PNG")] } });
    await expect(recordOutreach(w.actors.pk, outreach({ heldOn: "2026-12-03" }), [])).rejects.toMatchObject({ fieldErrors: { heldOn: expect.anything() } });
    await expect(recordOutreach(w.actors.mksPk, outreach({ partnerIds: [w.griya.id] }), [])).rejects.toMatchObject({ fieldErrors: { partnerIds: expect.anything() } });
    expect(await prisma.outreachActivity.count()).toBe(0);
  });

  it("takes photos one by one, images only, at most six, in the office only", async () => {
    const w = await world();
    const o = await recordOutreach(w.actors.pk, outreach(), []);
    await expect(addOutreachPhoto(w.actors.pk, o.id, { name: "a.pdf", bytes: PDF })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(addOutreachPhoto(w.actors.mksPk, o.id, { name: "a.png", bytes: PNG })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await Promise.all(Array.from({ length: 7 }, () => addOutreachPhoto(w.actors.pk, o.id, { name: "a.png", bytes: PNG }).catch((e) => e)));
    expect(await prisma.officeDocument.count({ where: { outreachId: o.id } })).toBe(6);
    await expect(addOutreachPhoto(w.actors.kepala, o.id, { name: "b.png", bytes: PNG })).rejects.toMatchObject({ fieldErrors: { photos: expect.anything() } });
  });
});
