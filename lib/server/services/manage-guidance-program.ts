import "server-only";
import { parseIsoDate } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/format";
import type { ZCreateProgram, ZRecordProgramProgress } from "@/lib/schemas/stages";
import type { z } from "zod";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";

/** The PK plans a guidance program (kegiatan) for a stage of their own active client. */
export async function createGuidanceProgram(user: CurrentUser, input: z.output<typeof ZCreateProgram>): Promise<{ id: string }> {
  assertCan(user, "program:manage");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, officeId: true, status: true, guidanceStart: true, guidanceEnd: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien tidak lagi dalam pembimbingan.");
  // A program happens inside the guidance period.
  if (parseIsoDate(input.plannedStart)! < client.guidanceStart) {
    throw invalid("Program dimulai sebelum masa bimbingan.", { plannedStart: [`Paling awal ${formatDate(client.guidanceStart)} (awal bimbingan).`] });
  }
  if (parseIsoDate(input.plannedEnd)! > client.guidanceEnd) {
    throw invalid("Program berakhir sesudah masa bimbingan.", { plannedEnd: [`Paling lambat ${formatDate(client.guidanceEnd)} (akhir bimbingan).`] });
  }
  return prisma.$transaction(async (tx) => {
    const row = await tx.guidanceProgram.create({
      data: {
        officeId: client.officeId, clientId: client.id, stage: input.stage, guidanceType: input.guidanceType, approach: input.approach,
        title: input.title, objectives: input.objectives, clientGoals: input.clientGoals ?? "", partnerType: input.partnerType ?? null, partnerName: input.partnerType ? input.partnerName : null,
        plannedStart: parseIsoDate(input.plannedStart)!, plannedEnd: parseIsoDate(input.plannedEnd)!, createdById: user.id,
      },
      select: { id: true },
    });
    await audit(tx, user, { action: "program.create", entityType: "GuidanceProgram", entityId: row.id, clientId: client.id, details: { stage: input.stage, guidanceType: input.guidanceType } });
    return row;
  });
}

/** The PK evaluates a program: an entry with the penilaian (baik / cukup / kurang) and its description, and the program's status. */
export async function recordProgramProgress(user: CurrentUser, input: z.output<typeof ZRecordProgramProgress>): Promise<void> {
  assertCan(user, "program:manage");
  const program = await prisma.guidanceProgram.findFirst({
    where: { id: input.programId, client: clientScope(user) },
    select: { id: true, clientId: true, version: true, status: true, client: { select: { status: true } } },
  });
  if (!program) throw notFound("Program tidak ditemukan.");
  if (program.client.status !== "AKTIF") throw invalid("Klien tidak lagi dalam pembimbingan.");
  if (program.status === "DONE" || program.status === "CANCELLED") throw invalid("Program ini sudah ditutup.");
  const status = input.status;
  await prisma.$transaction(async (tx) => {
    const res = await tx.guidanceProgram.updateMany({
      where: { id: program.id, version: program.version },
      data: { rating: input.rating, ratingNote: input.description, status, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict();
    const entry = await tx.guidanceProgramEntry.create({
      data: { programId: program.id, occurredOn: parseIsoDate(input.occurredOn)!, description: input.description, rating: input.rating, recordedById: user.id },
      select: { id: true },
    });
    await audit(tx, user, { action: "program.progress", entityType: "GuidanceProgram", entityId: program.id, clientId: program.clientId, details: { entryId: entry.id, rating: input.rating, status } });
  });
}
