import "server-only";
import type { z } from "zod";
import type { ZAssignClients } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { activeCounts } from "../queries/workload";
import { clock } from "../../clock";

/**
 * Assigns (or reassigns) one or more active clients of the office to a PK of the same office:
 * each client's open CaseloadAssignment ends, a new one opens, Client.assignedPkId follows. The
 * PK must be active and have room under their capacity. All or nothing.
 */
export async function assignClients(user: CurrentUser, input: z.infer<typeof ZAssignClients>) {
  assertCan(user, "client:assign");
  const ids = [...new Set(input.clientIds)];
  const pk = await prisma.user.findUnique({ where: { id: input.pkId }, select: { id: true, name: true, officeId: true, role: true, active: true, capacity: true } });
  if (!pk || pk.role !== "PK") throw invalid("PK tujuan tidak ditemukan.", { pkId: ["PK tidak ditemukan."] });
  if (pk.officeId !== user.officeId) throw invalid("PK dari kantor lain tidak dapat ditugaskan.", { pkId: ["PK dari kantor lain tidak dapat ditugaskan."] });
  if (!pk.active) throw invalid(`${pk.name} nonaktif dan tidak dapat diberi klien.`, { pkId: ["PK nonaktif."] });

  const clients = await prisma.client.findMany({
    where: { id: { in: ids }, officeId: user.officeId, deletedAt: null },
    select: { id: true, fullName: true, status: true, assignedPkId: true },
  });
  if (clients.length !== ids.length) throw notFound("Sebagian klien tidak ditemukan di kantor Anda.");
  const closed = clients.filter((c) => c.status !== "AKTIF");
  if (closed.length) throw invalid(`Hanya klien aktif yang dapat ditugaskan: ${closed.map((c) => c.fullName).join(", ")}.`);
  const moving = clients.filter((c) => c.assignedPkId !== pk.id);
  if (moving.length === 0) throw invalid(`Semua klien yang dipilih sudah ditangani ${pk.name}.`);

  return prisma.$transaction(async (tx) => {
    // One assignment to a PK at a time, so two bulk assignments cannot both pass the capacity check.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${pk.id} FOR UPDATE`;
    const load = (await activeCounts(tx, user.officeId, [pk.id])).get(pk.id) ?? 0;
    if (load + moving.length > pk.capacity) {
      throw invalid(`${pk.name} sudah menangani ${load} dari ${pk.capacity} klien; tidak cukup untuk ${moving.length} klien lagi. Pilih PK lain atau minta admin menaikkan kapasitas.`, { pkId: ["Kapasitas PK tidak cukup."] });
    }
    const now = clock.now();
    for (const c of moving) {
      const { count } = await tx.client.updateMany({
        where: { id: c.id, officeId: user.officeId, assignedPkId: c.assignedPkId, status: "AKTIF", deletedAt: null },
        data: { assignedPkId: pk.id },
      });
      if (count === 0) throw conflict(`Penugasan ${c.fullName} baru saja diubah oleh pengguna lain. Muat ulang lalu coba lagi.`);
      const ended = await tx.caseloadAssignment.updateMany({ where: { clientId: c.id, endedAt: null }, data: { endedAt: now } });
      let kind: "INITIAL" | "REASSIGNMENT" | "TRANSFER_IN" = ended.count > 0 ? "REASSIGNMENT" : "INITIAL";
      if (kind === "INITIAL") {
        // First PK here: a client that came in by transfer (and has had no PK in this office since).
        const [here, transferIn] = await Promise.all([
          tx.caseloadAssignment.count({ where: { clientId: c.id, officeId: user.officeId } }),
          tx.clientTransfer.count({ where: { clientId: c.id, toOfficeId: user.officeId, status: "ACCEPTED" } }),
        ]);
        if (here > 0) kind = "REASSIGNMENT";
        else if (transferIn > 0) kind = "TRANSFER_IN";
      }
      await tx.caseloadAssignment.create({
        data: { officeId: user.officeId, clientId: c.id, pkId: pk.id, kind, reason: input.reason, assignedById: user.id, startedAt: now },
      });
      await audit(tx, user, {
        action: "client.assign", entityType: "Client", entityId: c.id, clientId: c.id,
        details: { fromPkId: c.assignedPkId, toPkId: pk.id, reason: input.reason, bulk: ids.length > 1 },
      });
    }
    return { assigned: moving.length, skipped: clients.length - moving.length, pkName: pk.name };
  });
}
