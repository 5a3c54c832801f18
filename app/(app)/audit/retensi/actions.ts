"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZRetentionDecision } from "@/lib/schemas/retention";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { decideRetention } from "@/lib/server/services/retention";

/** The Kepala keeps or anonymises one person past retention (the service checks role, office and that the person is still due). */
export async function decideRetentionAction(input: unknown): Promise<ActionResult<{ decision: "KEEP" | "ANONYMISE" }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRetentionDecision, input, (v) => decideRetention(user, v));
    if (!res.ok) return res;
    revalidatePath("/audit/retensi");
    return { ...res, message: res.data?.decision === "KEEP" ? "Data disimpan dan akan ditinjau lagi pada tanggal yang dipilih." : "Data orang ini sudah dianonimkan. Angka statistik tetap." };
  } catch (e) {
    return toActionError(e);
  }
}
