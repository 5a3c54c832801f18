"use server";

import { revalidatePath } from "next/cache";
import { ZMarkNewInformation, ZRecordRiskAssessment } from "@/lib/schemas/risk-assessment";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { markNewInformation, recordRiskAssessment } from "@/lib/server/services/risk-assessment";

function refresh(input: unknown) {
  const clientId = (input as { clientId?: string })?.clientId;
  if (clientId) revalidatePath(`/clients/${clientId}`, "layout");
  revalidatePath("/tasks");
}

export async function recordRiskAssessmentAction(input: unknown) {
  try {
    const user = await requireActor();
    const res = await runAction(ZRecordRiskAssessment, input, (data) => recordRiskAssessment(user, data), "Asesmen risiko dan kebutuhan tersimpan.");
    if (res.ok) refresh(input);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function markNewInformationAction(input: unknown) {
  try {
    const user = await requireActor();
    const res = await runAction(ZMarkNewInformation, input, (data) => markNewInformation(user, data), "Informasi baru dicatat; asesmen ulang jatuh tempo hari ini.");
    if (res.ok) refresh(input);
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
