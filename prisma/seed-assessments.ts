// Demo data for issue 14 part B: risk and needs assessments (one due soon), a tahap akhir client with a
// partly done preparation checklist (with a family activity), from the instruments in risk-instruments.json.
import type { PrismaClient, Prisma } from "../lib/server/generated/prisma/client.ts";
import { addDays, addMonths } from "../lib/domain/calendar.ts";
import { reassessmentDue, scoreAssessment, type InstrumentDefinition } from "../lib/domain/risk-assessment.ts";
import instruments from "./risk-instruments.json" with { type: "json" };

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface AssessmentSeedClient { id: string; officeId: string; pkId: string; status: string; currentStage: string; guidanceStart: Date; personId?: string }

const ANSWER_SETS: Record<string, string>[] = [
  { q1: "a", q2: "a", q3: "a", q4: "a", q5: "a", q6: "b", q7: "a", q8: "a" }, // rendah
  { q1: "b", q2: "b", q3: "a", q4: "b", q5: "b", q6: "c", q7: "b", q8: "b" }, // sedang
  { q1: "c", q2: "c", q3: "b", q4: "c", q5: "b", q6: "c", q7: "c", q8: "b" }, // tinggi
];
const FINDINGS = [
  { riwayat: "Belum pernah dipidana sebelumnya.", sosial: "Tinggal bersama istri dan dua anak; keluarga mendukung." },
  { riwayat: "Satu putusan sebelumnya (pencurian).", kemandirian: "Bekerja serabutan sebagai kuli angkut.", zat: "Pernah memakai sabu, mengaku berhenti sejak di Lapas." },
  { riwayat: "Tiga putusan sebelumnya; pertama kali pada usia 16 tahun.", sosial: "Teman bergaul sebagian besar mantan warga binaan.", zat: "Masih minum alkohol menurut keterangan keluarga." },
];
const NEEDS = [["pekerjaan"], ["pekerjaan", "napza"], ["pekerjaan", "pergaulan", "napza", "sikap"]];

export async function seedInstruments(tx: Tx): Promise<{ rriId: string; def: InstrumentDefinition }> {
  for (const i of instruments.instruments) {
    await tx.riskInstrument.createMany({ data: [{ code: i.code, version: i.version, name: i.name, definition: i.definition as Prisma.InputJsonValue }], skipDuplicates: true });
  }
  const rri = await tx.riskInstrument.findFirstOrThrow({ where: { code: "RRI" }, orderBy: { version: "desc" } });
  return { rriId: rri.id, def: rri.definition as unknown as InstrumentDefinition };
}

/** Assessments for active clients: a rotation of levels; the first one was assessed almost a year ago (due soon). */
export async function seedAssessments(tx: Tx, clients: AssessmentSeedClient[], today: Date): Promise<void> {
  const { rriId, def } = await seedInstruments(tx);
  const active = clients.filter((c) => c.status === "AKTIF").slice(0, 8);
  for (const [n, c] of active.entries()) {
    const set = n % 3;
    // The first is due in 10 days; the others were assessed 1 to 7 months ago, never before guidance began.
    let on = n === 0 ? addDays(addMonths(today, -12), 10) : addMonths(today, -(1 + (n % 7)));
    if (on < c.guidanceStart) on = addDays(c.guidanceStart, 7) <= today ? addDays(c.guidanceStart, 7) : c.guidanceStart;
    const result = scoreAssessment(def, ANSWER_SETS[set]);
    if (!result.ok) throw new Error("demo answers do not fit the RRI instrument");
    const litmas = await tx.litmas.findFirst({ where: { clientId: c.id }, select: { id: true } });
    await tx.riskAssessment.create({
      data: {
        officeId: c.officeId, clientId: c.id, instrumentId: rriId, litmasId: litmas?.id ?? null, assessedOn: on, assessorId: c.pkId,
        answers: ANSWER_SETS[set], findings: FINDINGS[set], score: result.score, riskLevel: result.level, needs: NEEDS[set],
        reassessDueOn: reassessmentDue(on, def.reassessMonths),
      },
    });
  }
}

/** A tahap akhir client's preparation: arahan keluarga done with a recorded family activity, bimbingan tambahan not needed; two steps open. */
export async function seedPreparation(tx: Tx, c: AssessmentSeedClient, today: Date, at: (day: Date, hour: number) => Date): Promise<void> {
  const day = addDays(today, -6);
  const contact = await tx.contact.create({
    data: {
      officeId: c.officeId, clientId: c.id, pkId: c.pkId, occurredAt: at(day, 10), type: "KUNJUNGAN_RUMAH", guidanceType: "SOSIAL", approach: "INDIVIDUAL", outcome: "HADIR",
      notes: "Arahan kepada keluarga menjelang akhir pembimbingan: istri dan ibu klien diminta mendukung klien tetap bekerja dan menjauhi teman lama. Keluarga bersedia.",
    },
  });
  await tx.endPreparationStep.createMany({
    data: [
      { officeId: c.officeId, clientId: c.id, step: "ARAHAN_KELUARGA", state: "DONE", contactId: contact.id, doneOn: day, note: "Istri dan ibu klien hadir.", recordedById: c.pkId },
      { officeId: c.officeId, clientId: c.id, step: "BIMBINGAN_TAMBAHAN", state: "NOT_NEEDED", note: "Klien bekerja tetap dan tidak pernah melanggar syarat.", recordedById: c.pkId },
    ],
  });
}
