"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { ZChangePassword } from "@/lib/schemas/auth";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { changePassword } from "@/lib/server/services/change-password";
import { revokeOwnSession } from "@/lib/server/services/revoke-session";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { renewSessionCookie } from "@/lib/server/auth/session-cookie";
import { clientIp } from "@/lib/server/client-ip";

export async function changePasswordAction(input: unknown): Promise<ActionResult<{ endedSessions: number }>> {
  try {
    const user = await requireActor({ allowPendingPasswordChange: true });
    const h = await headers();
    const meta = { ip: clientIp(h), userAgent: h.get("user-agent") };
    return await runAction(
      ZChangePassword,
      input,
      async (data) => {
        const { endedSessions, sessionToken } = await changePassword(user, data, meta);
        await renewSessionCookie(user.id, sessionToken);
        return { endedSessions };
      },
      "Kata sandi berhasil diubah.",
    );
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
