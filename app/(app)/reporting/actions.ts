"use server";

import { revalidatePath } from "next/cache";
import { ZRecordArrival } from "@/lib/schemas/reporting";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { recordArrival } from "@/lib/server/services/record-arrival";

/** The desk's arrival tap: public endpoint, so it only parses and calls the service. */
export async function recordArrivalAction(input: unknown) {
  try {
    const user = await requireActor();
    const res = await runAction(ZRecordArrival, input, (data) => recordArrival(user, data));
    if (res.ok) {
      revalidatePath("/reporting");
      revalidatePath(`/clients/${(input as { clientId: string }).clientId}`, "layout");
      revalidatePath("/tasks");
      return { ...res, message: res.data?.already ? "Sudah tercatat sebelumnya." : "Lapor diri tercatat." };
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
