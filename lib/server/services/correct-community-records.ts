import "server-only";
import { todayIn, toIsoDate } from "@/lib/domain/calendar";
import { checkHoursEntry, mayCorrectCommunityRecord, parseHours, type CommunityRecordKind, type CorrectionAction } from "@/lib/domain/community";
import type { CorrectGroupSessionInput, CorrectKerjaSosialHoursInput, CorrectOutreachInput, RemoveCommunityRecordInput } from "@/lib/schemas/community";
import type { Prisma } from "../generated/prisma/client.ts";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma, type Tx } from "../db";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

// Corrections of community records (decision 0022): kerja sosial hours, group sessions and outreach
// logged by mistake are corrected or removed by the one who recorded them, the Kepala Bapas, or (for
// hours) the client's PK, with a reason. Like ContactRevision, the record as it was is kept
// (CommunityRecordRevision) and the change is audited, in one transaction.

const AUDIT_ENTITY: Record<CommunityRecordKind, string> = { KERJA_SOSIAL_HOURS: "KerjaSosialHours", GROUP_SESSION: "GroupSession", OUTREACH: "OutreachActivity" };
const AUDIT_NAME: Record<CommunityRecordKind, string> = { KERJA_SOSIAL_HOURS: "placement.hours", GROUP_SESSION: "group-session", OUTREACH: "outreach" };

/** Keeps the record as it was, with who changed it and why, and writes the audit event: one call per correction. */
async function keepRevision(
  tx: Tx, user: CurrentUser,
  r: { kind: CommunityRecordKind; recordId: string; clientId?: string | null; action: CorrectionAction; reason: string; before: Prisma.InputJsonValue; details?: Record<string, Prisma.InputJsonValue | null> },
) {
  const rev = await tx.communityRecordRevision.create({
    data: { officeId: user.officeId, kind: r.kind, recordId: r.recordId, clientId: r.clientId ?? null, action: r.action, reason: r.reason, before: r.before, revisedById: user.id, revisedAt: clock.now() },
    select: { id: true },
  });
  await audit(tx, user, {
    action: `${AUDIT_NAME[r.kind]}.${r.action === "REMOVED" ? "remove" : "correct"}`, entityType: AUDIT_ENTITY[r.kind], entityId: r.recordId, clientId: r.clientId ?? null,
    details: { revisionId: rev.id, ...r.details },
  });
}

function assertMay(user: CurrentUser, record: { authorId: string; clientPkId?: string | null }) {
  if (!mayCorrectCommunityRecord(user, record)) throw forbidden("Hanya pencatat, PK klien, atau Kepala Bapas yang dapat mengoreksi catatan ini.");
}

// ---------------------------------------------------------------- kerja sosial hours

async function loadHours(user: CurrentUser, hoursId: string) {
  const h = await prisma.kerjaSosialHours.findFirst({
    // A PK sees only their clients' placements; the Kepala and admin the office's (clientScope).
    where: { id: hoursId, placement: { client: clientScope(user) } },
    select: { id: true, placementId: true, workedOn: true, minutes: true, note: true, recordedById: true, placement: { select: { clientId: true, client: { select: { assignedPkId: true } } } } },
  });
  if (!h) throw notFound("Catatan jam kerja sosial tidak ditemukan.");
  assertMay(user, { authorId: h.recordedById, clientPkId: h.placement.client.assignedPkId });
  return h;
}
const hoursBefore = (h: { placementId: string; workedOn: Date; minutes: number; note: string; recordedById: string }) =>
  ({ placementId: h.placementId, workedOn: toIsoDate(h.workedOn), minutes: h.minutes, note: h.note, recordedById: h.recordedById });

/** The right number of hours (and note) for a day already logged. Checked like a new entry, against the other days. */
export async function correctKerjaSosialHours(user: CurrentUser, input: CorrectKerjaSosialHoursInput, now = clock.now()): Promise<{ id: string }> {
  assertCan(user, "community:correct");
  const h = await loadHours(user, input.hoursId);
  const minutes = parseHours(input.hours)!;
  if (minutes === h.minutes && input.note === h.note) throw invalid("Tidak ada yang berubah.", { hours: ["Ubah jumlah jam atau catatannya."] });
  try {
    return await prisma.$transaction(async (tx) => {
      const placement = await tx.placement.findUniqueOrThrow({ where: { id: h.placementId }, select: { startsOn: true, endsOn: true, hoursPerDay: true, totalHoursOrdered: true, hours: { where: { id: { not: h.id } }, select: { minutes: true } } } });
      const problem = checkHoursEntry({
        workedOn: h.workedOn, minutes, today: todayIn(user.timeZone, now), doneMinutes: placement.hours.reduce((s, x) => s + x.minutes, 0),
        placement: { startsOn: placement.startsOn, endsOn: placement.endsOn, hoursPerDay: placement.hoursPerDay ?? 0, totalHoursOrdered: placement.totalHoursOrdered ?? 0 },
      });
      if (problem) throw invalid(problem.message, { [problem.field === "minutes" ? "hours" : "workedOn"]: [problem.message] });
      // Changed by someone else since it was read: the correction is refused, not merged.
      const res = await tx.kerjaSosialHours.updateMany({ where: { id: h.id, minutes: h.minutes, note: h.note }, data: { minutes, note: input.note } });
      if (res.count === 0) throw conflict("Catatan ini baru saja diubah. Muat ulang halaman lalu coba lagi.");
      await keepRevision(tx, user, {
        kind: "KERJA_SOSIAL_HOURS", recordId: h.id, clientId: h.placement.clientId, action: "CORRECTED", reason: input.reason, before: hoursBefore(h),
        details: { placementId: h.placementId, workedOn: toIsoDate(h.workedOn), minutesBefore: h.minutes, minutes },
      });
      return { id: h.id };
    }, { isolationLevel: "Serializable" });
  } catch (e) {
    if ((e as { code?: string }).code === "P2034") throw conflict("Catatan jam lain baru saja tersimpan. Muat ulang halaman lalu coba lagi.");
    throw e;
  }
}

async function removeHours(user: CurrentUser, input: RemoveCommunityRecordInput) {
  const h = await loadHours(user, input.recordId);
  await prisma.$transaction(async (tx) => {
    const res = await tx.kerjaSosialHours.deleteMany({ where: { id: h.id, minutes: h.minutes, note: h.note } });
    if (res.count === 0) throw conflict("Catatan ini baru saja diubah atau dihapus. Muat ulang halaman.");
    await keepRevision(tx, user, {
      kind: "KERJA_SOSIAL_HOURS", recordId: h.id, clientId: h.placement.clientId, action: "REMOVED", reason: input.reason, before: hoursBefore(h),
      details: { placementId: h.placementId, workedOn: toIsoDate(h.workedOn), minutesBefore: h.minutes },
    });
  });
  return { id: h.id, clientId: h.placement.clientId };
}

// ---------------------------------------------------------------- group sessions

const attendeeSel = { orderBy: { clientId: "asc" }, select: { clientId: true, present: true } } as const;

async function loadSession(user: CurrentUser, sessionId: string) {
  const s = await prisma.groupSession.findFirst({
    where: { id: sessionId, officeId: user.officeId },
    select: { id: true, heldAt: true, place: true, facilitator: true, topic: true, notes: true, createdById: true, attendees: attendeeSel },
  });
  if (!s) throw notFound("Sesi tidak ditemukan.");
  assertMay(user, { authorId: s.createdById });
  return s;
}
const sessionBefore = (s: Awaited<ReturnType<typeof loadSession>>) =>
  ({ heldAt: s.heldAt.toISOString(), place: s.place, facilitator: s.facilitator, topic: s.topic, notes: s.notes, attendees: s.attendees });

/** The session's place, facilitator, topic and notes, and each attendee's presence (or off the list), as they should have been. */
export async function correctGroupSession(user: CurrentUser, input: CorrectGroupSessionInput): Promise<{ id: string }> {
  assertCan(user, "community:correct");
  const s = await loadSession(user, input.sessionId);
  const listed = new Map(s.attendees.map((a) => [a.clientId, a.present]));
  if (input.attendance.some((a) => !listed.has(a.clientId))) throw invalid("Ada peserta yang tidak ada di daftar hadir sesi ini.", { attendance: ["Muat ulang halaman lalu koreksi lagi."] });
  const removed = input.attendance.filter((a) => a.state === "HAPUS").map((a) => a.clientId);
  const flipped = input.attendance.filter((a) => a.state !== "HAPUS" && listed.get(a.clientId) !== (a.state === "HADIR"));
  if (removed.length === s.attendees.length) throw invalid("Sesi tanpa peserta tidak dapat disimpan; hapus sesinya bila dicatat keliru.", { attendance: ["Sisakan sedikitnya satu peserta, atau hapus sesi."] });
  const fields = { place: input.place, facilitator: input.facilitator, topic: input.topic, notes: input.notes };
  const textChanged = (Object.keys(fields) as (keyof typeof fields)[]).some((k) => fields[k] !== s[k]);
  if (!textChanged && removed.length === 0 && flipped.length === 0) throw invalid("Tidak ada yang berubah.", { reason: ["Ubah rincian atau daftar hadir sebelum menyimpan koreksi."] });
  return prisma.$transaction(async (tx) => {
    // Lock the session so two corrections at once cannot both work from the old list.
    await tx.$queryRaw`SELECT id FROM "GroupSession" WHERE id = ${s.id} FOR UPDATE`;
    const now = await tx.groupSession.findUniqueOrThrow({ where: { id: s.id }, select: { place: true, facilitator: true, topic: true, notes: true, attendees: attendeeSel } });
    if (JSON.stringify(sessionBefore({ ...s, ...now })) !== JSON.stringify(sessionBefore(s))) throw conflict("Sesi ini baru saja diubah. Muat ulang halaman lalu coba lagi.");
    await tx.groupSession.update({ where: { id: s.id }, data: fields });
    if (removed.length) await tx.groupSessionAttendee.deleteMany({ where: { sessionId: s.id, clientId: { in: removed } } });
    for (const a of flipped) await tx.groupSessionAttendee.update({ where: { sessionId_clientId: { sessionId: s.id, clientId: a.clientId } }, data: { present: a.state === "HADIR" } });
    await keepRevision(tx, user, { kind: "GROUP_SESSION", recordId: s.id, action: "CORRECTED", reason: input.reason, before: sessionBefore(s), details: { textChanged, removed: removed.length, presenceChanged: flipped.length } });
    // Each client whose entry in the buku perkembangan changed has it in their own file's trail.
    for (const clientId of [...removed, ...flipped.map((a) => a.clientId)]) {
      await audit(tx, user, { action: "group-session.attendance.correct", entityType: "GroupSession", entityId: s.id, clientId, details: { removed: removed.includes(clientId) } });
    }
    return { id: s.id };
  });
}

async function removeSession(user: CurrentUser, input: RemoveCommunityRecordInput) {
  const s = await loadSession(user, input.recordId);
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "GroupSession" WHERE id = ${s.id} FOR UPDATE`;
    const res = await tx.groupSession.deleteMany({ where: { id: s.id } }); // the attendance list goes with it (cascade)
    if (res.count === 0) throw conflict("Sesi ini sudah dihapus.");
    await keepRevision(tx, user, { kind: "GROUP_SESSION", recordId: s.id, action: "REMOVED", reason: input.reason, before: sessionBefore(s), details: { attendees: s.attendees.length } });
    for (const a of s.attendees) await audit(tx, user, { action: "group-session.attendance.correct", entityType: "GroupSession", entityId: s.id, clientId: a.clientId, details: { removed: true } });
  });
  return { id: s.id };
}

// ---------------------------------------------------------------- outreach

async function loadOutreach(user: CurrentUser, outreachId: string) {
  const o = await prisma.outreachActivity.findFirst({
    where: { id: outreachId, officeId: user.officeId },
    select: { id: true, kind: true, heldOn: true, title: true, place: true, participantCount: true, villageOfficials: true, summary: true, createdById: true, partners: { select: { id: true } }, photos: { where: { deletedAt: null }, select: { id: true } } },
  });
  if (!o) throw notFound("Kegiatan tidak ditemukan.");
  assertMay(user, { authorId: o.createdById });
  return o;
}
const outreachBefore = (o: Awaited<ReturnType<typeof loadOutreach>>) => ({
  kind: o.kind, heldOn: toIsoDate(o.heldOn), title: o.title, place: o.place, participantCount: o.participantCount, villageOfficials: o.villageOfficials, summary: o.summary,
  partnerIds: o.partners.map((p) => p.id), photoIds: o.photos.map((p) => p.id),
});

/** The outreach's title, place, participant count, village officials and summary, as they should have been. */
export async function correctOutreach(user: CurrentUser, input: CorrectOutreachInput): Promise<{ id: string }> {
  assertCan(user, "community:correct");
  const o = await loadOutreach(user, input.outreachId);
  const data = { title: input.title, place: input.place, participantCount: input.participantCount, villageOfficials: input.villageOfficials, summary: input.summary };
  if (JSON.stringify(data) === JSON.stringify({ title: o.title, place: o.place, participantCount: o.participantCount, villageOfficials: o.villageOfficials, summary: o.summary })) {
    throw invalid("Tidak ada yang berubah.", { reason: ["Ubah rinciannya sebelum menyimpan koreksi."] });
  }
  return prisma.$transaction(async (tx) => {
    const res = await tx.outreachActivity.updateMany({ where: { id: o.id, title: o.title, place: o.place, participantCount: o.participantCount, summary: o.summary }, data });
    if (res.count === 0) throw conflict("Kegiatan ini baru saja diubah. Muat ulang halaman lalu coba lagi.");
    await keepRevision(tx, user, { kind: "OUTREACH", recordId: o.id, action: "CORRECTED", reason: input.reason, before: outreachBefore(o), details: { participantCountBefore: o.participantCount, participantCount: input.participantCount } });
    return { id: o.id };
  });
}

async function removeOutreach(user: CurrentUser, input: RemoveCommunityRecordInput, now: Date) {
  const o = await loadOutreach(user, input.recordId);
  await prisma.$transaction(async (tx) => {
    // The photos are set aside like a deleted document (kept for the trail, no longer shown), then the activity goes.
    await tx.officeDocument.updateMany({ where: { outreachId: o.id }, data: { outreachId: null, deletedAt: now } });
    const res = await tx.outreachActivity.deleteMany({ where: { id: o.id } });
    if (res.count === 0) throw conflict("Kegiatan ini sudah dihapus.");
    await keepRevision(tx, user, { kind: "OUTREACH", recordId: o.id, action: "REMOVED", reason: input.reason, before: outreachBefore(o), details: { kind: o.kind, heldOn: toIsoDate(o.heldOn), participantCount: o.participantCount } });
  });
  return { id: o.id };
}

/** Removes kerja sosial hours, a group session or an outreach recorded by mistake, keeping what it was and why. */
export async function removeCommunityRecord(user: CurrentUser, input: RemoveCommunityRecordInput, now = clock.now()): Promise<{ id: string; clientId?: string }> {
  assertCan(user, "community:correct");
  if (input.kind === "KERJA_SOSIAL_HOURS") return removeHours(user, input);
  if (input.kind === "GROUP_SESSION") return removeSession(user, input);
  return removeOutreach(user, input, now);
}
