import "server-only";
import { PICKER_LIMIT } from "@/lib/domain/pagination";
import { ageOn, todayIn } from "@/lib/domain/calendar";
import { LITMAS_OPEN_STATUSES, LITMAS_PK_WORK_STATUSES, litmasDueState, normalizeSections, TPP_PURPOSES } from "@/lib/domain/litmas";
import type { LitmasPurpose, Section, TppRecommendation } from "@/lib/domain/enums";
import { EDUCATION_LABEL, GENDER_LABEL, MARITAL_STATUS_LABEL, RELIGION_LABEL } from "@/lib/domain/labels";
import type { LitmasListParams } from "@/lib/schemas/litmas";
import { formatDate } from "@/lib/format";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client.ts";
import { clientScope } from "./scope";
import { clock } from "../../clock";

/**
 * The litmas a user works on: the office's, and for a PK those assigned to them (lists, writes).
 * A Kasi reads the office's like the Kepala; what it may change (assign within its section) is
 * enforced by the services (lib/domain/sections.ts mayAssignInSection).
 */
export function litmasScope(user: Pick<CurrentUser, "id" | "role" | "officeId">): Prisma.LitmasWhereInput {
  return {
    officeId: user.officeId,
    OR: notOnDeletedClient(user),
    ...(user.role === "PK" ? { assignedPkId: user.id } : {}),
  };
}

/**
 * A litmas about someone not in guidance has no client; one about a deleted client is gone, and
 * one about a client of another office too (a transfer moves the client's litmas with it).
 */
const notOnDeletedClient = (user: Pick<CurrentUser, "officeId">): Prisma.LitmasWhereInput[] => [{ clientId: null }, { client: { deletedAt: null, officeId: user.officeId } }];

/**
 * The litmas a user may read: for a PK also the earlier reports on clients now in their caseload
 * (a PK who takes a client over reads what the previous PK wrote). Writing stays with litmasScope.
 */
export function litmasReadScope(user: Pick<CurrentUser, "id" | "role" | "officeId">): Prisma.LitmasWhereInput {
  if (user.role !== "PK") return litmasScope(user);
  return {
    officeId: user.officeId,
    AND: [
      { OR: notOnDeletedClient(user) },
      { OR: [{ assignedPkId: user.id }, { client: { assignedPkId: user.id }, status: "APPROVED" }, recordedAwaitingDisposition(user)] },
    ],
  };
}

/** A request a PK recorded stays in their view until the Kepala disposes it (to them or another PK). */
function recordedAwaitingDisposition(user: Pick<CurrentUser, "id">): Prisma.LitmasWhereInput {
  return { createdById: user.id, status: "REQUESTED" };
}

/** The litmas a user's list shows: what they work on, and for a PK also the requests they recorded. */
export function litmasListScope(user: Pick<CurrentUser, "id" | "role" | "officeId">): Prisma.LitmasWhereInput {
  if (user.role !== "PK") return litmasScope(user);
  return { officeId: user.officeId, AND: [{ OR: notOnDeletedClient(user) }, { OR: [{ assignedPkId: user.id }, recordedAwaitingDisposition(user)] }] };
}

export const LITMAS_PAGE_SIZE = 25;

/** The litmas list: PK their own, Kepala and admin the office. Open ones first by due date. */
export async function listLitmas(user: CurrentUser, params: LitmasListParams, now = clock.now(), limit = LITMAS_PAGE_SIZE) {
  assertCan(user, "client:read");
  const and: Prisma.LitmasWhereInput[] = [litmasListScope(user)];
  // The delivery filter is about approved reports: it replaces the default "active" status.
  const status = params.kirim ? "APPROVED" : (params.status ?? "AKTIF");
  if (status === "AKTIF") and.push({ status: { in: ["REQUESTED", ...LITMAS_OPEN_STATUSES] } });
  else if (status === "DIKERJAKAN") and.push({ status: { in: [...LITMAS_PK_WORK_STATUSES] } });
  else if (status !== "SEMUA") and.push({ status });
  if (params.overdue) and.push({ status: { in: [...LITMAS_OPEN_STATUSES] }, dueAt: { lt: now } });
  if (params.pk && user.role !== "PK") and.push({ assignedPkId: params.pk });
  if (params.kirim === "BELUM") and.push({ status: "APPROVED", deliveredAt: null });
  if (params.kirim === "SUDAH") and.push({ status: "APPROVED", deliveredAt: { not: null } });
  if (params.seksi) and.push({ status: "REQUESTED", section: params.seksi });
  if (params.purpose) and.push({ purpose: params.purpose });
  const rows = await prisma.litmas.findMany({
    where: { AND: and },
    orderBy: [{ dueAt: { sort: "asc", nulls: "first" } }, { receivedAt: "desc" }, { id: "asc" }],
    take: limit + 1,
    select: {
      id: true, number: true, purpose: true, status: true, dueAt: true, receivedAt: true, approvedAt: true, deliveredAt: true,
      requesterInstitution: true, section: true, tppSessionId: true, tppRecommendation: true,
      client: { select: { id: true, registerNumber: true } },
      person: { select: { id: true, fullName: true } },
      assignedPk: { select: { id: true, name: true } },
    },
  });
  return {
    items: rows.slice(0, limit).map((r) => ({ ...r, dueState: litmasDueState(r.status, r.dueAt, now) })),
    truncated: rows.length > limit,
  };
}
export type LitmasListItem = Awaited<ReturnType<typeof listLitmas>>["items"][number];

/** Deadline counts for the list's header: open, due soon, overdue (in the user's scope). */
export async function litmasDeadlineCounts(user: CurrentUser, now = clock.now()) {
  assertCan(user, "client:read");
  const scope = litmasScope(user);
  const open = { ...scope, status: { in: [...LITMAS_OPEN_STATUSES] } };
  const [openCount, overdue, dueSoon, awaitingDisposition] = await Promise.all([
    prisma.litmas.count({ where: open }),
    prisma.litmas.count({ where: { ...open, dueAt: { lt: now } } }),
    prisma.litmas.count({ where: { ...open, dueAt: { gte: now, lte: new Date(now.getTime() + 2 * 86_400_000) } } }),
    user.role === "PK" ? Promise.resolve(0) : prisma.litmas.count({ where: { ...scope, ...awaitingDispositionBy(user) } }),
  ]);
  return { open: openCount, overdue, dueSoon, awaitingDisposition };
}

/**
 * What "awaiting disposition" means for a user: for the Kepala and the admin the requests not yet
 * disposed (neither to a PK nor to a section); for a Kasi the requests disposed to its section.
 */
function awaitingDispositionBy(user: Pick<CurrentUser, "role" | "section">): Prisma.LitmasWhereInput {
  if (user.role === "KASI") return { status: "REQUESTED", ...ownSection(user) };
  return { status: "REQUESTED", disposedAt: null };
}

/** A Kasi's own section as a filter; a Kasi without one matches nothing. */
function ownSection(user: Pick<CurrentUser, "section">): { section: Section } | { id: { in: string[] } } {
  return user.section ? { section: user.section } : { id: { in: [] } };
}

/** Approved reports not yet delivered to the requester (the Kepala's home, the list's filter). */
export async function countUndeliveredLitmas(user: CurrentUser) {
  assertCan(user, "client:read");
  return prisma.litmas.count({ where: { ...litmasScope(user), status: "APPROVED", deliveredAt: null } });
}

/**
 * The Kasi's inbox: requests disposed to its section awaiting a PK (with their clocks, oldest
 * first), and the section's PKs with what they carry.
 */
export async function getKasiInbox(user: CurrentUser, now = clock.now()) {
  assertCan(user, "litmas:dispose");
  if (user.role !== "KASI" || !user.section) return { waiting: [], pks: [], section: user.section };
  const [rows, pks] = await Promise.all([
    prisma.litmas.findMany({
      where: { ...litmasScope(user), status: "REQUESTED", section: user.section },
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { disposedAt: "asc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true, purpose: true, status: true, dueAt: true, receivedAt: true, disposedAt: true, requesterInstitution: true,
        person: { select: { id: true, fullName: true } },
      },
    }),
    listAssignablePks(user),
  ]);
  return {
    section: user.section,
    waiting: rows.map((r) => ({ ...r, dueState: r.dueAt ? litmasDueState("ASSIGNED", r.dueAt, now) : null })),
    pks,
  };
}

/** Submitted integrasi and asimilasi litmas waiting for a sidang TPP (never discussed, or deferred). */
export async function listLitmasForTpp(user: CurrentUser) {
  assertCan(user, "tpp:record");
  const rows = await prisma.litmas.findMany({
    where: { ...litmasScope(user), status: "SUBMITTED", purpose: { in: [...TPP_PURPOSES] }, OR: [{ tppSessionId: null }, { tppRecommendation: "TUNDA" }] },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true, purpose: true, submittedAt: true, requesterInstitution: true, custodyInstitution: true, sections: true, tppRecommendation: true,
      person: { select: { fullName: true } },
      client: { select: { registerNumber: true } },
      assignedPk: { select: { name: true } },
    },
  });
  return rows.map(({ sections, ...r }) => ({ ...r, recommendation: normalizeSections(sections).kesimpulanRekomendasi }));
}

/** The litmas each TPP session discussed (for the sessions list). */
export async function listTppSessionLitmas(user: CurrentUser, sessionIds: string[]) {
  assertCan(user, "tpp:record");
  if (sessionIds.length === 0) return new Map<string, { id: string; purpose: LitmasPurpose; tppRecommendation: TppRecommendation | null; person: { fullName: string } }[]>();
  const rows = await prisma.litmas.findMany({
    where: { ...litmasScope(user), tppSessionId: { in: sessionIds } },
    orderBy: { id: "asc" },
    select: { id: true, purpose: true, tppSessionId: true, tppRecommendation: true, person: { select: { fullName: true } } },
  });
  const out = new Map<string, { id: string; purpose: LitmasPurpose; tppRecommendation: TppRecommendation | null; person: { fullName: string } }[]>();
  for (const { tppSessionId, ...r } of rows) out.set(tppSessionId!, [...(out.get(tppSessionId!) ?? []), r]);
  return out;
}

/** One litmas with its timeline and versions, or null when the user may not see it. Audited. */
export async function getLitmas(user: CurrentUser, litmasId: string, meta: { ip?: string | null } = {}) {
  assertCan(user, "client:read");
  const l = await prisma.litmas.findFirst({
    where: { AND: [litmasReadScope(user), { id: litmasId }] },
    include: {
      person: {
        select: {
          id: true, fullName: true, aliasName: true, gender: true, birthPlace: true, birthDate: true, religion: true, education: true,
          occupation: true, maritalStatus: true, address: true,
        },
      },
      client: { select: { id: true, registerNumber: true, category: true, program: true, offence: true, offenceArticle: true } },
      assignedPk: { select: { id: true, name: true, nip: true } },
      approvedBy: { select: { id: true, name: true } },
      tppSession: { select: { id: true, heldOn: true, chairName: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, action: true, at: true, note: true, actorId: true } },
      versions: { orderBy: { versionNo: "desc" }, select: { versionNo: true, savedAt: true, savedById: true } },
    },
  });
  if (!l) return null;
  await audit(prisma, user, { action: "litmas.view", entityType: "Litmas", entityId: l.id, clientId: l.clientId, personId: l.personId, ip: meta.ip });
  const actorIds = [...new Set([...l.events.map((e) => e.actorId), ...l.versions.map((v) => v.savedById), l.deliveredById].filter((x): x is string => Boolean(x)))];
  const actors = new Map((await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const { client, person, ...rest } = l;
  const today = todayIn(user.timeZone);
  return {
    ...rest,
    person: { id: person.id, fullName: person.fullName },
    client: client ? { id: client.id, registerNumber: client.registerNumber, category: client.category, program: client.program } : null,
    /** Child or adult: the client's category, else the person's age when the request came in. */
    category: client?.category ?? (person.birthDate && ageOn(person.birthDate, todayIn(user.timeZone, l.receivedAt)) < 18 ? "ANAK" : "DEWASA"),
    sections: normalizeSections(l.sections),
    identitasSnapshot: identitySnapshot(person, { registerNumber: client?.registerNumber ?? null, offence: client?.offence ?? l.offence, offenceArticle: client?.offenceArticle ?? l.offenceArticle, custody: l.custodyInstitution }, today),
    dueState: litmasDueState(l.status, l.dueAt, clock.now()),
    events: l.events.map((e) => ({ ...e, actorName: e.actorId ? (actors.get(e.actorId) ?? "—") : "Sistem" })),
    versions: l.versions.map((v) => ({ ...v, savedByName: actors.get(v.savedById) ?? "—" })),
    deliveredByName: l.deliveredById ? (actors.get(l.deliveredById) ?? "—") : null,
  };
}
export type LitmasDetail = NonNullable<Awaited<ReturnType<typeof getLitmas>>>;

/** The person's identity as of today, to start the "identitas" section from. Unknown facts show "—". */
function identitySnapshot(
  p: {
    fullName: string; aliasName: string | null; gender: keyof typeof GENDER_LABEL | null; birthPlace: string | null; birthDate: Date | null;
    religion: keyof typeof RELIGION_LABEL | null; education: keyof typeof EDUCATION_LABEL | null; occupation: string | null;
    maritalStatus: keyof typeof MARITAL_STATUS_LABEL | null; address: string | null;
  },
  c: { registerNumber: string | null; offence: string | null; offenceArticle: string | null; custody: string | null },
  today: Date,
): string {
  const born = [p.birthPlace, p.birthDate ? `${formatDate(p.birthDate)} (${ageOn(p.birthDate, today)} tahun)` : null].filter(Boolean).join(", ");
  return [
    `Nama: ${p.fullName}${p.aliasName ? ` alias ${p.aliasName}` : ""}`,
    c.registerNumber ? `Nomor register: ${c.registerNumber}` : null,
    c.custody ? `Tempat penahanan / pembinaan: ${c.custody}` : null,
    `Jenis kelamin: ${p.gender ? GENDER_LABEL[p.gender] : "—"}`,
    `Tempat, tanggal lahir: ${born || "—"}`,
    `Agama: ${p.religion ? RELIGION_LABEL[p.religion] : "—"}`,
    `Pendidikan terakhir: ${p.education ? EDUCATION_LABEL[p.education] : "—"}`,
    `Pekerjaan: ${p.occupation ?? "—"}`,
    `Status perkawinan: ${p.maritalStatus ? MARITAL_STATUS_LABEL[p.maritalStatus] : "—"}`,
    `Alamat: ${p.address ?? "—"}`,
    `Perkara: ${c.offence ? `${c.offence}${c.offenceArticle ? ` (${c.offenceArticle})` : ""}` : "—"}`,
  ].filter((line): line is string => line !== null).join("\n");
}

/** One saved version's sections, or null when the user may not see the litmas or it has no such version. */
export async function getLitmasVersion(user: CurrentUser, litmasId: string, versionNo: number) {
  assertCan(user, "client:read");
  if (!Number.isInteger(versionNo) || versionNo < 1 || versionNo > 1_000_000) return null;
  const v = await prisma.litmasVersion.findFirst({
    where: { versionNo, litmas: { AND: [litmasReadScope(user), { id: litmasId }] } },
    select: {
      versionNo: true, savedAt: true, sections: true, savedById: true,
      litmas: { select: { id: true, clientId: true, personId: true, currentVersionNo: true, purpose: true, person: { select: { fullName: true } } } },
    },
  });
  if (!v) return null;
  await audit(prisma, user, { action: "litmas.version.view", entityType: "Litmas", entityId: v.litmas.id, clientId: v.litmas.clientId, personId: v.litmas.personId, details: { versionNo } });
  const savedBy = await prisma.user.findUnique({ where: { id: v.savedById }, select: { name: true } });
  return { ...v, sections: normalizeSections(v.sections), savedByName: savedBy?.name ?? "—" };
}

/**
 * Two saved versions of a litmas side by side, older first, or null when the user may not see the
 * litmas or either version is missing. Scoped like the litmas view and audited once, as a compare.
 */
export async function getLitmasVersionPair(user: CurrentUser, litmasId: string, from: number, to: number) {
  assertCan(user, "client:read");
  const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= 1_000_000;
  if (!ok(from) || !ok(to) || from === to) return null;
  const rows = await prisma.litmasVersion.findMany({
    where: { versionNo: { in: [from, to] }, litmas: { AND: [litmasReadScope(user), { id: litmasId }] } },
    orderBy: { versionNo: "asc" },
    select: {
      versionNo: true, savedAt: true, sections: true, savedById: true,
      litmas: { select: { id: true, clientId: true, personId: true, currentVersionNo: true, purpose: true, person: { select: { fullName: true } } } },
    },
  });
  if (rows.length !== 2) return null;
  const [older, newer] = rows;
  await audit(prisma, user, {
    action: "litmas.version.compare", entityType: "Litmas", entityId: older.litmas.id, clientId: older.litmas.clientId, personId: older.litmas.personId,
    details: { from: older.versionNo, to: newer.versionNo },
  });
  const names = new Map((await prisma.user.findMany({ where: { id: { in: [older.savedById, newer.savedById] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const version = (v: typeof older) => ({ versionNo: v.versionNo, savedAt: v.savedAt, savedByName: names.get(v.savedById) ?? "—", sections: normalizeSections(v.sections) });
  return { litmas: older.litmas, older: version(older), newer: version(newer) };
}

/**
 * Clients a litmas can be requested for (active ones in the user's scope) whose name contains `q` or
 * whose register number starts with it, for the picker: a bounded search, never the whole office.
 */
export async function searchRequestableClients(user: CurrentUser, q: string) {
  assertCan(user, "litmas:request");
  const term = q.trim();
  if (term.length < 2) return [];
  return prisma.client.findMany({
    where: {
      AND: [clientScope(user), { status: "AKTIF" }, {
        OR: [{ fullName: { contains: term, mode: "insensitive" } }, { registerNumber: { startsWith: term, mode: "insensitive" } }],
      }],
    },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    take: PICKER_LIMIT,
    select: { id: true, fullName: true, registerNumber: true },
  });
}

/** One requestable client by id (a link's ?client=), or null when it is not in the user's scope. */
export async function getRequestableClient(user: CurrentUser, id: string) {
  assertCan(user, "litmas:request");
  return prisma.client.findFirst({
    where: { AND: [clientScope(user), { status: "AKTIF", id }] },
    select: { id: true, fullName: true, registerNumber: true },
  });
}

/** The active PKs a litmas can be disposed to (a Kasi: those of its section), with their open litmas load. */
export async function listAssignablePks(user: CurrentUser) {
  assertCan(user, "litmas:dispose");
  const section = user.role === "KASI" ? ownSection(user) : {};
  const [pks, load] = await Promise.all([
    prisma.user.findMany({ where: { officeId: user.officeId, role: "PK", active: true, ...section }, orderBy: { name: "asc" }, select: { id: true, name: true, section: true } }),
    prisma.litmas.groupBy({ by: ["assignedPkId"], where: { officeId: user.officeId, status: { in: [...LITMAS_PK_WORK_STATUSES] } }, _count: { _all: true } }),
  ]);
  const byPk = new Map(load.map((r) => [r.assignedPkId, r._count._all]));
  return pks.map((p) => ({ ...p, openLitmas: byPk.get(p.id) ?? 0 }));
}
