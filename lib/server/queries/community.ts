import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { agreementState, agreementWarningCutoff, kerjaSosialSummary, mayCorrectCommunityRecord, type CommunityRecordKind } from "@/lib/domain/community";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { can } from "@/lib/domain/permissions";
import { audit } from "../audit";
import { prisma } from "../db";
import { clientScope } from "./scope";
import { clock } from "../../clock";

// Reads of the partner registry, placements, group sessions and outreach (issue 14, part A). The
// registry and outreach are the office's (every officer sees them); placements and attendees are
// clients' data and follow clientScope (a PK sees only their own clients among them).

const agreementSel = { id: true, number: true, signedOn: true, expiresOn: true, note: true, documentId: true } as const;

/** The office's Pokmas Lipas with their member mitra, and the mitra with no Pokmas. */
export async function listPartners(user: CurrentUser, now = clock.now()) {
  assertCan(user, "partner:read");
  const today = todayIn(user.timeZone, now);
  const rows = await prisma.partner.findMany({
    where: { officeId: user.officeId },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
    select: {
      id: true, kind: true, name: true, category: true, field: true, pokmasField: true, pokmasId: true, contactPerson: true, phone: true, active: true,
      agreements: { orderBy: { expiresOn: "desc" }, take: 1, select: agreementSel },
      _count: { select: { placements: { where: { endedAt: null, client: clientScope(user) } } } },
    },
  });
  const withState = rows.map((r) => ({ ...r, agreement: r.agreements[0] ? { ...r.agreements[0], state: agreementState(r.agreements[0].expiresOn, today) } : null, activePlacements: r._count.placements }));
  const pokmas = withState.filter((r) => r.kind === "POKMAS").map((p) => ({ ...p, members: withState.filter((m) => m.pokmasId === p.id) }));
  const loose = withState.filter((r) => r.kind === "MITRA" && !r.pokmasId);
  return { pokmas, loose, all: withState };
}

/** Options for a partner picker: the office's active partners. */
export async function partnerOptions(user: CurrentUser) {
  assertCan(user, "partner:read");
  return prisma.partner.findMany({ where: { officeId: user.officeId, active: true }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true, category: true } });
}

/** One partner with its agreements, members and the placements the user may see. */
export async function getPartner(user: CurrentUser, id: string, now = clock.now()) {
  assertCan(user, "partner:read");
  const today = todayIn(user.timeZone, now);
  const p = await prisma.partner.findFirst({
    where: { id, officeId: user.officeId },
    select: {
      id: true, kind: true, name: true, category: true, field: true, pokmasField: true, pokmasId: true, contactPerson: true, phone: true, address: true, active: true, version: true,
      pokmas: { select: { id: true, name: true } },
      members: { orderBy: { name: "asc" }, select: { id: true, name: true, category: true, field: true, contactPerson: true, phone: true } },
      agreements: { orderBy: { expiresOn: "desc" }, select: { ...agreementSel, document: { select: { mimeType: true, size: true } } } },
      placements: {
        where: { client: clientScope(user) },
        orderBy: [{ endedAt: { sort: "asc", nulls: "first" } }, { startsOn: "desc" }],
        select: {
          id: true, startsOn: true, endsOn: true, endedAt: true, purpose: true, kerjaSosial: true, hoursPerDay: true, totalHoursOrdered: true,
          client: { select: { id: true, fullName: true, registerNumber: true } },
          hours: { select: { minutes: true } },
        },
      },
    },
  });
  if (!p) return null;
  // The page names the clients placed there: the view is audited like a list of client files.
  if (p.placements.length) await audit(prisma, user, { action: "partner.view", entityType: "Partner", entityId: p.id, details: { placementsShown: p.placements.length } });
  const placements = p.placements.map(({ hours, ...pl }) => ({ ...pl, summary: pl.kerjaSosial && pl.totalHoursOrdered ? kerjaSosialSummary(pl.totalHoursOrdered, hours.map((h) => h.minutes)) : null }));
  return {
    ...p,
    agreements: p.agreements.map((a) => ({ ...a, state: agreementState(a.expiresOn, today) })),
    placements,
    totals: {
      active: placements.filter((x) => !x.endedAt).length,
      all: placements.length,
      kerjaSosialDoneMinutes: placements.reduce((s, x) => s + (x.summary?.doneMinutes ?? 0), 0),
      kerjaSosialOrderedMinutes: placements.reduce((s, x) => s + (x.summary?.orderedMinutes ?? 0), 0),
    },
  };
}

/** Agreements of the office expiring within 60 days or already expired (the latest per partner), for the Kepala's inbox. */
export async function listAgreementsNeedingRenewal(user: CurrentUser, now = clock.now()) {
  assertCan(user, "partner:manage");
  const today = todayIn(user.timeZone, now);
  const rows = await prisma.partnerAgreement.findMany({
    where: { officeId: user.officeId, partner: { active: true } },
    orderBy: [{ partnerId: "asc" }, { expiresOn: "desc" }],
    distinct: ["partnerId"],
    select: { id: true, number: true, expiresOn: true, partner: { select: { id: true, name: true } } },
  });
  const cutoff = agreementWarningCutoff(today);
  return rows.filter((r) => r.expiresOn <= cutoff).map((r) => ({ ...r, state: agreementState(r.expiresOn, today) })).sort((a, b) => a.expiresOn.getTime() - b.expiresOn.getTime());
}

/** The client's placements with their kerja sosial summary and hours log (client file and placement page). */
export async function listClientPlacements(user: CurrentUser, clientId: string) {
  assertCan(user, "client:read");
  const rows = await prisma.placement.findMany({
    where: { clientId, client: clientScope(user) },
    orderBy: [{ startsOn: "desc" }],
    select: {
      id: true, startsOn: true, endsOn: true, endedAt: true, purpose: true, kerjaSosial: true, hoursPerDay: true, totalHoursOrdered: true, version: true,
      partner: { select: { id: true, name: true, category: true } },
      hours: { orderBy: { workedOn: "desc" }, select: { id: true, workedOn: true, minutes: true, note: true, recordedById: true, createdAt: true } },
    },
  });
  const recorderIds = [...new Set(rows.flatMap((r) => r.hours.map((h) => h.recordedById)))];
  const recorders = new Map((await prisma.user.findMany({ where: { id: { in: recorderIds }, officeId: user.officeId }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const pkId = rows.length ? (await prisma.client.findUnique({ where: { id: clientId }, select: { assignedPkId: true } }))?.assignedPkId : null;
  // Corrections and removals of the hours, per placement (the removed entries are only here).
  const revisions = rows.some((r) => r.kerjaSosial) ? await revisionsOf(user, "KERJA_SOSIAL_HOURS", { clientId }) : [];
  return rows.map((r) => ({
    ...r,
    hours: r.hours.map((h) => ({ ...h, recordedBy: recorders.get(h.recordedById) ?? "—", canCorrect: can(user.role, "community:correct") && mayCorrectCommunityRecord(user, { authorId: h.recordedById, clientPkId: pkId }) })),
    summary: r.kerjaSosial && r.totalHoursOrdered ? kerjaSosialSummary(r.totalHoursOrdered, r.hours.map((h) => h.minutes)) : null,
    revisions: revisions.filter((v) => (v.before as { placementId?: string }).placementId === r.id),
  }));
}

/** The form's context for a new placement: the client (in scope) and the partners. */
export async function getPlacementFormContext(user: CurrentUser, clientId: string) {
  assertCan(user, "placement:write");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: clientId }] }, select: { id: true, fullName: true, registerNumber: true, program: true, status: true, guidanceStart: true, guidanceEnd: true } });
  if (!client) return null;
  return { client, partners: await partnerOptions(user) };
}

// ---------------------------------------------------------------- group sessions

/** The checklist for a new group session: the recorder's active clients (a PK's own, the admin's office). */
export async function getGroupSessionFormContext(user: CurrentUser) {
  assertCan(user, "group-session:record");
  const [clients, partners] = await Promise.all([
    prisma.client.findMany({
      where: { ...clientScope(user), status: "AKTIF" },
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, fullName: true, registerNumber: true, assignedPk: { select: { name: true } } },
    }),
    partnerOptions(user),
  ]);
  return { clients, partners };
}

/**
 * The office's group sessions, newest first. A PK sees the ones they recorded or that include one of
 * their clients; counts are of the attendees the user may see.
 */
export async function listGroupSessions(user: CurrentUser, take = 50) {
  assertCan(user, "client:read");
  const where = user.role === "PK"
    ? { officeId: user.officeId, OR: [{ createdById: user.id }, { attendees: { some: { client: clientScope(user) } } }] }
    : { officeId: user.officeId };
  const rows = await prisma.groupSession.findMany({
    where,
    orderBy: [{ heldAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true, heldAt: true, place: true, guidanceType: true, approach: true, facilitator: true, topic: true,
      partner: { select: { name: true } },
      attendees: { where: { client: clientScope(user) }, select: { present: true } },
      _count: { select: { attendees: true } },
    },
  });
  return rows.map(({ attendees, _count, ...r }) => ({ ...r, visible: attendees.length, present: attendees.filter((a) => a.present).length, total: _count.attendees }));
}

/** One group session with the attendees the user may see (others only counted). Audited: it lists clients. */
export async function getGroupSession(user: CurrentUser, id: string) {
  assertCan(user, "client:read");
  const s = await prisma.groupSession.findFirst({
    where: { id, officeId: user.officeId, ...(user.role === "PK" ? { OR: [{ createdById: user.id }, { attendees: { some: { client: clientScope(user) } } }] } : {}) },
    select: {
      id: true, heldAt: true, place: true, guidanceType: true, approach: true, facilitator: true, topic: true, notes: true, createdById: true, createdAt: true,
      partner: { select: { id: true, name: true } },
      attendees: { where: { client: clientScope(user) }, orderBy: { client: { fullName: "asc" } }, select: { present: true, client: { select: { id: true, fullName: true, registerNumber: true } } } },
      _count: { select: { attendees: true } },
    },
  });
  if (!s) return null;
  const recorder = await prisma.user.findFirst({ where: { id: s.createdById, officeId: user.officeId }, select: { name: true } });
  await audit(prisma, user, { action: "group-session.view", entityType: "GroupSession", entityId: s.id, details: { attendeesShown: s.attendees.length } });
  return {
    ...s, recordedBy: recorder?.name ?? "—", hidden: s._count.attendees - s.attendees.length,
    canCorrect: can(user.role, "community:correct") && mayCorrectCommunityRecord(user, { authorId: s.createdById }),
    revisions: await revisionsOf(user, "GROUP_SESSION", { recordId: s.id }),
  };
}

// ---------------------------------------------------------------- outreach

export async function listOutreach(user: CurrentUser, take = 50) {
  assertCan(user, "partner:read");
  return prisma.outreachActivity.findMany({
    where: { officeId: user.officeId },
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, title: true, place: true, heldOn: true, participantCount: true, _count: { select: { photos: { where: { deletedAt: null } }, partners: true } } },
  });
}

export async function getOutreach(user: CurrentUser, id: string) {
  assertCan(user, "partner:read");
  const o = await prisma.outreachActivity.findFirst({
    where: { id, officeId: user.officeId },
    select: {
      id: true, kind: true, title: true, place: true, heldOn: true, participantCount: true, villageOfficials: true, summary: true, createdById: true, createdAt: true,
      partners: { orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } },
      photos: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, size: true, mimeType: true } },
    },
  });
  if (!o) return null;
  const recorder = await prisma.user.findFirst({ where: { id: o.createdById, officeId: user.officeId }, select: { name: true } });
  return {
    ...o, recordedBy: recorder?.name ?? "—",
    canCorrect: can(user.role, "community:correct") && mayCorrectCommunityRecord(user, { authorId: o.createdById }),
    revisions: await revisionsOf(user, "OUTREACH", { recordId: o.id }),
  };
}

/** Outreach activities of the office held between two calendar dates (inclusive), with their participants. */
export async function countOutreach(user: CurrentUser, from: Date, to: Date) {
  assertCan(user, "office:overview");
  const agg = await prisma.outreachActivity.aggregate({ where: { officeId: user.officeId, heldOn: { gte: from, lte: to } }, _count: { _all: true }, _sum: { participantCount: true } });
  return { activities: agg._count._all, participants: agg._sum.participantCount ?? 0 };
}

// ---------------------------------------------------------------- office documents

/**
 * An office document's bytes for download (an agreement or an outreach photo of the user's office),
 * else null. Every download is audited.
 */
export async function getOfficeDocumentForDownload(user: CurrentUser, id: string, meta: { ip?: string | null } = {}) {
  assertCan(user, "partner:read");
  const doc = await prisma.officeDocument.findFirst({
    where: { id, officeId: user.officeId, deletedAt: null },
    select: { id: true, title: true, mimeType: true, size: true, purpose: true, content: { select: { bytes: true } } },
  });
  if (!doc?.content) return null;
  await audit(prisma, user, { action: "office-document.download", entityType: "OfficeDocument", entityId: doc.id, details: { purpose: doc.purpose, ip: meta.ip ?? null } });
  return { ...doc, bytes: doc.content.bytes };
}


// ---------------------------------------------------------------- corrections (decision 0022)

/** What a community record said before each correction or removal, newest first, with who did it and why. */
async function revisionsOf(user: CurrentUser, kind: CommunityRecordKind, where: { recordId?: string; clientId?: string }) {
  const rows = await prisma.communityRecordRevision.findMany({
    where: { officeId: user.officeId, kind, ...where },
    orderBy: { revisedAt: "desc" },
    take: 50,
    select: { id: true, recordId: true, action: true, reason: true, before: true, revisedAt: true, revisedById: true },
  });
  const names = new Map((await prisma.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.revisedById))] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map(({ revisedById, ...r }) => ({ ...r, revisedBy: names.get(revisedById) ?? "—" }));
}
