"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZCreateUser, ZResetUserPassword, ZUpdateUser } from "@/lib/schemas/user-admin";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { createUser } from "@/lib/server/services/create-user";
import { resetUserPassword } from "@/lib/server/services/reset-user-password";
import { updateUser } from "@/lib/server/services/update-user";

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZCreateUser, input, (data) => createUser(user, data), "Pengguna ditambahkan.");
    if (res.ok) revalidatePath("/admin/users");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function updateUserAction(input: unknown): Promise<ActionResult<{ version: number; endedSessions: number }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZUpdateUser, input, (data) => updateUser(user, data), "Perubahan disimpan.");
    if (res.ok) revalidatePath("/admin/users");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function resetUserPasswordAction(input: unknown): Promise<ActionResult<{ endedSessions: number }>> {
  try {
    const user = await requireActor();
    return await runAction(ZResetUserPassword, input, (data) => resetUserPassword(user, data), "Kata sandi baru disimpan dan kunci akun dibuka.");
  } catch (e) {
    return toActionError(e);
  }
}
