import "server-only";
import type { RecordGroupSessionInput } from "@/lib/schemas/community";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

/**
 * Records a group or classical session once, with its attendance list: every attendee must be an
 * active client in the recorder's scope (a PK's own, the admin's office). One audit row for the
 * session and one per attendee's file, in the same transaction.
 */
export async function recordGroupSession(user: CurrentUser, input: RecordGroupSessionInput, now = clock.now()): Promise<{ id: string }> {
  assertCan(user, "group-session:record");
  const heldAt = new Date(input.heldAt);
  if (heldAt.getTime() > now.getTime() + 5 * 60_000) throw invalid("Sesi dicatat setelah berlangsung: waktu tidak boleh di masa depan.", { heldAt: ["Waktu sesi di masa depan."] });
  if (heldAt.getTime() < now.getTime() - 366 * 86_400_000) throw invalid("Sesi lebih dari setahun yang lalu. Periksa tahunnya.", { heldAt: ["Periksa tahun sesi."] });
  const ids = input.attendees.map((a) => a.clientId);
  const [clients, partner] = await Promise.all([
    prisma.client.findMany({ where: { AND: [clientScope(user), { id: { in: ids }, status: "AKTIF" }] }, select: { id: true } }),
    input.partnerId ? prisma.partner.findFirst({ where: { id: input.partnerId, officeId: user.officeId }, select: { id: true } }) : Promise.resolve(null),
  ]);
  if (clients.length !== ids.length) throw invalid("Ada peserta yang bukan klien aktif Anda. Muat ulang daftar lalu pilih lagi.", { attendees: ["Pilih peserta dari daftar."] });
  if (input.partnerId && !partner) throw invalid("Mitra tidak ditemukan.", { partnerId: ["Pilih mitra dari daftar."] });
  return prisma.$transaction(async (tx) => {
    const row = await tx.groupSession.create({
      data: {
        officeId: user.officeId, heldAt, place: input.place, guidanceType: input.guidanceType, approach: input.approach, facilitator: input.facilitator,
        partnerId: partner?.id ?? null, topic: input.topic, notes: input.notes, createdById: user.id,
        attendees: { create: input.attendees.map((a) => ({ clientId: a.clientId, present: a.present })) },
      },
      select: { id: true },
    });
    const present = input.attendees.filter((a) => a.present).length;
    await audit(tx, user, { action: "group-session.record", entityType: "GroupSession", entityId: row.id, details: { attendees: ids.length, present, approach: input.approach } });
    for (const a of input.attendees) {
      await audit(tx, user, { action: "group-session.attendance", entityType: "GroupSession", entityId: row.id, clientId: a.clientId, details: { present: a.present } });
    }
    return row;
  });
}
