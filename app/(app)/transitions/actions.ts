"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZDecideTransition } from "@/lib/schemas/stages";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { decideStageTransition } from "@/lib/server/services/decide-stage-transition";

export async function decideTransitionAction(input: unknown): Promise<ActionResult<{ status: "APPROVED" | "REJECTED" }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZDecideTransition, input, (d) => decideStageTransition(user, d));
    if (res.ok) {
      res.message = res.data?.status === "APPROVED" ? "Usulan disetujui; tahap klien diperbarui." : "Usulan ditolak.";
      revalidatePath("/transitions");
      revalidatePath("/clients", "layout");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
