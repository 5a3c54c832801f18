import "server-only";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import type { RecordComplaintInput, ReportViolationInput } from "@/lib/schemas/revocation";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";
import { warningsAllowProposal } from "./issue-warning";
import { OPEN_REVOCATION_STATUSES, openOrProposeRevocation } from "./revocation-common";

/** The PK records a violation; optionally proposes revocation for it at once. */
export async function reportViolation(user: CurrentUser, input: ReportViolationInput, now = clock.now()): Promise<{ id: string; revocationId: string | null }> {
  assertCan(user, "violation:report");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, officeId: true, status: true, guidanceStart: true, program: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  const occurredOn = parseIsoDate(input.occurredOn)!;
  if (occurredOn > todayIn(user.timeZone, now)) throw invalid("Tanggal kejadian di masa depan.", { occurredOn: ["Tanggal kejadian tidak boleh setelah hari ini."] });
  if (occurredOn < client.guidanceStart) throw invalid("Tanggal kejadian sebelum masa bimbingan.", { occurredOn: ["Tanggal kejadian harus di dalam masa bimbingan."] });
  return prisma.$transaction(async (tx) => {
    if (input.proposeRevocation) {
      const open = await tx.revocationProceeding.count({ where: { clientId: client.id, status: { in: [...OPEN_REVOCATION_STATUSES] } } });
      const check = open ? { ok: true as const } : await warningsAllowProposal(tx, client);
      if (!check.ok) throw invalid(check.message, { proposeRevocation: [check.message] });
    }
    // One proceeding per client: a violation proposed while one runs joins it.
    const revocation = input.proposeRevocation ? await openOrProposeRevocation(tx, client, false) : null;
    const v = await tx.violation.create({
      data: {
        officeId: client.officeId, clientId: client.id, type: input.type, occurredOn, description: input.description,
        status: revocation ? "UNDER_REVIEW" : "OPEN", reportedById: user.id, revocationId: revocation?.id ?? null,
      },
      select: { id: true },
    });
    await audit(tx, user, { action: "violation.report", entityType: "Violation", entityId: v.id, clientId: client.id, details: { type: input.type, revocationId: revocation?.id ?? null } });
    if (revocation?.created) await audit(tx, user, { action: "revocation.propose", entityType: "RevocationProceeding", entityId: revocation.id, clientId: client.id });
    return { id: v.id, revocationId: revocation?.id ?? null };
  });
}

/**
 * A written complaint from the public (pengaduan masyarakat), examined by the PK and recorded in a
 * berita acara pemeriksaan: a violation and a revocation proceeding (or the client's open one).
 */
export async function recordComplaint(user: CurrentUser, input: RecordComplaintInput, now = clock.now()): Promise<{ id: string; revocationId: string }> {
  assertCan(user, "violation:report");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, officeId: true, status: true, guidanceStart: true, program: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  const complaintOn = parseIsoDate(input.complaintOn)!;
  if (complaintOn > todayIn(user.timeZone, now)) throw invalid("Tanggal pengaduan di masa depan.", { complaintOn: ["Tanggal pengaduan tidak boleh setelah hari ini."] });
  if (complaintOn < client.guidanceStart) throw invalid("Tanggal pengaduan sebelum masa bimbingan.", { complaintOn: ["Tanggal pengaduan harus di dalam masa bimbingan."] });
  return prisma.$transaction(async (tx) => {
    const revocation = await openOrProposeRevocation(tx, client, false, { complainant: input.complainant, complaintOn, examinationReport: input.examinationReport });
    const v = await tx.violation.create({
      data: {
        officeId: client.officeId, clientId: client.id, type: input.type, occurredOn: complaintOn, status: "UNDER_REVIEW", reportedById: user.id, revocationId: revocation.id,
        description: `Pengaduan masyarakat dari ${input.complainant}: ${input.description}`,
      },
      select: { id: true },
    });
    await audit(tx, user, { action: "violation.complaint", entityType: "Violation", entityId: v.id, clientId: client.id, details: { type: input.type, revocationId: revocation.id, joined: !revocation.created } });
    if (revocation.created) await audit(tx, user, { action: "revocation.propose", entityType: "RevocationProceeding", entityId: revocation.id, clientId: client.id, details: { source: "PENGADUAN" } });
    return { id: v.id, revocationId: revocation.id };
  });
}
