"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZRecordTppSession } from "@/lib/schemas/stages";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { recordTppSession } from "@/lib/server/services/record-tpp-session";

export async function recordTppSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRecordTppSession, input, (d) => recordTppSession(user, d), "Hasil sidang TPP dicatat.");
    if (res.ok) {
      revalidatePath("/tpp");
      revalidatePath("/transitions");
      revalidatePath("/litmas", "layout");
      revalidatePath("/clients", "layout");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
