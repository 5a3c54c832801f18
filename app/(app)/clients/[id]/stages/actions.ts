"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZCreateProgram, ZIssueLetter, ZProposeTransition, ZRecordProgramProgress, ZWithdrawTransition } from "@/lib/schemas/stages";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { issueEndOfGuidanceLetter } from "@/lib/server/services/issue-end-of-guidance-letter";
import { createGuidanceProgram, recordProgramProgress } from "@/lib/server/services/manage-guidance-program";
import { proposeStageTransition } from "@/lib/server/services/propose-stage-transition";
import { withdrawStageTransition } from "@/lib/server/services/withdraw-stage-transition";
import { replanClientStages } from "@/lib/server/services/replan-client-stages";
import { z } from "zod";
import { ZRecordPreparationStep } from "@/lib/schemas/risk-assessment";
import { recordPreparationStep } from "@/lib/server/services/record-preparation-step";

function refresh(clientId: unknown) {
  if (typeof clientId === "string") {
    revalidatePath(`/clients/${clientId}/stages`);
    revalidatePath(`/clients/${clientId}`);
  }
  revalidatePath("/transitions");
  revalidatePath("/letters");
}

export async function proposeTransitionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZProposeTransition, input, (d) => proposeStageTransition(user, d), "Usulan perubahan tahap dikirim ke sidang TPP.");
    if (res.ok) refresh((input as { clientId?: unknown })?.clientId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function withdrawTransitionAction(input: unknown, clientId: string): Promise<ActionResult> {
  try {
    const user = await requireActor();
    const res = await runAction(ZWithdrawTransition, input, (d) => withdrawStageTransition(user, d), "Usulan ditarik.");
    if (res.ok) refresh(clientId);
    return res as ActionResult;
  } catch (e) {
    return toActionError(e);
  }
}

export async function createProgramAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZCreateProgram, input, (d) => createGuidanceProgram(user, d), "Program bimbingan disimpan.");
    if (res.ok) refresh((input as { clientId?: unknown })?.clientId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function recordProgressAction(input: unknown, clientId: string): Promise<ActionResult> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRecordProgramProgress, input, (d) => recordProgramProgress(user, d), "Penilaian program dicatat.");
    if (res.ok) refresh(clientId);
    return res as ActionResult;
  } catch (e) {
    return toActionError(e);
  }
}

export async function issueLetterAction(input: unknown): Promise<ActionResult<{ id: string; number: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZIssueLetter, input, (d) => issueEndOfGuidanceLetter(user, d), "Surat keterangan akhir pembimbingan diterbitkan.");
    if (res.ok) refresh((input as { clientId?: unknown })?.clientId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function replanStagesAction(clientId: unknown): Promise<ActionResult<{ changed: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(z.object({ clientId: z.string().min(1).max(40) }), { clientId }, (d) => replanClientStages(user, d), "Rencana tahap diperbarui sesuai masa bimbingan.");
    if (res.ok) refresh(clientId);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function recordPreparationStepAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRecordPreparationStep, input, (d) => recordPreparationStep(user, d), "Persiapan akhir pembimbingan tersimpan.");
    if (res.ok) refresh((input as { clientId?: unknown })?.clientId);
    return res as ActionResult;
  } catch (e) {
    return toActionError(e);
  }
}
