import "server-only";
import type { z } from "zod";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import type { ZRecordPreparationStep } from "@/lib/schemas/risk-assessment";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";

/** The PK records a tahap akhir preparation step of their own client: done (an activity, or a date and a note) or not needed. */
export async function recordPreparationStep(user: CurrentUser, input: z.output<typeof ZRecordPreparationStep>): Promise<void> {
  assertCan(user, "program:manage");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, officeId: true, status: true, currentStage: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien tidak lagi dalam pembimbingan.");
  if (client.currentStage !== "AKHIR") throw invalid("Persiapan akhir pembimbingan dicatat pada tahap akhir.");
  let doneOn = input.doneOn ? parseIsoDate(input.doneOn)! : null;
  if (input.state === "DONE" && input.contactId) {
    const contact = await prisma.contact.findFirst({ where: { id: input.contactId, clientId: client.id }, select: { occurredAt: true } });
    if (!contact) throw invalid("Kegiatan bimbingan tidak ditemukan untuk klien ini.", { contactId: ["Pilih kegiatan klien ini."] });
    doneOn ??= todayIn(user.timeZone, contact.occurredAt);
  }
  if (doneOn && doneOn > todayIn(user.timeZone)) throw invalid("Tanggal tidak boleh di masa depan.", { doneOn: ["Tanggal tidak boleh di masa depan."] });
  const data = { state: input.state, contactId: input.state === "DONE" ? (input.contactId ?? null) : null, doneOn: input.state === "DONE" ? doneOn : null, note: input.note, recordedById: user.id };
  await prisma.$transaction(async (tx) => {
    const row = await tx.endPreparationStep.upsert({
      where: { clientId_step: { clientId: client.id, step: input.step } },
      create: { officeId: client.officeId, clientId: client.id, step: input.step, ...data },
      update: data,
      select: { id: true },
    });
    await audit(tx, user, { action: "end-preparation.record", entityType: "EndPreparationStep", entityId: row.id, clientId: client.id, details: { step: input.step, state: input.state, contactId: data.contactId } });
  });
}
