import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import {
  agreementDeadlineState, expectedNextStep, imposedMeasure, officialActionState, PENDAMPINGAN_OPEN_STATUSES, presenceState,
} from "@/lib/domain/pendampingan";
import { maskNik } from "@/lib/domain/nik";
import type { PendampinganListParams } from "@/lib/schemas/pendampingan";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import type { Prisma } from "../generated/prisma/client.ts";
import { litmasReadScope } from "./litmas";
import { pendampinganScope } from "./scope";
import { clock } from "../../clock";

export const PENDAMPINGAN_PAGE_SIZE = 25;

const OPEN = [...PENDAMPINGAN_OPEN_STATUSES];
/** Open and the PK not yet present: the 1x24-hour clock is running. */
const CLOCK_RUNNING: Prisma.PendampinganWhereInput = { status: { in: OPEN }, firstAttendedAt: null };

const LIST_SELECT = {
  id: true, number: true, status: true, childRole: true, receivedAt: true, dueAt: true, firstAttendedAt: true, requesterInstitution: true,
  offence: true, section: true, disposedAt: true,
  person: { select: { id: true, fullName: true } },
  assignedPk: { select: { id: true, name: true } },
  agreement: { select: { status: true, deadline: true, reportDueAt: true, officialActionAt: true } },
} satisfies Prisma.PendampinganSelect;

type ListRow = Prisma.PendampinganGetPayload<{ select: typeof LIST_SELECT }>;

function withClocks(r: ListRow, now: Date, today: Date) {
  return {
    ...r,
    presence: presenceState(r, now),
    agreementState: r.agreement ? agreementDeadlineState(r.agreement, today) : null,
    officialState: r.agreement ? officialActionState(r.agreement, now) : null,
  };
}
export type PendampinganListItem = ReturnType<typeof withClocks>;

/**
 * The pendampingan list: the cases whose 1x24-hour clock is running first (the most urgent on
 * top), then the rest, newest first. Offset paging over the two parts.
 */
export async function listPendampingan(user: CurrentUser, params: PendampinganListParams, now = clock.now()) {
  assertCan(user, "pendampingan:read");
  const scope = pendampinganScope(user);
  const status = params.status ?? "AKTIF";
  const filter: Prisma.PendampinganWhereInput =
    status === "AKTIF" ? { status: { in: OPEN } } : status === "SEMUA" ? {} : { status };
  const running: Prisma.PendampinganWhereInput = { AND: [scope, filter, CLOCK_RUNNING] };
  const rest: Prisma.PendampinganWhereInput = { AND: [scope, filter, { NOT: CLOCK_RUNNING }] };
  const [runningCount, restCount] = await Promise.all([prisma.pendampingan.count({ where: running }), prisma.pendampingan.count({ where: rest })]);
  const total = runningCount + restCount;
  const pages = Math.max(1, Math.ceil(total / PENDAMPINGAN_PAGE_SIZE));
  const page = Math.min(params.page ?? 1, pages);
  const offset = (page - 1) * PENDAMPINGAN_PAGE_SIZE;
  const fromRunning = Math.max(0, Math.min(PENDAMPINGAN_PAGE_SIZE, runningCount - offset));
  const [a, b] = await Promise.all([
    fromRunning > 0
      ? prisma.pendampingan.findMany({ where: running, orderBy: [{ dueAt: "asc" }, { id: "asc" }], skip: offset, take: fromRunning, select: LIST_SELECT })
      : Promise.resolve([]),
    fromRunning < PENDAMPINGAN_PAGE_SIZE
      ? prisma.pendampingan.findMany({
          where: rest, orderBy: [{ receivedAt: "desc" }, { id: "asc" }], skip: Math.max(0, offset - runningCount),
          take: PENDAMPINGAN_PAGE_SIZE - fromRunning, select: LIST_SELECT,
        })
      : Promise.resolve([]),
  ]);
  const today = todayIn(user.timeZone, now);
  // `start`: the first row's place in the list, counted from 1 (the pager's "26–50 dari N").
  return { items: [...a, ...b].map((r) => withClocks(r, now, today)), total, page, pages, start: offset + 1, runningCount };
}

/**
 * The open cases with a clock the user should act on, most urgent first: the 1x24-hour presence,
 * an agreement's deadline, a non-execution report awaiting the official. For home pages and tasks.
 */
export async function pendampinganClocks(user: CurrentUser, now = clock.now(), take = 20) {
  assertCan(user, "pendampingan:read");
  const rows = await prisma.pendampingan.findMany({
    // A Kasi watches the clocks of its own section.
    where: { AND: [pendampinganScope(user), { status: { in: OPEN } }, user.role === "KASI" && user.section ? { section: user.section } : {}] },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: 200,
    select: LIST_SELECT,
  });
  const today = todayIn(user.timeZone, now);
  type Item = { kind: "PRESENCE" | "AGREEMENT_DEADLINE" | "OFFICIAL_ACTION"; dueAt: Date; state: "OVERDUE" | "DUE_SOON" | "ON_TIME"; row: PendampinganListItem };
  const items: Item[] = [];
  for (const r of rows) {
    const row = withClocks(r, now, today);
    if (row.presence && row.presence !== "MET") items.push({ kind: "PRESENCE", dueAt: r.dueAt, state: row.presence, row });
    else if (r.agreement?.status === "NOT_CARRIED_OUT" && r.agreement.reportDueAt && row.officialState && row.officialState !== "MET") {
      items.push({ kind: "OFFICIAL_ACTION", dueAt: r.agreement.reportDueAt, state: row.officialState, row });
    } else if (r.agreement?.status === "SUPERVISED" && row.agreementState && row.agreementState !== "MET") {
      items.push({ kind: "AGREEMENT_DEADLINE", dueAt: new Date(r.agreement.deadline.getTime() + 86_400_000 - 1), state: row.agreementState, row });
    }
  }
  // The presence clock is counted in hours: it comes first, then the rest by due instant.
  items.sort((x, y) => (x.kind === "PRESENCE" ? 0 : 1) - (y.kind === "PRESENCE" ? 0 : 1) || x.dueAt.getTime() - y.dueAt.getTime());
  return items.slice(0, take);
}
export type PendampinganClockItem = Awaited<ReturnType<typeof pendampinganClocks>>[number];

/** One case with everything its page shows; viewing it is audited. Null outside the scope. */
export async function getPendampingan(user: CurrentUser, id: string, meta: { ip?: string | null } = {}, now = clock.now()) {
  assertCan(user, "pendampingan:read");
  if (id.length > 60) return null;
  const p = await prisma.pendampingan.findFirst({
    where: { AND: [pendampinganScope(user), { id }] },
    include: {
      person: {
        select: {
          id: true, fullName: true, aliasName: true, nik: true, birthPlace: true, birthDate: true, gender: true, address: true,
          guardianName: true, guardianRelation: true, guardianPhone: true,
        },
      },
      assignedPk: { select: { id: true, name: true, section: true } },
      steps: { orderBy: [{ heldAt: "asc" }, { createdAt: "asc" }] },
      agreement: true,
      client: { select: { id: true, registerNumber: true } },
    },
  });
  if (!p) return null;
  const [litmas, recorders] = await Promise.all([
    prisma.litmas.findMany({
      where: { AND: [litmasReadScope(user), { pendampinganId: p.id }] },
      orderBy: { receivedAt: "asc" },
      select: { id: true, purpose: true, status: true, number: true, dueAt: true },
    }),
    prisma.user.findMany({
      where: { officeId: user.officeId, id: { in: [...new Set([p.createdById, p.assignedById, p.assignmentLetterIssuedById, ...p.steps.map((s) => s.recordedById)].filter((x): x is string => Boolean(x)))] } },
      select: { id: true, name: true },
    }),
  ]);
  await audit(prisma, user, { action: "pendampingan.view", entityType: "Pendampingan", entityId: p.id, personId: p.personId, ip: meta.ip });
  const names = new Map(recorders.map((u) => [u.id, u.name]));
  const today = todayIn(user.timeZone, now);
  const { nik, ...person } = p.person;
  return {
    ...p,
    person: { ...person, nikMasked: maskNik(nik) },
    litmas,
    names,
    presence: presenceState(p, now),
    agreementState: p.agreement ? agreementDeadlineState(p.agreement, today) : null,
    officialState: p.agreement ? officialActionState(p.agreement, now) : null,
    nextStep: expectedNextStep(p),
    measure: imposedMeasure(p.steps),
  };
}
export type PendampinganFile = NonNullable<Awaited<ReturnType<typeof getPendampingan>>>;

/** The PKs the Kepala (any of the office) or a Kasi (its section's) may assign, with their open cases. */
export async function assignablePks(user: CurrentUser) {
  const pks = await prisma.user.findMany({
    where: { officeId: user.officeId, role: "PK", active: true, ...(user.role === "KASI" ? { section: user.section ?? "BKA" } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, section: true, _count: { select: { pendampingan: { where: { status: { in: OPEN } } } } } },
  });
  return pks.map((p) => ({ id: p.id, name: p.name, section: p.section, openCases: p._count.pendampingan }));
}

/** What the surat tugas prints: the office's letterhead, the PK, the child and the request. */
export async function getAssignmentLetterForPdf(user: CurrentUser, id: string) {
  assertCan(user, "pendampingan:read");
  if (id.length > 60) return null;
  const p = await prisma.pendampingan.findFirst({
    where: { AND: [pendampinganScope(user), { id }, { assignmentLetterNumber: { not: null } }] },
    select: {
      id: true, personId: true, number: true, assignmentLetterNumber: true, assignmentLetterIssuedAt: true, assignmentLetterIssuedById: true,
      childRole: true, requesterInstitution: true, requesterLetterNumber: true, requesterLetterDate: true, receivedAt: true, dueAt: true,
      offence: true, offenceArticle: true, investigatorName: true,
      person: { select: { fullName: true, birthDate: true, gender: true } },
      assignedPk: { select: { name: true, nip: true } },
      office: { select: { name: true, city: true, address: true, phone: true, email: true, letterheadLine1: true, letterheadLine2: true, timeZone: true } },
    },
  });
  if (!p || !p.assignedPk) return null;
  const signer = p.assignmentLetterIssuedById
    ? await prisma.user.findFirst({ where: { id: p.assignmentLetterIssuedById, officeId: user.officeId }, select: { name: true, nip: true } })
    : null;
  return { ...p, signer };
}
export type AssignmentLetterForPdf = NonNullable<Awaited<ReturnType<typeof getAssignmentLetterForPdf>>>;

/** A pendampingan whose putusan/penetapan imposed an SPPA measure, not yet carried into guidance, in the user's scope. */
export async function pendampinganForGuidance(user: CurrentUser, id: string) {
  const p = await prisma.pendampingan.findFirst({
    where: { AND: [pendampinganScope(user), { id }] },
    select: {
      id: true, number: true, personId: true, assignedPkId: true, clientId: true, offence: true, offenceArticle: true,
      steps: { where: { kind: { in: ["PUTUSAN", "PENETAPAN"] }, measure: { not: null } }, orderBy: { heldAt: "desc" }, take: 1, select: { measure: true, decisionNumber: true, heldAt: true, place: true } },
    },
  });
  if (!p) throw notFound("Pendampingan tidak ditemukan.");
  if (p.clientId) throw conflict("Pembimbingan dari putusan ini sudah dimulai.");
  if (!p.steps[0]) throw invalid("Pembimbingan dimulai dari putusan atau penetapan yang menjatuhkan pidana/tindakan yang diawasi Bapas.");
  return { ...p, decision: p.steps[0] };
}

/**
 * The registration form's starting values for guidance after a putusan on a pendampingan: the
 * child and the decision carried forward (program = the measure, category ANAK). Null when the
 * case is not such a one, or not the user's.
 */
export async function getGuidanceStartFromPendampingan(user: CurrentUser, id: string) {
  assertCan(user, "client:create");
  if (id.length > 60) return null;
  const p = await pendampinganForGuidance(user, id).catch(() => null);
  if (!p) return null;
  const person = await prisma.person.findUniqueOrThrow({ where: { id: p.personId } });
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  const initial = {
    category: "ANAK" as const,
    fullName: person.fullName, aliasName: person.aliasName ?? "", nik: person.nik ?? "", birthPlace: person.birthPlace ?? "", birthDate: iso(person.birthDate),
    gender: person.gender ?? "", religion: person.religion ?? "", education: person.education ?? "", occupation: person.occupation ?? "", maritalStatus: person.maritalStatus ?? "",
    address: person.address ?? "", city: person.city ?? "", phone: person.phone ?? "",
    familyContactName: person.guardianName ?? "", familyContactRelation: person.guardianRelation ?? "", familyContactPhone: person.guardianPhone ?? "",
    guarantorName: "", guarantorRelation: "", guarantorAddress: "", guarantorPhone: "",
    originType: "PENGADILAN" as const, originInstitution: p.decision.place,
    offence: p.offence, offenceArticle: p.offenceArticle ?? "", courtDecisionNumber: p.decision.decisionNumber ?? "", courtDecisionDate: iso(todayIn(user.timeZone, p.decision.heldAt)),
    sentenceMonths: "", sentenceDays: "", expiryDate: "", program: p.decision.measure!, guidanceStart: "", guidanceEnd: "",
    decreeNumber: "", decreeDate: "", decreeIssuer: "", fromPendampinganId: p.id,
  };
  return { pendampingan: { id: p.id, number: p.number }, initial };
}
