import "server-only";
import { clock } from "@/lib/clock";
import { addMonths } from "@/lib/domain/calendar";
import { ANONYMISED_NAME, ANONYMISED_TEXT, generalisedBirthDate, nextReviewDay } from "@/lib/domain/retention";
import type { RetentionDecisionInput } from "@/lib/schemas/retention";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { audit } from "../audit";
import { prisma, type Tx } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { retentionContext, retentionDueRows } from "../queries/retention";
import { storageFor } from "../storage/documents";

// The Kepala's decision on a person past retention: keep (with a reason and the day to look
// again) or anonymise. Anonymising removes who the person is from every record about them and
// keeps what the statistics count (dates, programs, categories, outcomes, numbers of the office's
// own letters). The plan below names, for every text column of every record about a person, what
// happens to it; tests/integration/retention.test.ts fails when a new column is not in it.

const T = ANONYMISED_TEXT;
type Plan = { clear: Record<string, string | null | Record<string, never>>; keep: string[] };

/** Per model: the columns cleared (to null, to a marker, or to an empty section map) and those kept. */
export const ANONYMISATION_PLAN: Record<string, Plan> = {
  Person: {
    clear: { fullName: ANONYMISED_NAME, aliasName: null, nik: null, birthPlace: null, occupation: null, address: null, phone: null, guardianName: null, guardianRelation: null, guardianPhone: null, guardianAddress: null },
    keep: ["city"], // the regency counts in figures; gender, religion, education, marital status are enums
  },
  Client: {
    clear: { familyContactName: null, familyContactRelation: null, familyContactPhone: null, guarantorName: null, guarantorRelation: null, guarantorAddress: null, guarantorPhone: null, offence: T, courtDecisionNumber: null, decreeNumber: null, statusReason: null, deletedReason: null },
    keep: ["registerNumber", "fullName" /* copied from the person by a trigger */, "originInstitution", "offenceArticle", "decreeIssuer"],
  },
  ClientStatusEvent: { clear: { reason: T }, keep: [] },
  CaseloadAssignment: { clear: { reason: T }, keep: [] },
  ClientTransfer: { clear: { reason: T, decisionNote: null }, keep: [] },
  StageTransitionRequest: { clear: { summary: {}, pkAssessment: T, tppNotes: null, decisionReason: null }, keep: [] },
  GuidanceProgram: { clear: { objectives: T, ratingNote: null, clientGoals: "" }, keep: ["title", "partnerName"] },
  GuidanceProgramEntry: { clear: { description: T }, keep: [] },
  Contact: { clear: { excuseReason: null, notes: T }, keep: ["idempotencyKey"] },
  // The people who took part are named by the officer: the names go; the relationship or office
  // (Ibu kandung, Kepala Desa) stays so the figures can tell family work from community work.
  ContactParticipant: { clear: { name: ANONYMISED_NAME }, keep: ["role"] },
  ReportingSchedule: { clear: { note: null }, keep: [] },
  ReportingAttendance: { clear: { excuseReason: null, mangkirReason: null, note: null }, keep: [] },
  Violation: { clear: { description: T }, keep: [] },
  RevocationProceeding: { clear: { complainant: null, examinationReport: null, pkReport: null, tppNotes: null, outcomeNote: null, decreeNumber: null }, keep: ["referredTo", "referralNumber"] },
  EndOfGuidanceLetter: { clear: { statement: T }, keep: ["number", "signerName", "signerNip", "verificationToken", "revokedReason"] },
  ClientWarning: { clear: { reason: T }, keep: ["number"] },
  TravelPermit: { clear: { destination: T, purpose: T, reason: T, decisionNote: null }, keep: ["letterNumber"] },
  Litmas: { clear: { offence: T, requesterLetterNumber: null, sections: {}, reviewNotes: null, tppNotes: null }, keep: ["number", "requesterInstitution", "custodyInstitution", "offenceArticle", "deliveredTo"] },
  LitmasVersion: { clear: { sections: {} }, keep: [] },
  LitmasEvent: { clear: { note: null }, keep: [] },
  Pendampingan: { clear: { investigatorName: null, investigatorPhone: null, offence: T, requesterLetterNumber: null, closedReason: null }, keep: ["number", "requesterInstitution", "offenceArticle", "assignmentLetterNumber"] },
  PendampinganStep: { clear: { attendees: T, outcome: T, decisionNumber: null }, keep: ["place"] },
  DiversiAgreement: { clear: { penetapanNumber: null, terms: T, outcomeNote: null, reportNote: null, officialActionNote: null }, keep: ["reportedTo"] },
  ClientEmployment: { clear: {}, keep: [] },
  Placement: { clear: { purpose: T }, keep: [] },
  // The answers (option ids) and the level stay for the figures; the officer's findings and notes go.
  RiskAssessment: { clear: { findings: {}, newInfoNote: null }, keep: ["answers"] },
  EndPreparationStep: { clear: { note: T }, keep: [] },
  KerjaSosialHours: { clear: { note: "" }, keep: [] },
  // A corrected or removed hours entry of the client: what it said and why it changed go.
  CommunityRecordRevision: { clear: { reason: T, before: {} }, keep: [] },
  GroupSessionAttendee: { clear: {}, keep: [] }, // presence only; the session's topic is the office's
  RetentionReview: { clear: {}, keep: ["reason"] },
};

/** Records deleted outright: earlier wordings of the notes, and the person's papers with their content. */
export const ANONYMISATION_DELETES = ["ContactRevision", "ClientDocument", "DocumentContent"] as const;
/** Records about a person left as they are: the audit trail is append-only and holds ids, not identities. */
export const ANONYMISATION_UNTOUCHED = ["AuditEvent"] as const;

async function anonymise(tx: Tx, personId: string, birthDate: Date | null) {
  const P = ANONYMISATION_PLAN;
  const byClient = { client: { personId } };
  const byLitmas = { litmas: { personId } };
  const byPend = { pendampingan: { personId } };
  // Earlier wordings and the papers go; everything else is overwritten in place. Objects in S3 are
  // removed once the transaction has committed (their keys are returned).
  const inBucket = await tx.clientDocument.findMany({ where: { ...byClient, storage: "s3", storageKey: { not: null } }, select: { storageKey: true } });
  await tx.contactRevision.deleteMany({ where: { contact: byClient } });
  await tx.documentContent.deleteMany({ where: { document: byClient } });
  await tx.clientDocument.deleteMany({ where: byClient });
  await tx.clientStatusEvent.updateMany({ where: byClient, data: P.ClientStatusEvent.clear });
  await tx.caseloadAssignment.updateMany({ where: byClient, data: P.CaseloadAssignment.clear });
  await tx.clientTransfer.updateMany({ where: byClient, data: P.ClientTransfer.clear });
  await tx.stageTransitionRequest.updateMany({ where: byClient, data: P.StageTransitionRequest.clear });
  await tx.guidanceProgramEntry.updateMany({ where: { program: byClient }, data: P.GuidanceProgramEntry.clear });
  await tx.guidanceProgram.updateMany({ where: byClient, data: P.GuidanceProgram.clear });
  await tx.contact.updateMany({ where: byClient, data: P.Contact.clear });
  await tx.contactParticipant.updateMany({ where: { contact: byClient }, data: P.ContactParticipant.clear });
  await tx.reportingSchedule.updateMany({ where: byClient, data: P.ReportingSchedule.clear });
  await tx.reportingAttendance.updateMany({ where: byClient, data: P.ReportingAttendance.clear });
  await tx.violation.updateMany({ where: byClient, data: P.Violation.clear });
  await tx.revocationProceeding.updateMany({ where: byClient, data: P.RevocationProceeding.clear });
  await tx.endOfGuidanceLetter.updateMany({ where: byClient, data: P.EndOfGuidanceLetter.clear });
  await tx.clientWarning.updateMany({ where: byClient, data: P.ClientWarning.clear });
  await tx.travelPermit.updateMany({ where: byClient, data: P.TravelPermit.clear });
  await tx.kerjaSosialHours.updateMany({ where: { placement: byClient }, data: P.KerjaSosialHours.clear });
  await tx.communityRecordRevision.updateMany({ where: byClient, data: P.CommunityRecordRevision.clear });
  await tx.placement.updateMany({ where: byClient, data: P.Placement.clear });
  await tx.riskAssessment.updateMany({ where: byClient, data: P.RiskAssessment.clear });
  await tx.endPreparationStep.updateMany({ where: byClient, data: P.EndPreparationStep.clear });
  await tx.litmasVersion.updateMany({ where: byLitmas, data: P.LitmasVersion.clear });
  await tx.litmasEvent.updateMany({ where: byLitmas, data: P.LitmasEvent.clear });
  await tx.pendampinganStep.updateMany({ where: byPend, data: P.PendampinganStep.clear });
  await tx.diversiAgreement.updateMany({ where: byPend, data: P.DiversiAgreement.clear });
  await tx.client.updateMany({ where: { personId }, data: { ...P.Client.clear, version: { increment: 1 } } });
  await tx.litmas.updateMany({ where: { personId }, data: { ...P.Litmas.clear, version: { increment: 1 } } });
  await tx.pendampingan.updateMany({ where: { personId }, data: { ...P.Pendampingan.clear, version: { increment: 1 } } });
  // The birth date only as fine as the reports need (each request's adult/child side kept).
  const requests = [
    ...(await tx.litmas.findMany({ where: { personId }, select: { receivedAt: true } })).map((l) => l.receivedAt),
    ...(await tx.pendampingan.findMany({ where: { personId }, select: { receivedAt: true } })).map((l) => l.receivedAt),
  ];
  await tx.person.update({
    where: { id: personId },
    data: { ...P.Person.clear, birthDate: birthDate ? generalisedBirthDate(birthDate, requests) : null, anonymisedAt: clock.now(), version: { increment: 1 } },
  });
  return inBucket.map((d) => d.storageKey!);
}

/** After the commit: the anonymised person's files in S3 go too (a failure is logged, the rows are gone already). */
async function removeObjects(keys: string[]) {
  if (keys.length === 0) return;
  try {
    const s3 = storageFor("s3");
    for (const k of keys) await s3.discard(k);
  } catch {
    console.error(`Anonymisation: ${keys.length} document object(s) in S3 could not be removed (storage not configured)`);
  }
}

/**
 * Keep or anonymise one person past retention. The person must still be due (re-checked under a
 * row lock: a case opened since the list was drawn, or a decision by someone else, wins).
 */
export async function decideRetention(user: CurrentUser, input: RetentionDecisionInput): Promise<{ decision: "KEEP" | "ANONYMISE" }> {
  assertCan(user, "retention:decide");
  const result = await prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string; birthDate: Date | null }[]>`
      SELECT id, "birthDate" FROM "Person" WHERE id = ${input.personId} AND "officeId" = ${user.officeId} FOR UPDATE`;
    if (!locked) throw notFound("Orang tidak ditemukan.");
    const { years, today } = await retentionContext(tx, user);
    const [due] = await retentionDueRows(tx, { officeId: user.officeId, timeZone: user.timeZone, years, today, personId: input.personId, limit: 1 });
    if (!due) throw conflict("Orang ini tidak lagi masuk daftar tinjauan masa simpan (ada perkara yang masih berjalan, sudah diputuskan, atau sudah dianonimkan). Muat ulang daftar.");
    if (input.decision === "KEEP") {
      const until = input.reviewAgainOn ?? nextReviewDay(today);
      if (until <= today || until > addMonths(today, 120)) throw invalid("Tanggal tinjauan ulang harus sesudah hari ini dan paling lama 10 tahun lagi.", { reviewAgainOn: ["Pilih tanggal sesudah hari ini, paling lama 10 tahun lagi."] });
      await tx.retentionReview.create({ data: { officeId: user.officeId, personId: input.personId, decision: "KEEP", reason: input.reason, reviewAgainOn: until, decidedById: user.id, decidedAt: clock.now() } });
      await audit(tx, user, { action: "person.retention.keep", entityType: "Person", entityId: input.personId, personId: input.personId, details: { years, reviewAgainOn: until.toISOString().slice(0, 10) } });
      return { decision: "KEEP" as const, objects: [] as string[] };
    }
    const objects = await anonymise(tx, input.personId, locked.birthDate);
    await tx.retentionReview.create({ data: { officeId: user.officeId, personId: input.personId, decision: "ANONYMISE", reason: input.reason, decidedById: user.id, decidedAt: clock.now() } });
    await audit(tx, user, { action: "person.anonymise", entityType: "Person", entityId: input.personId, personId: input.personId, details: { years, guidance: due.guidance, litmas: due.litmas, pendampingan: due.pendampingan } });
    return { decision: "ANONYMISE" as const, objects };
  });
  await removeObjects(result.objects);
  return { decision: result.decision };
}
