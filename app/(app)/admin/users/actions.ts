"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZCreateUser, ZDecideAccountChange, ZResetUserPassword, ZUpdateUser } from "@/lib/schemas/user-admin";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { createUser, type CreateUserResult } from "@/lib/server/services/create-user";
import { decideAccountChange } from "@/lib/server/services/decide-account-change";
import type { PendingAccountChange } from "@/lib/server/services/request-account-change";
import { resetUserPassword } from "@/lib/server/services/reset-user-password";
import { updateUser } from "@/lib/server/services/update-user";

const waitsFor = (p: PendingAccountChange) => `Permintaan dicatat dan menunggu konfirmasi ${p.confirmer}. Perubahan berlaku setelah dikonfirmasi.`;

/** A success that waited for a second person says so instead of the ordinary message. */
function withPendingMessage<T extends { pending: PendingAccountChange | null }>(res: ActionResult<T>): ActionResult<T> {
  if (res.ok && res.data?.pending) return { ...res, message: waitsFor(res.data.pending) };
  return res;
}

export async function createUserAction(input: unknown): Promise<ActionResult<CreateUserResult>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZCreateUser, input, (data) => createUser(user, data), "Pengguna ditambahkan.");
    if (res.ok) revalidatePath("/admin/users");
    return withPendingMessage(res);
  } catch (e) {
    return toActionError(e);
  }
}

export async function updateUserAction(input: unknown): Promise<ActionResult<{ version: number; endedSessions: number; pending: PendingAccountChange | null }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZUpdateUser, input, (data) => updateUser(user, data), "Perubahan disimpan.");
    if (res.ok) revalidatePath("/admin/users");
    return withPendingMessage(res);
  } catch (e) {
    return toActionError(e);
  }
}

export async function resetUserPasswordAction(input: unknown): Promise<ActionResult<{ endedSessions: number; pending: PendingAccountChange | null }>> {
  try {
    const user = await requireActor();
    return withPendingMessage(await runAction(ZResetUserPassword, input, (data) => resetUserPassword(user, data), "Kata sandi baru disimpan dan kunci akun dibuka."));
  } catch (e) {
    return toActionError(e);
  }
}

const DECIDED = { CONFIRM: "Perubahan akun dikonfirmasi dan diberlakukan.", REFUSE: "Permintaan perubahan akun ditolak.", CANCEL: "Permintaan dibatalkan." } as const;

export async function decideAccountChangeAction(input: unknown): Promise<ActionResult<{ status: string; targetUserId: string | null }>> {
  try {
    const user = await requireActor();
    const decision = ZDecideAccountChange.safeParse(input);
    const res = await runAction(ZDecideAccountChange, input, (data) => decideAccountChange(user, data), decision.success ? DECIDED[decision.data.decision] : undefined);
    if (res.ok) {
      revalidatePath("/admin/users");
      revalidatePath("/account-changes");
      revalidatePath("/");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
