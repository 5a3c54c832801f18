import "server-only";
import type { PendampinganStatus } from "@/lib/domain/enums";
import { pendampinganTransition, type PendampinganCommand } from "@/lib/domain/pendampingan";
import type { CurrentUser } from "../auth";
import { prisma } from "../db";
import { AppError, conflict, forbidden, notFound } from "../errors";
import type { Tx } from "../db";
import { pendampinganScope } from "../queries/scope";

export const PENDAMPINGAN_NOT_FOUND = "Pendampingan tidak ditemukan.";
export const PENDAMPINGAN_STALE =
  "Pendampingan ini telah diubah oleh orang lain atau di tab lain sejak Anda membukanya. Muat ulang halaman, lalu coba lagi.";

/** Commands only the assigned PK gives. */
const PK_COMMANDS: readonly PendampinganCommand[] = ["step", "agreement", "carriedOut", "reportNonExecution", "officialAction", "close"];

/**
 * Loads a case in the user's scope and checks the command against the state machine, the PK's
 * assignment and the version the user last saw. Returns the row and the status it leads to.
 */
export async function loadPendampinganForCommand(user: CurrentUser, pendampinganId: string, command: PendampinganCommand, version: number) {
  const row = await prisma.pendampingan.findFirst({
    where: { AND: [pendampinganScope(user), { id: pendampinganId }] },
    select: {
      id: true, officeId: true, personId: true, number: true, status: true, version: true, section: true, receivedAt: true, dueAt: true,
      disposedAt: true, assignedPkId: true, assignedAt: true, assignmentLetterNumber: true, firstAttendedAt: true, clientId: true,
    },
  });
  if (!row) throw notFound(PENDAMPINGAN_NOT_FOUND);
  const t = pendampinganTransition(row.status as PendampinganStatus, user.role, command);
  if (!t.ok) throw new AppError(t.reason === "ROLE" ? "FORBIDDEN" : "CONFLICT", t.message);
  if (user.role === "PK" && PK_COMMANDS.includes(command) && row.assignedPkId !== user.id) {
    throw forbidden("Pendampingan ini tidak ditugaskan kepada Anda.");
  }
  if (row.version !== version) throw conflict(PENDAMPINGAN_STALE);
  return { row, to: t.to };
}

/** The conditional update every command makes on the case: one of two simultaneous writes wins. */
export async function bumpPendampingan(
  tx: Tx,
  row: { id: string; version: number; status: string },
  data: Parameters<Tx["pendampingan"]["updateMany"]>[0]["data"],
) {
  const res = await tx.pendampingan.updateMany({
    where: { id: row.id, version: row.version, status: row.status as PendampinganStatus },
    data: { ...data, version: { increment: 1 } },
  });
  if (res.count === 0) throw conflict(PENDAMPINGAN_STALE);
  return row.version + 1;
}

/** The office's next number of a kind this year (REGISTER, LITMAS, PENDAMPINGAN, SURAT_TUGAS...). */
export async function nextOfficeCounter(tx: Tx, officeId: string, kind: string, year: number): Promise<number> {
  const counter = await tx.officeCounter.upsert({
    where: { officeId_kind_year: { officeId, kind, year } },
    create: { officeId, kind, year, value: 1 },
    update: { value: { increment: 1 } },
    select: { value: true },
  });
  return counter.value;
}
