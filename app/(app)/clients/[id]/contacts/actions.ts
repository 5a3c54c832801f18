"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZLogContact, ZSetContactOutcome } from "@/lib/schemas/contact";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { logContact, type LogContactResult } from "@/lib/server/services/log-contact";
import { setContactOutcome } from "@/lib/server/services/set-contact-outcome";

export async function logContactAction(input: unknown): Promise<ActionResult<LogContactResult>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZLogContact, input, (data) => logContact(user, data), "Kontak tersimpan.");
    if (res.ok && res.data) {
      const clientId = (input as { clientId: string }).clientId;
      revalidatePath(`/clients/${clientId}`);
      revalidatePath("/tasks");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function setContactOutcomeAction(input: unknown): Promise<ActionResult<{ id: string; clientId: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZSetContactOutcome, input, (data) => setContactOutcome(user, data), "Hasil kontak tersimpan.");
    if (res.ok && res.data) {
      revalidatePath(`/clients/${res.data.clientId}`);
      revalidatePath("/tasks");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
