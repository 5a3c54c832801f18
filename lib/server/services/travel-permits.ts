import "server-only";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { checkPermitRequest, needsTravelPermit } from "@/lib/domain/permits";
import type { DecidePermitInput, RequestPermitInput } from "@/lib/schemas/revocation";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { nextLetterNumber } from "../letters/numbering";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

/** The client asks, through the PK, for permission to leave the city or the country. */
export async function requestTravelPermit(user: CurrentUser, input: RequestPermitInput, now = clock.now()): Promise<{ id: string }> {
  assertCan(user, "violation:report"); // the client's PK
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, officeId: true, status: true, program: true, guidanceEnd: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  if (!needsTravelPermit(client.program)) throw invalid("Izin bepergian dicatat untuk klien PB, CB dan CMB.");
  const fromDate = parseIsoDate(input.fromDate)!;
  const toDate = parseIsoDate(input.toDate)!;
  const check = checkPermitRequest({ kind: input.kind, purpose: input.purpose, fromDate, toDate, today: todayIn(user.timeZone, now), guidanceEnd: client.guidanceEnd });
  if (!check.ok) throw invalid(check.message, { [check.field]: [check.message] });
  return prisma.$transaction(async (tx) => {
    const row = await tx.travelPermit.create({
      data: { officeId: client.officeId, clientId: client.id, kind: input.kind, destination: input.destination, purpose: input.purpose, fromDate, toDate, reason: input.reason, requestedById: user.id },
      select: { id: true },
    });
    await audit(tx, user, { action: "permit.request", entityType: "TravelPermit", entityId: row.id, clientId: client.id, details: { kind: input.kind, fromDate: input.fromDate, toDate: input.toDate } });
    return row;
  });
}

/**
 * The Kepala decides: leaving the city is granted (or refused) here, with a numbered letter; going
 * abroad is recommended up to the ministry (or refused), also as a numbered letter.
 */
export async function decideTravelPermit(user: CurrentUser, input: DecidePermitInput, now = clock.now()): Promise<{ id: string; letterNumber: string | null }> {
  assertCan(user, "revocation:decide");
  const permit = await prisma.travelPermit.findFirst({
    where: { id: input.permitId, client: clientScope(user) },
    select: { id: true, kind: true, status: true, version: true, clientId: true, client: { select: { office: { select: { code: true } } } } },
  });
  if (!permit) throw notFound("Permohonan izin tidak ditemukan.");
  if (permit.status !== "REQUESTED") throw conflict("Permohonan ini sudah diputuskan.");
  const approve = input.decision === "APPROVE";
  const status = !approve ? "REFUSED" : permit.kind === "LUAR_KOTA" ? "APPROVED" : "RECOMMENDED";
  return prisma.$transaction(async (tx) => {
    const letterNumber = approve ? await nextLetterNumber(tx, user.officeId, permit.client.office.code, todayIn(user.timeZone, now).getUTCFullYear()) : null;
    const res = await tx.travelPermit.updateMany({
      where: { id: permit.id, version: input.version, status: "REQUESTED" },
      data: { status, decidedById: user.id, decidedAt: now, decisionNote: input.note, letterNumber, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict("Permohonan ini baru saja diputuskan. Muat ulang halaman.");
    await audit(tx, user, { action: `permit.${status.toLowerCase()}`, entityType: "TravelPermit", entityId: permit.id, clientId: permit.clientId, details: { letterNumber } });
    return { id: permit.id, letterNumber };
  });
}
