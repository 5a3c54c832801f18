import "server-only";
import type { z } from "zod";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { dueAfterNewInformation, reassessmentDue, scoreAssessment } from "@/lib/domain/risk-assessment";
import { ZInstrumentDefinition, type ZMarkNewInformation, type ZRecordRiskAssessment, type ZRiskDefaultsForm } from "@/lib/schemas/risk-assessment";
import seedFile from "@/prisma/risk-instruments.json";
import { clock } from "../../clock";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma, type Db } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";

/**
 * Loads the instruments of prisma/risk-instruments.json that are not stored yet (by code and version).
 * Idempotent: the seed and the first read of the assessment page call it.
 */
export async function loadRiskInstruments(db: Db = prisma, file: unknown = seedFile): Promise<number> {
  const list = (file as { instruments?: unknown[] }).instruments ?? [];
  let added = 0;
  for (const raw of list) {
    const r = raw as { code: string; version: number; name: string; definition: unknown };
    const def = ZInstrumentDefinition.parse(r.definition);
    const res = await db.riskInstrument.createMany({ data: [{ code: r.code, version: r.version, name: r.name, definition: def }], skipDuplicates: true });
    added += res.count;
  }
  return added;
}

/** The PK records an assessment of their own active client, scored by the instrument's own rule. */
export async function recordRiskAssessment(user: CurrentUser, input: z.output<typeof ZRecordRiskAssessment>): Promise<{ id: string }> {
  assertCan(user, "assessment:write");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, officeId: true, status: true, personId: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien tidak lagi dalam pembimbingan.");
  const instrument = await prisma.riskInstrument.findFirst({ where: { id: input.instrumentId, active: true, OR: [{ officeId: null }, { officeId: user.officeId }] }, select: { id: true, definition: true } });
  if (!instrument) throw invalid("Instrumen asesmen tidak ditemukan.", { instrumentId: ["Pilih instrumen."] });
  const def = ZInstrumentDefinition.parse(instrument.definition);
  const assessedOn = parseIsoDate(input.assessedOn)!;
  if (assessedOn > todayIn(user.timeZone)) throw invalid("Tanggal asesmen tidak boleh di masa depan.", { assessedOn: ["Tanggal asesmen tidak boleh di masa depan."] });
  const result = scoreAssessment(def, input.answers);
  if (!result.ok) {
    const fieldErrors: Record<string, string[]> = {};
    for (const q of result.missing) fieldErrors[`answers.${q}`] = ["Pilih satu jawaban."];
    for (const q of result.unknown) fieldErrors[`answers.${q}`] = ["Jawaban tidak dikenal."];
    throw invalid(`Jawab semua pertanyaan (${result.missing.length + result.unknown.length} belum lengkap).`, fieldErrors);
  }
  const needIds = new Set(def.needs.map((n) => n.id));
  const badNeed = input.needs.find((n) => !needIds.has(n));
  if (badNeed) throw invalid("Kebutuhan kriminogenik tidak dikenal.", { needs: ["Pilih dari daftar."] });
  const domainIds = new Set(def.domains.map((d) => d.id));
  const findings = Object.fromEntries(Object.entries(input.findings).filter(([k, v]) => domainIds.has(k) && v));
  if (input.litmasId) {
    const litmas = await prisma.litmas.findFirst({ where: { id: input.litmasId, officeId: user.officeId, OR: [{ clientId: client.id }, { personId: client.personId }] }, select: { id: true } });
    if (!litmas) throw invalid("Litmas tidak ditemukan untuk klien ini.", { litmasId: ["Pilih litmas klien ini."] });
  }
  return prisma.$transaction(async (tx) => {
    const row = await tx.riskAssessment.create({
      data: {
        officeId: client.officeId, clientId: client.id, instrumentId: instrument.id, litmasId: input.litmasId ?? null, assessedOn, assessorId: user.id,
        answers: input.answers, findings, score: result.score, riskLevel: result.level, needs: [...new Set(input.needs)],
        reassessDueOn: reassessmentDue(assessedOn, def.reassessMonths),
      },
      select: { id: true },
    });
    await audit(tx, user, { action: "assessment.create", entityType: "RiskAssessment", entityId: row.id, clientId: client.id, details: { instrumentId: instrument.id, riskLevel: result.level, score: result.score, litmasId: input.litmasId ?? null } });
    return row;
  });
}

/** New information that bears on the risk: the reassessment becomes due today (if that is earlier). */
export async function markNewInformation(user: CurrentUser, input: z.output<typeof ZMarkNewInformation>): Promise<void> {
  assertCan(user, "assessment:write");
  const a = await prisma.riskAssessment.findFirst({ where: { id: input.assessmentId, clientId: input.clientId, client: clientScope(user) }, select: { id: true, clientId: true, version: true, reassessDueOn: true } });
  if (!a) throw notFound("Asesmen tidak ditemukan.");
  const today = todayIn(user.timeZone);
  const due = dueAfterNewInformation(a.reassessDueOn, today);
  await prisma.$transaction(async (tx) => {
    const res = await tx.riskAssessment.updateMany({ where: { id: a.id, version: a.version }, data: { reassessDueOn: due, newInfoNote: input.note, newInfoAt: clock.now(), version: { increment: 1 } } });
    if (res.count === 0) throw conflict();
    await audit(tx, user, { action: "assessment.new-information", entityType: "RiskAssessment", entityId: a.id, clientId: a.clientId, details: { reassessDueOn: due.toISOString().slice(0, 10) } });
  });
}

/** The admin sets the office's per-risk-level defaults (wajib lapor frequency, home visits a month). */
export async function setRiskDefaults(user: CurrentUser, input: z.output<typeof ZRiskDefaultsForm>): Promise<void> {
  assertCan(user, "office:manage");
  const office = await prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { id: true, version: true, settings: true } });
  const settings = { ...((office.settings as Record<string, unknown>) ?? {}), riskDefaults: input };
  await prisma.$transaction(async (tx) => {
    const res = await tx.office.updateMany({ where: { id: office.id, version: office.version }, data: { settings, version: { increment: 1 } } });
    if (res.count === 0) throw conflict();
    await audit(tx, user, { action: "office.settings.risk-defaults", entityType: "Office", entityId: office.id, details: input });
  });
}
