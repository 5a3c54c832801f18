"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { ZConfirmMangkir, ZRecordAttendance, ZRecordPastReport, ZSetReportingSchedule } from "@/lib/schemas/reporting";
import { runAction, toActionError } from "@/lib/server/action";
import { requireActor, type CurrentUser } from "@/lib/server/auth";
import { confirmMangkir } from "@/lib/server/services/confirm-mangkir";
import { recordAttendance, recordPastReport } from "@/lib/server/services/record-attendance";
import { setReportingSchedule } from "@/lib/server/services/set-reporting-schedule";

/** One reporting action: the user, the schema, the service, then the client's pages and the inbox refresh. */
async function reportingAction<S extends z.ZodType<{ clientId: string }>, R>(
  schema: S, input: unknown, run: (user: CurrentUser, data: z.infer<S>) => Promise<R>, message: string,
): Promise<ActionResult<R>> {
  try {
    const user = await requireActor();
    const res = await runAction(schema, input, (data) => run(user, data), message);
    if (res.ok) {
      revalidatePath(`/clients/${(input as { clientId: string }).clientId}`, "layout");
      revalidatePath("/tasks");
    }
    return res;
  } catch (e) {
    return toActionError(e);
  }
}

export async function setReportingScheduleAction(input: unknown) {
  return reportingAction(ZSetReportingSchedule, input, setReportingSchedule, "Jadwal wajib lapor tersimpan.");
}

export async function recordAttendanceAction(input: unknown) {
  return reportingAction(ZRecordAttendance, input, recordAttendance, "Lapor diri tercatat.");
}

export async function confirmMangkirAction(input: unknown) {
  return reportingAction(ZConfirmMangkir, input, confirmMangkir, "Mangkir dikonfirmasi dan dicatat sebagai pelanggaran.");
}

export async function recordPastReportAction(input: unknown) {
  return reportingAction(ZRecordPastReport, input, recordPastReport, "Lapor lampau tercatat.");
}
