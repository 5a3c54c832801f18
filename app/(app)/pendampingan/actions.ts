"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import {
  ZAssignPendampingan, ZCancelPendampingan, ZClosePendampingan, ZMarkAgreementCarriedOut, ZPendampinganRef, ZRecordDiversiAgreement,
  ZRecordOfficialAction, ZRecordPendampinganStep, ZReportNonExecution, ZRequestPendampingan,
} from "@/lib/schemas/pendampingan";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor, type CurrentUser } from "@/lib/server/auth";
import { assignPendampingan, disposePendampingan } from "@/lib/server/services/assign-pendampingan";
import { cancelPendampingan, closePendampingan } from "@/lib/server/services/close-pendampingan";
import { issueAssignmentLetter } from "@/lib/server/services/issue-assignment-letter";
import { recordDiversiAgreement } from "@/lib/server/services/record-diversi-agreement";
import { recordPendampinganStep } from "@/lib/server/services/record-pendampingan-step";
import { requestPendampingan } from "@/lib/server/services/request-pendampingan";
import { markAgreementCarriedOut, recordOfficialAction, reportNonExecution } from "@/lib/server/services/supervise-diversi-agreement";

function revalidate(id?: string) {
  revalidatePath("/pendampingan");
  if (id) revalidatePath(`/pendampingan/${id}`);
  revalidatePath("/");
  revalidatePath("/tasks");
}

/** One command on a case: the actor, the schema, the service, the success message. */
async function command<S extends z.ZodType, T>(schema: S, input: unknown, fn: (user: CurrentUser, d: z.infer<S>) => Promise<T>, message: string): Promise<ActionResult<T>> {
  try {
    const user = await requireActor();
    const res = await runAction(schema, input, (d) => fn(user, d), message);
    if (res.ok) revalidate((input as { pendampinganId?: string } | null)?.pendampinganId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function requestPendampinganAction(input: unknown) {
  return command(ZRequestPendampingan, input, requestPendampingan, "Permintaan pendampingan dicatat. Waktu 1×24 jam berjalan.");
}
export async function assignPendampinganAction(input: unknown) {
  return command(ZAssignPendampingan, input, assignPendampingan, "PK ditugaskan.");
}
export async function disposePendampinganAction(input: unknown) {
  return command(ZPendampinganRef, input, disposePendampingan, "Didisposisikan ke seksi BKA.");
}
export async function issueAssignmentLetterAction(input: unknown) {
  return command(ZPendampinganRef, input, issueAssignmentLetter, "Surat tugas diterbitkan.");
}
export async function recordPendampinganStepAction(input: unknown) {
  return command(ZRecordPendampinganStep, input, recordPendampinganStep, "Langkah pendampingan dicatat.");
}
export async function recordDiversiAgreementAction(input: unknown) {
  return command(ZRecordDiversiAgreement, input, recordDiversiAgreement, "Kesepakatan diversi dicatat dan diawasi.");
}
export async function markAgreementCarriedOutAction(input: unknown) {
  return command(ZMarkAgreementCarriedOut, input, markAgreementCarriedOut, "Kesepakatan dinyatakan dilaksanakan. Pendampingan selesai.");
}
export async function reportNonExecutionAction(input: unknown) {
  return command(ZReportNonExecution, input, reportNonExecution, "Laporan dicatat. Pejabat wajib menindaklanjuti dalam 7 hari.");
}
export async function recordOfficialActionAction(input: unknown) {
  return command(ZRecordOfficialAction, input, recordOfficialAction, "Tindak lanjut pejabat dicatat.");
}
export async function closePendampinganAction(input: unknown) {
  return command(ZClosePendampingan, input, closePendampingan, "Pendampingan ditutup.");
}
export async function cancelPendampinganAction(input: unknown) {
  return command(ZCancelPendampingan, input, cancelPendampingan, "Pendampingan dibatalkan.");
}
