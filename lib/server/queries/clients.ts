import "server-only";
import { z } from "zod";
import { mayOpenClientLitmas } from "@/lib/domain/litmas";
import { maskNik } from "@/lib/domain/nik";
import { decodeCursor, encodeCursor } from "@/lib/domain/pagination";
import { ZPageFrom } from "@/lib/schemas/pagination";
import { addDays, addMonths, utcDate } from "@/lib/domain/calendar";
import { CLIENT_CATEGORIES, CLIENT_STATUSES, EMPLOYMENT_STATUSES, GENDERS, PROGRAMS, STAGE_KINDS } from "@/lib/domain/enums";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { audit } from "../audit";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client.ts";
import { clientScope } from "./scope";
import { nextReportOf } from "./reporting";

export const ZClientListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  program: z.enum(PROGRAMS).optional().catch(undefined),
  stage: z.enum(STAGE_KINDS).optional().catch(undefined),
  // Adult/child and gender: the dashboard's segments link here.
  category: z.enum(CLIENT_CATEGORIES).optional().catch(undefined),
  gender: z.enum(GENDERS).optional().catch(undefined),
  // "SEMUA" shows every status; no value means the default, AKTIF.
  status: z.enum([...CLIENT_STATUSES, "SEMUA"]).optional().catch(undefined),
  pk: z.string().max(40).optional().catch(undefined),
  // The dashboard's trend and employment bars link here: guidance started / ended in a month
  // ("2026-03", the office's calendar days), and the employment on file.
  mulai: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().catch(undefined),
  berakhir: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().catch(undefined),
  kerja: z.enum([...EMPLOYMENT_STATUSES, "BELUM"]).optional().catch(undefined),
  after: z.string().max(600).optional().catch(undefined),
  before: z.string().max(600).optional().catch(undefined),
  dari: ZPageFrom,
});
export type ClientListParams = z.infer<typeof ZClientListParams>;

export const CLIENT_PAGE_SIZE = 25;

export interface ClientListItem {
  id: string;
  registerNumber: string;
  fullName: string;
  nikMasked: string;
  category: "DEWASA" | "ANAK";
  program: (typeof PROGRAMS)[number];
  currentStage: (typeof STAGE_KINDS)[number] | null;
  status: (typeof CLIENT_STATUSES)[number];
  guidanceEnd: Date;
  pk: { id: string; name: string } | null;
}

export interface ClientListPage {
  items: ClientListItem[];
  /** Every client under the filters (an exact count, one statement). */
  total: number;
  nextCursor: string | null;
  prevCursor: string | null;
}

/**
 * The client list, keyset-paginated on (fullName, id): no OFFSET; with the exact count of the
 * filtered list (one count statement) for "1–25 dari N". Search matches
 * part of the name (case-insensitive) or the start of the register number.
 */
export async function listClients(user: CurrentUser, params: ClientListParams, pageSize = CLIENT_PAGE_SIZE): Promise<ClientListPage> {
  assertCan(user, "client:read");
  const and: Prisma.ClientWhereInput[] = [clientScope(user)];
  if (params.q) {
    and.push({
      OR: [
        { fullName: { contains: params.q, mode: "insensitive" } },
        { registerNumber: { startsWith: params.q, mode: "insensitive" } },
      ],
    });
  }
  if (params.program) and.push({ program: params.program });
  if (params.stage) and.push({ currentStage: params.stage });
  if (params.category) and.push({ category: params.category });
  if (params.gender) and.push({ person: { gender: params.gender } });
  const month = (ym: string) => {
    const from = utcDate(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 1);
    return { gte: from, lte: addDays(addMonths(from, 1), -1) };
  };
  if (params.mulai) and.push({ guidanceStart: month(params.mulai) });
  if (params.berakhir) and.push({ status: { not: "AKTIF" }, statusDate: month(params.berakhir) });
  if (params.kerja) and.push({ employmentStatus: params.kerja === "BELUM" ? null : params.kerja });
  // Ended in a month: every ended status, unless one is named.
  if (params.status !== "SEMUA" && !(params.berakhir && !params.status)) and.push({ status: params.status ?? "AKTIF" });
  if (params.pk && user.role !== "PK") and.push({ assignedPkId: params.pk });

  const count = prisma.client.count({ where: { AND: [...and] } });
  const after = decodeCursor(params.after);
  const before = after ? null : decodeCursor(params.before);
  const cursor = after ?? before;
  if (cursor) {
    const op = after ? "gt" : "lt";
    and.push({ OR: [{ fullName: { [op]: cursor.name } }, { fullName: cursor.name, id: { [op]: cursor.id } }] });
  }
  const dir = before ? "desc" : "asc";
  const [rows, total] = await Promise.all([prisma.client.findMany({
    where: { AND: and },
    orderBy: [{ fullName: dir }, { id: dir }],
    take: pageSize + 1,
    select: {
      id: true, registerNumber: true, fullName: true, person: { select: { nik: true } }, category: true, program: true,
      currentStage: true, status: true, guidanceEnd: true,
      assignedPk: { select: { id: true, name: true } },
    },
  }), count]);
  const hasMore = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (before) page.reverse();
  const items: ClientListItem[] = page.map(({ person, assignedPk, ...r }) => ({ ...r, nikMasked: maskNik(person.nik), pk: assignedPk }));
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    total,
    nextCursor: last && (before ? true : hasMore) ? encodeCursor({ name: last.fullName, id: last.id }) : null,
    prevCursor: first && (before ? hasMore : Boolean(after)) ? encodeCursor({ name: first.fullName, id: first.id }) : null,
  };
}

/** PKs of the user's office, for the list's PK filter. */
export async function listOfficePks(user: CurrentUser) {
  if (user.role === "PK") return [];
  return prisma.user.findMany({
    where: { officeId: user.officeId, role: "PK" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, active: true },
  });
}

/**
 * One client's file, or null when the user may not see it (another office, or for a PK another
 * PK's client): callers answer "not found" either way. Every successful view is audited.
 */
export async function getClientFile(user: CurrentUser, clientId: string, meta: { ip?: string | null } = {}) {
  assertCan(user, "client:read");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: clientId }] },
    include: {
      person: {
        select: {
          id: true, fullName: true, aliasName: true, nik: true, birthPlace: true, birthDate: true, gender: true, religion: true, education: true,
          occupation: true, maritalStatus: true, address: true, city: true, phone: true,
        },
      },
      assignedPk: { select: { id: true, name: true, nip: true, pkLevel: true } },
      stages: { orderBy: { plannedStart: "asc" } },
      assignments: {
        orderBy: { startedAt: "desc" },
        select: { id: true, kind: true, reason: true, startedAt: true, endedAt: true, pk: { select: { name: true } }, assignedBy: { select: { name: true } } },
      },
      statusEvents: { orderBy: { at: "desc" } },
      contacts: {
        orderBy: { occurredAt: "desc" },
        take: 10,
        select: { id: true, occurredAt: true, type: true, subject: true, outcome: true, notes: true, pk: { select: { name: true } } },
      },
      litmas: {
        orderBy: { receivedAt: "desc" },
        select: { id: true, number: true, purpose: true, status: true, dueAt: true, receivedAt: true, approvedAt: true, assignedPkId: true, createdById: true, assignedPk: { select: { name: true } } },
      },
      transitions: {
        orderBy: { proposedAt: "desc" },
        select: { id: true, fromStage: true, toStage: true, status: true, proposedAt: true, decidedAt: true, decisionReason: true },
      },
      violations: { orderBy: { occurredOn: "desc" }, select: { id: true, type: true, occurredOn: true, status: true, description: true } },
      attendances: { orderBy: { dueOn: "desc" }, take: 12, select: { id: true, dueOn: true, status: true, channel: true, excuseReason: true } },
      reportingSchedules: { orderBy: { startsOn: "desc" }, take: 1, select: { frequency: true, startsOn: true, endsOn: true } },
      letters: { orderBy: { issuedOn: "desc" }, select: { id: true, number: true, issuedOn: true, revoked: true } },
    },
  });
  if (!client) return null;
  await audit(prisma, user, { action: "client.view", entityType: "Client", entityId: client.id, clientId: client.id, ip: meta.ip });
  const { createdById: _c, deletedById: _d, deletedAt: _da, deletedReason: _dr, litmas, ...rest } = client;
  void _c; void _d; void _da; void _dr;
  const withAccess = litmas.map(({ assignedPkId, createdById, ...l }) => ({ ...l, canOpen: mayOpenClientLitmas(user, { assignedPkId, createdById, status: l.status }) }));
  const nextReport = client.status === "AKTIF" ? await nextReportOf(client, user.timeZone) : null;
  return { ...rest, litmas: withAccess, nikMasked: maskNik(client.person.nik), nextReport };
}
export type ClientFile = NonNullable<Awaited<ReturnType<typeof getClientFile>>>;
