import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import { formatAssignmentLetterNumber } from "@/lib/domain/pendampingan";
import type { PendampinganRef } from "@/lib/schemas/pendampingan";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict } from "../errors";
import { loadPendampinganForCommand, nextOfficeCounter } from "./pendampingan-common";
import { clock } from "../../clock";

/**
 * The Kepala issues the surat tugas to the assigned PK: once per assignment (reassigning clears
 * it). It takes the office's next SURAT_TUGAS number of the year; the conditional update runs
 * first, so of two simultaneous clicks only one takes a number.
 */
export async function issueAssignmentLetter(user: CurrentUser, input: PendampinganRef): Promise<{ number: string; version: number }> {
  assertCan(user, "pendampingan:letter");
  const { row } = await loadPendampinganForCommand(user, input.pendampinganId, "letter", input.version);
  if (!row.assignedPkId) throw conflict("Tugaskan PK terlebih dahulu.");
  if (row.assignmentLetterNumber) throw conflict(`Surat tugas untuk penugasan ini sudah diterbitkan (${row.assignmentLetterNumber}).`);
  const now = clock.now();
  const year = todayIn(user.timeZone, now).getUTCFullYear();
  return prisma.$transaction(async (tx) => {
    const res = await tx.pendampingan.updateMany({
      where: { id: row.id, version: row.version, assignmentLetterNumber: null },
      data: { assignmentLetterIssuedAt: now, assignmentLetterIssuedById: user.id, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict("Surat tugas sudah diterbitkan atau pendampingan ini baru saja diubah. Muat ulang halaman.");
    const number = formatAssignmentLetterNumber(await nextOfficeCounter(tx, row.officeId, "SURAT_TUGAS", year), user.officeCode, year);
    await tx.pendampingan.update({ where: { id: row.id }, data: { assignmentLetterNumber: number } });
    await audit(tx, user, { action: "pendampingan.letter", entityType: "Pendampingan", entityId: row.id, personId: row.personId, details: { number, pkId: row.assignedPkId } });
    return { number, version: row.version + 1 };
  });
}
