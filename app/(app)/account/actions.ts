"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { ZChangePassword } from "@/lib/schemas/auth";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { changePassword } from "@/lib/server/services/change-password";
import { revokeOwnSession } from "@/lib/server/services/revoke-session";
import { revalidatePath } from "next/cache";

export async function changePasswordAction(input: unknown): Promise<ActionResult<{ endedSessions: number }>> {
  try {
    const user = await requireActor({ allowPendingPasswordChange: true });
    return await runAction(ZChangePassword, input, (data) => changePassword(user, data), "Kata sandi berhasil diubah.");
  } catch (e) {
    return toActionError(e);
  }
}

export async function revokeSessionAction(sessionId: unknown): Promise<ActionResult> {
  try {
    const user = await requireActor();
    const result = await runAction(z.string().min(1).max(100), sessionId, (id) => revokeOwnSession(user, id), "Sesi diakhiri.");
    revalidatePath("/account");
    return result as ActionResult;
  } catch (e) {
    return toActionError(e);
  }
}
