import "server-only";
import { mayAssignInSection } from "@/lib/domain/sections";
import type { AssignPendampinganInput, PendampinganRef } from "@/lib/schemas/pendampingan";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, forbidden, invalid } from "../errors";
import { bumpPendampingan, loadPendampinganForCommand } from "./pendampingan-common";
import { clock } from "../../clock";
import type { Tx } from "../db";
import { litmasDueAt } from "@/lib/domain/litmas";
import { litmasDueSettings } from "@/lib/schemas/litmas";

/**
 * The Kepala (or the Kasi of the case's section) assigns an active PK of the office: REQUESTED
 * becomes ASSIGNED. While the case is open it may be moved to another PK; the surat tugas is then
 * issued anew for the new PK.
 */
export async function assignPendampingan(user: CurrentUser, input: AssignPendampinganInput): Promise<{ version: number }> {
  assertCan(user, "pendampingan:assign");
  const { row, to } = await loadPendampinganForCommand(user, input.pendampinganId, "assign", input.version);
  const pk = await prisma.user.findFirst({
    where: { id: input.pkId, officeId: user.officeId, role: "PK", active: true },
    select: { id: true, name: true, section: true },
  });
  if (!pk) throw invalid("PK tidak ditemukan di kantor ini.", { pkId: ["Pilih PK yang aktif di kantor ini."] });
  if (pk.id === row.assignedPkId) throw invalid("Pendampingan ini sudah ditugaskan kepada PK tersebut.", { pkId: ["Pilih PK lain."] });
  // A Kasi works only on the cases of its own section, with the PKs of that section.
  const check = mayAssignInSection(user, row.section, pk.section);
  if (!check.ok) throw forbidden(check.message);
  const now = clock.now();
  const first = !row.assignedPkId;
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, {
      status: to, assignedPkId: pk.id, assignedAt: now, assignedById: user.id,
      // A new PK needs a surat tugas of their own.
      ...(first ? {} : { assignmentLetterNumber: null, assignmentLetterIssuedAt: null, assignmentLetterIssuedById: null }),
    });
    if (first) await assignLinkedLitmas(tx, user, row.id, pk, now);
    await audit(tx, user, {
      action: first ? "pendampingan.assign" : "pendampingan.reassign", entityType: "Pendampingan", entityId: row.id, personId: row.personId,
      details: { pkId: pk.id, fromPkId: row.assignedPkId },
    });
    return { version };
  });
}

/** In an office with sections, the Kepala may dispose the request to BKA for its Kasi to assign. */
export async function disposePendampingan(user: CurrentUser, input: PendampinganRef): Promise<{ version: number }> {
  assertCan(user, "pendampingan:assign");
  const { row } = await loadPendampinganForCommand(user, input.pendampinganId, "dispose", input.version);
  if (!user.officeUsesSections) throw invalid("Kantor ini tidak bekerja dengan seksi: tugaskan PK langsung.");
  if (row.disposedAt) throw conflict("Permintaan ini sudah didisposisikan ke seksi BKA.");
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const version = await bumpPendampingan(tx, row, { section: "BKA", disposedAt: now, disposedById: user.id });
    await audit(tx, user, { action: "pendampingan.dispose", entityType: "Pendampingan", entityId: row.id, personId: row.personId, details: { section: "BKA" } });
    return { version };
  });
}

/**
 * The litmas the investigator asked for with the pendampingan (diversi, sidang anak) goes to the
 * same PK: the officer who accompanies the child writes the report. Only a request still waiting
 * for its disposition; one the Kepala already gave to someone else stays where it is.
 */
async function assignLinkedLitmas(tx: Tx, user: CurrentUser, pendampinganId: string, pk: { id: string; name: string; section: string | null }, now: Date) {
  const waiting = await tx.litmas.findMany({
    where: { pendampinganId, officeId: user.officeId, status: "REQUESTED", assignedPkId: null },
    select: { id: true, purpose: true, receivedAt: true, clientId: true, personId: true, section: true, version: true },
  });
  if (waiting.length === 0) return;
  const office = await tx.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true, usesSections: true } });
  for (const l of waiting) {
    const dueAt = litmasDueAt({ purpose: l.purpose, receivedAt: l.receivedAt, assignedAt: now }, litmasDueSettings(office.settings));
    const section = l.section ?? (office.usesSections ? (pk.section as typeof l.section) : null);
    const res = await tx.litmas.updateMany({
      where: { id: l.id, version: l.version, status: "REQUESTED" },
      data: { status: "ASSIGNED", assignedPkId: pk.id, assignedAt: now, dueAt, section, disposedAt: now, disposedById: user.id, version: { increment: 1 } },
    });
    if (res.count === 0) continue;
    await tx.litmasEvent.create({ data: { litmasId: l.id, action: "ASSIGNED", actorId: user.id, at: now, note: `Ditugaskan kepada ${pk.name} bersama pendampingannya` } });
    await audit(tx, user, { action: "litmas.assign", entityType: "Litmas", entityId: l.id, clientId: l.clientId, personId: l.personId, details: { pkId: pk.id, withPendampingan: pendampinganId } });
  }
}
