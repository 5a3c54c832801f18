import "server-only";
import type { z } from "zod";
import { computeStagePlan, StagePlanError } from "@/lib/domain/stages";
import type { ZRegisterClient } from "@/lib/schemas/client";
import { stageBoundariesFor } from "@/lib/schemas/stages";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid } from "../errors";
import { splitClientData, toClientData } from "../registry/client-data";
import { nextRegisterNumber } from "../registry/office-numbers";
import { findNikMatches } from "../queries/client-registry";
import { litmasScope } from "../queries/litmas";
import { parseIsoDate } from "@/lib/domain/calendar";
import { canStartGuidanceFrom } from "@/lib/domain/litmas";
import type { Tx } from "../db";
import { pendampinganForGuidance } from "../queries/pendampingan";

/** The approved litmas a decree starts guidance from: about a person not yet in guidance, in the user's scope. */
async function litmasForDecree(db: Tx | typeof prisma, user: CurrentUser, litmasId: string) {
  const l = await db.litmas.findFirst({
    where: { AND: [litmasScope(user), { id: litmasId }] },
    select: { id: true, number: true, status: true, purpose: true, clientId: true, personId: true, assignedPkId: true },
  });
  if (!l) throw invalid("Litmas tidak ditemukan.", { fromLitmasId: ["Litmas tidak ditemukan."] });
  if (l.clientId) throw conflict("Pembimbingan untuk litmas ini sudah dimulai.");
  if (!canStartGuidanceFrom(l)) {
    throw invalid("Pembimbingan dimulai dari litmas integrasi atau asimilasi yang sudah disetujui Kepala Bapas.");
  }
  return l;
}

export function duplicateNikError(matches: { fullName: string; registerNumber: string }[]) {
  const list = matches.map((m) => `${m.fullName} (${m.registerNumber})`).join(", ");
  return invalid(`NIK ini sudah terdaftar di kantor Anda: ${list}. Periksa dulu; bila memang klien yang berbeda, centang "Tetap simpan" lalu simpan lagi.`, {
    nik: [`NIK sudah terdaftar: ${list}.`],
  });
}

/**
 * Registers a client in the user's office: the next register number (OfficeCounter, same
 * transaction), the three guidance stages from the period (tahap awal active), the first status
 * event, and for a PK the assignment to themselves.
 */
export async function registerClient(user: CurrentUser, input: z.infer<typeof ZRegisterClient>) {
  assertCan(user, "client:create");
  const data = toClientData(input);
  const { person: identity, client: columns } = splitClientData(data);
  const fromLitmas = input.fromLitmasId ? await litmasForDecree(prisma, user, input.fromLitmasId) : null;
  const fromPendampingan = !fromLitmas && input.fromPendampinganId ? await pendampinganForGuidance(user, input.fromPendampinganId) : null;
  const carried = fromLitmas ?? fromPendampingan;
  // A decree carries a known person forward: their own NIK is no duplicate.
  const carriedNik = carried ? (await prisma.person.findUniqueOrThrow({ where: { id: carried.personId }, select: { nik: true } })).nik : null;
  if (data.nik && data.nik !== carriedNik && !input.confirmDuplicate) {
    const matches = await findNikMatches(user, data.nik);
    if (matches.length) throw duplicateNikError(matches);
  }
  // The office's planned split of the period (a prompt for review; the TPP decides each move).
  const office = await prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true } });
  let plan;
  try {
    plan = computeStagePlan(data.guidanceStart, data.guidanceEnd, stageBoundariesFor(office.settings, input.program));
  } catch (e) {
    if (e instanceof StagePlanError) throw invalid(e.message, { guidanceEnd: [e.message] });
    throw e;
  }
  // A PK registers into her own caseload; a decree after a litmas continues with the PK who wrote it.
  const pkId = user.role === "PK" ? user.id : (carried?.assignedPkId ?? null);
  const selfAssign = user.role === "PK";
  try {
    return await prisma.$transaction(async (tx) => {
      const registerNumber = await nextRegisterNumber(tx, user.officeId);
      // The decree carries the person forward (its identity completed from the form); otherwise a new person.
      const person = carried
        ? await tx.person.update({ where: { id: carried.personId }, data: { ...identity, version: { increment: 1 } }, select: { id: true } })
        : await tx.person.create({ data: { ...identity, officeId: user.officeId, createdById: user.id }, select: { id: true } });
      // The period holds no identity; its name is the person's, copied by the database.
      const client = await tx.client.create({
        data: {
          ...columns,
          officeId: user.officeId,
          personId: person.id,
          registerNumber,
          status: "AKTIF",
          currentStage: "AWAL",
          assignedPkId: pkId,
          createdById: user.id,
          ...(fromLitmas
            ? { decreeNumber: input.decreeNumber || null, decreeDate: input.decreeDate ? parseIsoDate(input.decreeDate) : null, decreeIssuer: input.decreeIssuer || null }
            : {}),
        },
        select: { id: true, registerNumber: true },
      });
      await tx.guidanceStage.createMany({
        data: plan.map((s) => ({
          clientId: client.id, kind: s.kind, plannedStart: s.plannedStart, plannedEnd: s.plannedEnd,
          ...(s.kind === "AWAL" ? { status: "ACTIVE" as const, actualStart: s.plannedStart } : { status: "PLANNED" as const }),
        })),
      });
      await tx.clientStatusEvent.create({
        data: { clientId: client.id, fromStatus: null, toStatus: "AKTIF", effectiveDate: data.guidanceStart, reason: "Registrasi klien baru", changedById: user.id },
      });
      if (pkId) {
        const reason = selfAssign ? "Didaftarkan oleh PK sendiri" : fromPendampingan ? `Melanjutkan pendampingan ${fromPendampingan.number ?? ""}`.trim() : `Melanjutkan litmas ${fromLitmas?.number ?? ""}`.trim();
        await tx.caseloadAssignment.create({
          data: { officeId: user.officeId, clientId: client.id, pkId, kind: "INITIAL", reason, assignedById: user.id },
        });
      }
      if (fromLitmas) {
        // Link the litmas to the new period, once: a second decree for the same litmas loses here.
        const { count } = await tx.litmas.updateMany({ where: { id: fromLitmas.id, clientId: null }, data: { clientId: client.id } });
        if (count === 0) throw conflict("Pembimbingan untuk litmas ini sudah dimulai.");
        await tx.litmasEvent.create({ data: { litmasId: fromLitmas.id, action: "GUIDANCE_STARTED", actorId: user.id, note: `Pembimbingan dimulai: ${input.decreeNumber} (${client.registerNumber})` } });
      }
      if (fromPendampingan) {
        // Link the pendampingan to the new period, once: a second registration from it loses here.
        const { count } = await tx.pendampingan.updateMany({ where: { id: fromPendampingan.id, clientId: null }, data: { clientId: client.id, version: { increment: 1 } } });
        if (count === 0) throw conflict("Pembimbingan dari putusan ini sudah dimulai.");
      }
      await audit(tx, user, {
        action: "client.create", entityType: "Client", entityId: client.id, clientId: client.id, personId: person.id,
        details: {
          registerNumber: client.registerNumber, selfAssigned: selfAssign, duplicateNikConfirmed: Boolean(input.confirmDuplicate && data.nik),
          ...(fromLitmas ? { fromLitmasId: fromLitmas.id, decreeNumber: input.decreeNumber } : {}),
          ...(fromPendampingan ? { fromPendampinganId: fromPendampingan.id } : {}),
        },
      });
      return client;
    });
  } catch (e) {
    if (e && typeof e === "object" && "code" in e && (e as { code: string }).code === "P2002") {
      throw conflict("Nomor register bentrok dengan nomor yang sudah ada. Coba simpan lagi; bila berulang, hubungi admin untuk memeriksa format nomor register.");
    }
    throw e;
  }
}
