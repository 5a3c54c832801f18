import "server-only";
import { ageOn, parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { DECREE_PURPOSES } from "@/lib/domain/litmas";
import { maskNik } from "@/lib/domain/nik";
import type { z } from "zod";
import type { ZPersonMatchQuery } from "@/lib/schemas/litmas";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { audit } from "../audit";
import { prisma } from "../db";
import { takeNikLookup } from "../nik-lookups";
import type { Prisma } from "../generated/prisma/client.ts";
import { litmasReadScope, litmasScope } from "./litmas";
import { clientScope, pendampinganScope } from "./scope";

export interface PersonMatch {
  id: string;
  fullName: string;
  birthDate: Date | null;
  nikMasked: string;
  matchedBy: "NIK" | "NAMA_TANGGAL_LAHIR";
  inGuidance: boolean;
  cases: number;
}

/** The `where` for "possibly the same person": the same NIK, or the same name and birth date. */
function matchWhere(officeId: string, q: { nik?: string | null; fullName?: string | null; birthDate?: Date | null }): Prisma.PersonWhereInput | null {
  const or: Prisma.PersonWhereInput[] = [];
  if (q.nik) or.push({ nik: q.nik });
  if (q.fullName && q.fullName.trim().length >= 3 && q.birthDate) or.push({ fullName: { equals: q.fullName.trim(), mode: "insensitive" }, birthDate: q.birthDate });
  return or.length ? { officeId, OR: or } : null;
}

/**
 * People already on the office's file who may be the one a new request is about. Exact matches
 * only (NIK, or name and birth date), at most five, with just enough to recognise them: nobody can
 * browse the registry through this. Suggestions only: nothing is merged.
 */
export async function findPersonMatches(user: CurrentUser, q: { nik?: string | null; fullName?: string | null; birthDate?: Date | null }): Promise<PersonMatch[]> {
  assertCan(user, "litmas:request");
  const where = matchWhere(user.officeId, q);
  if (!where) return [];
  if (q.nik) await takeNikLookup(user, "person.match.nik");
  const rows = await prisma.person.findMany({
    where,
    take: 5,
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: {
      id: true, fullName: true, birthDate: true, nik: true,
      clients: { where: { deletedAt: null }, select: { status: true } },
      _count: { select: { litmas: true } },
    },
  });
  if (rows.length) await audit(prisma, user, { action: "person.match", entityType: "Person", details: { found: rows.length, byNik: Boolean(q.nik) } });
  return rows.map((r) => ({
    id: r.id, fullName: r.fullName, birthDate: r.birthDate, nikMasked: maskNik(r.nik),
    matchedBy: q.nik && r.nik === q.nik ? "NIK" : "NAMA_TANGGAL_LAHIR",
    inGuidance: r.clients.some((c) => c.status === "AKTIF"),
    cases: r.clients.length + r._count.litmas,
  }));
}

/** The request form's lookup: parses the typed values, then findPersonMatches. */
export async function findPersonMatchesFor(user: CurrentUser, input: z.infer<typeof ZPersonMatchQuery>): Promise<PersonMatch[]> {
  return findPersonMatches(user, { nik: input.nik || null, fullName: input.fullName || null, birthDate: input.birthDate ? parseIsoDate(input.birthDate) : null });
}

export type PersonCase =
  | { kind: "GUIDANCE"; id: string; at: Date; program: string; status: string; registerNumber: string; until: Date }
  | { kind: "LITMAS"; id: string; at: Date; purpose: string; status: string; requesterInstitution: string; number: string | null }
  | { kind: "PENDAMPINGAN"; id: string; at: Date; status: string; requesterInstitution: string; number: string | null; offence: string };

/**
 * A person's file: the identity and every case of theirs the user may see, newest first, on one
 * timeline. The person is reached only through such a case (a PK through a guidance period or a
 * litmas of theirs); otherwise "not found". Viewing it is audited.
 */
export async function getPersonFile(user: CurrentUser, personId: string, meta: { ip?: string | null } = {}) {
  assertCan(user, "client:read");
  if (personId.length > 60) return null;
  const [clients, litmas, pendampingan] = await Promise.all([
    prisma.client.findMany({
      where: { AND: [clientScope(user), { personId }] },
      orderBy: { guidanceStart: "desc" },
      select: { id: true, program: true, status: true, registerNumber: true, guidanceStart: true, guidanceEnd: true },
    }),
    prisma.litmas.findMany({
      where: { AND: [litmasReadScope(user), { personId }] },
      orderBy: { receivedAt: "desc" },
      select: { id: true, purpose: true, status: true, receivedAt: true, requesterInstitution: true, number: true },
    }),
    prisma.pendampingan.findMany({
      where: { AND: [pendampinganScope(user), { personId }] },
      orderBy: { receivedAt: "desc" },
      select: { id: true, status: true, receivedAt: true, requesterInstitution: true, number: true, offence: true },
    }),
  ]);
  if (clients.length === 0 && litmas.length === 0 && pendampingan.length === 0) return null;
  const person = await prisma.person.findFirst({
    where: { id: personId, officeId: user.officeId },
    select: {
      id: true, fullName: true, aliasName: true, nik: true, birthPlace: true, birthDate: true, gender: true, address: true,
      guardianName: true, guardianRelation: true, guardianPhone: true,
    },
  });
  if (!person) return null;
  await audit(prisma, user, { action: "person.view", entityType: "Person", entityId: person.id, personId: person.id, ip: meta.ip });
  const cases: PersonCase[] = [
    ...clients.map((c) => ({ kind: "GUIDANCE" as const, id: c.id, at: c.guidanceStart, program: c.program, status: c.status, registerNumber: c.registerNumber, until: c.guidanceEnd })),
    ...litmas.map((l) => ({ kind: "LITMAS" as const, id: l.id, at: l.receivedAt, purpose: l.purpose, status: l.status, requesterInstitution: l.requesterInstitution, number: l.number })),
    ...pendampingan.map((p) => ({ kind: "PENDAMPINGAN" as const, id: p.id, at: p.receivedAt, status: p.status, requesterInstitution: p.requesterInstitution, number: p.number, offence: p.offence })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const { nik, ...identity } = person;
  return { ...identity, nikMasked: maskNik(nik), cases };
}
export type PersonFile = NonNullable<Awaited<ReturnType<typeof getPersonFile>>>;

const PROGRAM_OF_PURPOSE: Record<(typeof DECREE_PURPOSES)[number], "PB" | "CB" | "CMB" | "ASIMILASI"> = { INTEGRASI_PB: "PB", INTEGRASI_CB: "CB", INTEGRASI_CMB: "CMB", ASIMILASI: "ASIMILASI" };
const ORIGIN_OF_REQUESTER: Partial<Record<string, "LAPAS" | "RUTAN" | "LPKA" | "PENGADILAN">> = { LAPAS: "LAPAS", RUTAN: "RUTAN", LPKA: "LPKA", PENGADILAN: "PENGADILAN" };

/**
 * The registration form's starting values when a decree starts guidance after an approved
 * integrasi or asimilasi litmas about someone not yet in guidance: the person and the litmas
 * carried forward, nothing presumed (unknown facts stay empty for the officer to fill in).
 * Null when the litmas is not such a one, or not the user's to act on.
 */
export async function getGuidanceStartFromLitmas(user: CurrentUser, litmasId: string) {
  assertCan(user, "client:create");
  const l = await prisma.litmas.findFirst({
    where: { AND: [litmasScope(user), { id: litmasId, status: "APPROVED", clientId: null, purpose: { in: [...DECREE_PURPOSES] } }] },
    select: {
      id: true, number: true, purpose: true, requesterType: true, requesterInstitution: true, custodyInstitution: true, offence: true, offenceArticle: true,
      person: true,
    },
  });
  if (!l) return null;
  const p = l.person;
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  const initial = {
    category: (p.birthDate && ageOn(p.birthDate, todayIn(user.timeZone)) < 18 ? "ANAK" : "DEWASA") as "ANAK" | "DEWASA",
    fullName: p.fullName, aliasName: p.aliasName ?? "", nik: p.nik ?? "", birthPlace: p.birthPlace ?? "", birthDate: iso(p.birthDate),
    gender: p.gender ?? "", religion: p.religion ?? "", education: p.education ?? "", occupation: p.occupation ?? "", maritalStatus: p.maritalStatus ?? "",
    address: p.address ?? "", city: p.city ?? "", phone: p.phone ?? "",
    familyContactName: p.guardianName ?? "", familyContactRelation: p.guardianRelation ?? "", familyContactPhone: p.guardianPhone ?? "",
    guarantorName: "", guarantorRelation: "", guarantorAddress: "", guarantorPhone: "",
    originType: ORIGIN_OF_REQUESTER[l.requesterType] ?? "LAINNYA", originInstitution: l.custodyInstitution ?? l.requesterInstitution,
    offence: l.offence ?? "", offenceArticle: l.offenceArticle ?? "", courtDecisionNumber: "", courtDecisionDate: "", sentenceMonths: "", sentenceDays: "", expiryDate: "",
    program: PROGRAM_OF_PURPOSE[l.purpose as keyof typeof PROGRAM_OF_PURPOSE], guidanceStart: "", guidanceEnd: "",
    decreeNumber: "", decreeDate: "", decreeIssuer: "", fromLitmasId: l.id,
  };
  return { litmas: { id: l.id, number: l.number, purpose: l.purpose }, initial };
}
