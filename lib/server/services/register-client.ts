import "server-only";
import { personIdentityOf } from "@/lib/domain/person";
import type { z } from "zod";
import { computeStagePlan, StagePlanError } from "@/lib/domain/stages";
import type { ZRegisterClient } from "@/lib/schemas/client";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid } from "../errors";
import { toClientData } from "../registry/client-data";
import { nextRegisterNumber } from "../registry/office-numbers";
import { findNikMatches } from "../queries/client-registry";

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
  if (data.nik && !input.confirmDuplicate) {
    const matches = await findNikMatches(user, data.nik);
    if (matches.length) throw duplicateNikError(matches);
  }
  let plan;
  try {
    plan = computeStagePlan(data.guidanceStart, data.guidanceEnd);
  } catch (e) {
    if (e instanceof StagePlanError) throw invalid(e.message, { guidanceEnd: [e.message] });
    throw e;
  }
  const selfAssign = user.role === "PK";
  try {
    return await prisma.$transaction(async (tx) => {
      const registerNumber = await nextRegisterNumber(tx, user.officeId);
      const person = await tx.person.create({ data: { ...personIdentityOf(data), officeId: user.officeId, createdById: user.id }, select: { id: true } });
      const client = await tx.client.create({
        data: {
          ...data,
          officeId: user.officeId,
          personId: person.id,
          registerNumber,
          status: "AKTIF",
          currentStage: "AWAL",
          assignedPkId: selfAssign ? user.id : null,
          createdById: user.id,
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
      if (selfAssign) {
        await tx.caseloadAssignment.create({
          data: { officeId: user.officeId, clientId: client.id, pkId: user.id, kind: "INITIAL", reason: "Didaftarkan oleh PK sendiri", assignedById: user.id },
        });
      }
      await audit(tx, user, {
        action: "client.create", entityType: "Client", entityId: client.id, clientId: client.id, personId: person.id,
        details: { registerNumber: client.registerNumber, selfAssigned: selfAssign, duplicateNikConfirmed: Boolean(input.confirmDuplicate && data.nik) },
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
