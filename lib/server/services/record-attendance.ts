import "server-only";
import { addDays, parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { dueDays } from "@/lib/domain/reporting";
import type { RecordAttendanceInput } from "@/lib/schemas/reporting";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { lockClientReporting } from "./mark-missed-reports";
import { clock } from "../../clock";

/** How far ahead a report can be taken (a client who comes a few days early). */
export const EARLY_REPORT_DAYS = 7;

/**
 * Records a client's report (hadir) or excused absence (izin) for a scheduled day: by the PK, or at
 * the office desk by the admin or the Kepala for any client of the office.
 */
export async function recordAttendance(user: CurrentUser, input: RecordAttendanceInput, now = clock.now()): Promise<{ id: string }> {
  assertCan(user, "reporting:record");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: input.clientId }] },
    select: { id: true, status: true, guidanceEnd: true },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  const dueOn = parseIsoDate(input.dueOn)!;
  const today = todayIn(user.timeZone, now);

  return prisma.$transaction(async (tx) => {
    await lockClientReporting(tx, client.id);
    const schedules = await tx.reportingSchedule.findMany({ where: { clientId: client.id }, select: { id: true, frequency: true, startsOn: true, endsOn: true } });
    const day = dueDays(schedules, client.guidanceEnd, addDays(today, EARLY_REPORT_DAYS)).find((d) => d.dueOn.getTime() === dueOn.getTime());
    if (!day) throw invalid("Tanggal itu bukan jadwal wajib lapor klien.", { dueOn: ["Pilih salah satu jadwal lapor."] });
    const existing = await tx.reportingAttendance.findUnique({ where: { clientId_dueOn: { clientId: client.id, dueOn } }, select: { id: true } });
    if (existing) throw conflict("Jadwal lapor ini sudah tercatat.");
    const row = await tx.reportingAttendance.create({
      data: {
        clientId: client.id, scheduleId: day.scheduleId, dueOn, status: input.status,
        channel: input.status === "HADIR" ? input.channel : null, attendedAt: input.status === "HADIR" ? now : null,
        excuseReason: input.status === "IZIN" ? input.excuseReason : null, note: input.note || null, recordedById: user.id,
      },
      select: { id: true },
    });
    await audit(tx, user, { action: "reporting.record", entityType: "ReportingAttendance", entityId: row.id, clientId: client.id, details: { dueOn: input.dueOn, status: input.status, channel: input.channel ?? null } });
    return row;
  });
}
