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
      officeId: c.officeId, clientId: c.id, pkId: c.pkId, occurredAt: at(day, 10), type: "KUNJUNGAN_RUMAH", subject: "KELUARGA", guidanceType: "SOSIAL", approach: "INDIVIDUAL", outcome: "HADIR",
      notes: "Arahan kepada keluarga menjelang akhir pembimbingan: istri dan ibu klien diminta mendukung klien tetap bekerja dan menjauhi teman lama. Keluarga bersedia.",
      participants: { create: [{ position: 0, name: "Sri Wahyuni", role: "Istri" }, { position: 1, name: "Hj. Maryam", role: "Ibu kandung" }] },
    },
  });
  // The penyuluhan sosial took place too but is not ticked yet: the stage page offers it first for that step.
  await tx.contact.create({ data: penyuluhan(c, at(addDays(today, -2), 9), 0) });
  await tx.endPreparationStep.createMany({
    data: [
      { officeId: c.officeId, clientId: c.id, step: "ARAHAN_KELUARGA", state: "DONE", contactId: contact.id, doneOn: day, note: "Istri dan ibu klien hadir.", recordedById: c.pkId },
      { officeId: c.officeId, clientId: c.id, step: "BIMBINGAN_TAMBAHAN", state: "NOT_NEEDED", note: "Klien bekerja tetap dan tidak pernah melanggar syarat.", recordedById: c.pkId },
    ],
  });
}

const VILLAGES = [
  { head: "H. Sutrisno", headRole: "Kepala Desa", rt: "Bambang Setiawan", rtRole: "Ketua RT 03", police: "Aipda Joko Susilo", nurse: "Rina Marlina, A.Md.Kep." },
  { head: "Drs. Mulyadi", headRole: "Lurah", rt: "Ahmad Fauzi", rtRole: "Ketua RW 05", police: "Bripka Hendra Gunawan", nurse: "dr. Anisa Putri" },
  { head: "Supriyadi", headRole: "Kepala Desa", rt: "Wawan Hermawan", rtRole: "Ketua RT 01", police: "Aiptu Slamet Riyadi", nurse: "Dewi Lestari, S.Kep." },
];
const FAMILIES = [
  [{ name: "Siti Aminah", role: "Ibu kandung" }, { name: "Rudi Hartono", role: "Kakak kandung" }],
  [{ name: "Nur Hasanah", role: "Istri" }, { name: "Karyo", role: "Ayah kandung" }],
  [{ name: "Endang Sulastri", role: "Ibu kandung" }],
];

/** Penyuluhan sosial around a client's home with the village, the RT/RW, the Bhabinkamtibmas and the Puskesmas. */
function penyuluhan(c: AssessmentSeedClient, occurredAt: Date, n: number): Prisma.ContactUncheckedCreateInput {
  const v = VILLAGES[n % VILLAGES.length];
  return {
    officeId: c.officeId, clientId: c.id, pkId: c.pkId, occurredAt, type: "LAINNYA", subject: "MASYARAKAT", guidanceType: "SOSIAL", approach: "GROUP", outcome: "HADIR",
    notes: "Penyuluhan sosial di balai desa menjelang kembalinya klien ke lingkungan: perangkat desa dan warga diajak menerima klien, mengawasi tanpa mengucilkan, dan melapor ke PK bila ada masalah. Puskesmas menawarkan pemeriksaan kesehatan rutin.",
    participants: { create: [{ position: 0, name: v.head, role: v.headRole }, { position: 1, name: v.rt, role: v.rtRole }, { position: 2, name: v.police, role: "Bhabinkamtibmas" }, { position: 3, name: v.nurse, role: "Petugas Puskesmas" }] },
  };
}

/** A few active clients with an arahan keluarga and a penyuluhan sosial around the home (decision 0022). */
export async function seedFamilyAndCommunity(tx: Tx, clients: AssessmentSeedClient[], today: Date, at: (day: Date, hour: number) => Date): Promise<void> {
  const active = clients.filter((c) => c.status === "AKTIF" && c.currentStage !== "AKHIR").slice(0, 3);
  for (const [n, c] of active.entries()) {
    const family = addDays(today, -(9 + n * 4));
    if (family < c.guidanceStart) continue;
    await tx.contact.create({
      data: {
        officeId: c.officeId, clientId: c.id, pkId: c.pkId, occurredAt: at(family, 15), type: "KUNJUNGAN_RUMAH", subject: "KELUARGA", guidanceType: "SOSIAL", approach: "INDIVIDUAL", outcome: "HADIR",
        notes: "Arahan kepada keluarga: PK menjelaskan syarat bimbingan dan jadwal wajib lapor; keluarga diminta mengingatkan klien dan mengabari PK bila klien tidak pulang atau kembali bergaul dengan teman lama.",
        participants: { create: FAMILIES[n % FAMILIES.length].map((p, position) => ({ position, ...p })) },
      },
    });
    const outreach = addDays(family, 2);
    if (n < 2 && outreach <= today) await tx.contact.create({ data: penyuluhan(c, at(outreach, 9), n + 1) });
  }
}
