"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/action-result";
import { ZRecordAttendance, ZSetReportingSchedule } from "@/lib/schemas/reporting";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor } from "@/lib/server/auth";
import { recordAttendance } from "@/lib/server/services/record-attendance";
import { setReportingSchedule } from "@/lib/server/services/set-reporting-schedule";

export async function setReportingScheduleAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZSetReportingSchedule, input, (data) => setReportingSchedule(user, data), "Jadwal wajib lapor tersimpan.");
    if (res.ok) revalidatePath(`/clients/${(input as { clientId: string }).clientId}`, "layout");
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function recordAttendanceAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const user = await requireActor();
    const res = await runAction(ZRecordAttendance, input, (data) => recordAttendance(user, data), "Lapor diri tercatat.");
    if (res.ok) {
      revalidatePath(`/clients/${(input as { clientId: string }).clientId}`, "layout");
      revalidatePath("/tasks");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}
