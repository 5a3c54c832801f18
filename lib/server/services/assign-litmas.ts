import "server-only";
import { litmasDueAt } from "@/lib/domain/litmas";
import { SECTION_SHORT } from "@/lib/domain/labels";
import { mayAssignInSection } from "@/lib/domain/sections";
import { litmasDueSettings, type AssignLitmasInput, type DisposeLitmasToSectionInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { AppError, conflict, forbidden, invalid } from "../errors";
import { LITMAS_STALE, loadForCommand } from "./litmas-common";
import { clock } from "../../clock";

/**
 * The disposition to a PK: by the Kepala (or the admin as duty desk) to any active PK of the
 * office, or by a Kasi to a PK of its own section, for a litmas disposed to that section. The
 * first assignment starts the deadline; a later one moves the work to another PK and keeps it.
 */
export async function assignLitmas(user: CurrentUser, input: AssignLitmasInput): Promise<{ version: number }> {
  assertCan(user, "litmas:dispose");
  const { row, to } = await loadForCommand(user, input.litmasId, "assign", input.version);
  const pk = await prisma.user.findFirst({
    where: { id: input.pkId, officeId: user.officeId, role: "PK", active: true },
    select: { id: true, name: true, section: true },
  });
  if (!pk) throw invalid("PK tidak ditemukan di kantor ini.", { pkId: ["Pilih PK yang aktif di kantor ini."] });
  const inSection = mayAssignInSection({ role: user.role, section: user.section }, row.section, pk.section);
  if (!inSection.ok) throw forbidden(inSection.message);
  if (pk.id === row.assignedPkId) throw invalid("Litmas ini sudah ditugaskan kepada PK tersebut.", { pkId: ["Pilih PK lain."] });
  const first = row.status === "REQUESTED";
  const now = clock.now();
  const office = await prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true, usesSections: true } });
  const dueAt = first ? litmasDueAt({ purpose: row.purpose, receivedAt: row.receivedAt, assignedAt: now }, litmasDueSettings(office.settings)) : row.dueAt;
  // In an office with sections a litmas the Kepala gives straight to a PK belongs to that PK's section.
  const section = row.section ?? (office.usesSections ? pk.section : null);
  const byKasi = user.role === "KASI" && user.section ? ` oleh Kasi ${SECTION_SHORT[user.section]}` : "";
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({
      where: { id: row.id, version: row.version, status: row.status },
      data: {
        status: to, assignedPkId: pk.id, section, version: { increment: 1 },
        ...(first ? { assignedAt: now, dueAt } : {}),
        ...(first && user.role !== "KASI" && !row.section ? { disposedAt: now, disposedById: user.id } : {}),
      },
    });
    if (res.count === 0) throw conflict(LITMAS_STALE);
    await tx.litmasEvent.create({
      data: { litmasId: row.id, action: first ? "ASSIGNED" : "REASSIGNED", actorId: user.id, at: now, note: `Ditugaskan kepada ${pk.name}${byKasi}` },
    });
    await audit(tx, user, {
      action: first ? "litmas.assign" : "litmas.reassign", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId,
      details: { pkId: pk.id, fromPkId: row.assignedPkId, section },
    });
    return { version: row.version + 1 };
  });
}

/**
 * The Kepala's disposition to a section (BKD or BKA) in an office that works with sections: the
 * request stays waiting for a PK, and the Kasi of that section assigns one. Refused while the
 * section has no active Kasi, so a request is never left with nobody to pick it up.
 */
export async function disposeLitmasToSection(user: CurrentUser, input: DisposeLitmasToSectionInput): Promise<{ version: number }> {
  assertCan(user, "litmas:dispose");
  if (user.role === "KASI") throw forbidden("Disposisi ke seksi diberikan oleh Kepala Bapas.");
  if (!user.officeUsesSections) throw invalid("Kantor ini tidak bekerja dengan seksi: disposisikan langsung kepada PK.");
  const { row } = await loadForCommand(user, input.litmasId, "assign", input.version);
  if (row.status !== "REQUESTED") throw new AppError("CONFLICT", "Hanya permintaan yang belum ditugaskan kepada PK yang dapat didisposisikan ke seksi.");
  if (row.section === input.section) throw invalid(`Litmas ini sudah didisposisikan ke seksi ${SECTION_SHORT[input.section]}.`, { section: ["Pilih seksi lain."] });
  const kasi = await prisma.user.findFirst({ where: { officeId: user.officeId, role: "KASI", section: input.section, active: true }, select: { id: true, name: true } });
  if (!kasi) {
    throw invalid(`Belum ada Kasi aktif di seksi ${SECTION_SHORT[input.section]}. Disposisikan langsung kepada PK, atau minta admin menambahkan Kasi.`, { section: ["Seksi ini belum memiliki Kasi aktif."] });
  }
  const now = clock.now();
  return prisma.$transaction(async (tx) => {
    const res = await tx.litmas.updateMany({
      where: { id: row.id, version: row.version, status: "REQUESTED" },
      data: { section: input.section, disposedAt: now, disposedById: user.id, version: { increment: 1 } },
    });
    if (res.count === 0) throw conflict(LITMAS_STALE);
    await tx.litmasEvent.create({
      data: { litmasId: row.id, action: "DISPOSED_TO_SECTION", actorId: user.id, at: now, note: `Didisposisikan ke seksi ${SECTION_SHORT[input.section]} (Kasi ${kasi.name})` },
    });
    await audit(tx, user, {
      action: "litmas.dispose-section", entityType: "Litmas", entityId: row.id, clientId: row.clientId, personId: row.personId,
      details: { section: input.section, fromSection: row.section },
    });
    return { version: row.version + 1 };
  });
}
