"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZRevokeLetter } from "@/lib/schemas/stages";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { revokeEndOfGuidanceLetter } from "@/lib/server/services/revoke-end-of-guidance-letter";

export async function revokeLetterAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRevokeLetter, input, (d) => revokeEndOfGuidanceLetter(user, d), "Surat dibatalkan.");
    if (res.ok) {
      revalidatePath("/letters");
      revalidatePath("/clients", "layout");
    }
    return res as ActionResult;
  } catch (e) {
    return toActionError(e);
  }
}
