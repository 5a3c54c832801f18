import "server-only";
import { parseIsoDate } from "@/lib/domain/calendar";
import { litmasDueAt } from "@/lib/domain/litmas";
import { litmasDueSettings, type RequestLitmasInput } from "@/lib/schemas/litmas";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

/** Logs an incoming litmas request for a client of the office; it awaits the Kepala's disposition. */
export async function requestLitmas(user: CurrentUser, input: RequestLitmasInput): Promise<{ id: string }> {
  assertCan(user, "litmas:request");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: input.clientId }] },
    select: { id: true, status: true, office: { select: { settings: true } } },
  });
  if (!client) throw invalid("Klien tidak ditemukan.", { clientId: ["Pilih klien dari daftar."] });
  const letterDate = input.requesterLetterDate ? parseIsoDate(input.requesterLetterDate) : null;
  const receivedAt = clock.now();
  if (letterDate && letterDate.getTime() > receivedAt.getTime()) {
    throw invalid("Tanggal surat tidak boleh di masa depan.", { requesterLetterDate: ["Tanggal surat tidak boleh di masa depan."] });
  }
  // Diversi runs from the request itself; the others start when a PK is assigned.
  const dueAt = litmasDueAt({ purpose: input.purpose, receivedAt, assignedAt: null }, litmasDueSettings(client.office.settings));
  return prisma.$transaction(async (tx) => {
    const l = await tx.litmas.create({
      data: {
        officeId: user.officeId,
        clientId: client.id,
        purpose: input.purpose,
        requesterInstitution: input.requesterInstitution,
        requesterLetterNumber: input.requesterLetterNumber || null,
        requesterLetterDate: letterDate,
        receivedAt,
        dueAt,
        createdById: user.id,
      },
      select: { id: true },
    });
    await tx.litmasEvent.create({ data: { litmasId: l.id, action: "REQUESTED", actorId: user.id, at: receivedAt, note: `Permintaan dari ${input.requesterInstitution}` } });
    await audit(tx, user, { action: "litmas.request", entityType: "Litmas", entityId: l.id, clientId: client.id, details: { purpose: input.purpose } });
    return l;
  });
}
