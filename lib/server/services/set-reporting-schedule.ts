import "server-only";
import { addDays, parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/format";
import type { SetReportingScheduleInput } from "@/lib/schemas/reporting";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";
import { lockClientReporting } from "./reporting-common";

/**
 * Sets a client's wajib-lapor schedule, or changes it from a day on: the current schedule ends the
 * day before, so reports already due under it keep their dates. A schedule never makes up history:
 * it starts today or later (past reports are copied by hand, see recordPastReport).
 */
export async function setReportingSchedule(user: CurrentUser, input: SetReportingScheduleInput, now = clock.now()): Promise<{ id: string }> {
  assertCan(user, "reporting:record");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: input.clientId }] },
    select: { id: true, status: true, guidanceStart: true, guidanceEnd: true },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  const startsOn = parseIsoDate(input.startsOn)!;
  const today = todayIn(user.timeZone, now);
  if (startsOn < today) {
    throw invalid("Jadwal wajib lapor mulai hari ini atau sesudahnya.", { startsOn: ["Pilih hari ini atau sesudahnya. Lapor yang sudah lewat dicatat lewat Catat lapor lampau."] });
  }
  if (startsOn < client.guidanceStart || startsOn > client.guidanceEnd) {
    throw invalid("Tanggal mulai di luar masa bimbingan.", { startsOn: ["Harus di dalam masa bimbingan klien."] });
  }
  return prisma.$transaction(async (tx) => {
    await lockClientReporting(tx, client.id);
    const [latestSchedule, latestRecord] = await Promise.all([
      tx.reportingSchedule.findFirst({ where: { clientId: client.id }, orderBy: { startsOn: "desc" }, select: { startsOn: true } }),
      tx.reportingAttendance.findFirst({ where: { clientId: client.id }, orderBy: { dueOn: "desc" }, select: { dueOn: true } }),
    ]);
    if (latestSchedule && startsOn <= latestSchedule.startsOn) {
      throw invalid("Jadwal baru harus mulai setelah jadwal yang berlaku.", { startsOn: [`Pilih tanggal setelah ${formatDate(latestSchedule.startsOn)}.`] });
    }
    if (latestRecord && startsOn <= latestRecord.dueOn) {
      throw invalid("Sudah ada catatan lapor pada atau setelah tanggal itu.", { startsOn: ["Pilih tanggal setelah catatan lapor terakhir."] });
    }
    await tx.reportingSchedule.updateMany({
      where: { clientId: client.id, OR: [{ endsOn: null }, { endsOn: { gte: startsOn } }] },
      data: { endsOn: addDays(startsOn, -1) },
    });
    const row = await tx.reportingSchedule.create({
      data: { clientId: client.id, frequency: input.frequency, startsOn, note: input.note || null, createdById: user.id },
      select: { id: true },
    });
    await audit(tx, user, {
      action: latestSchedule ? "reporting.schedule.change" : "reporting.schedule.set", entityType: "ReportingSchedule", entityId: row.id, clientId: client.id,
      details: { frequency: input.frequency, startsOn: input.startsOn },
    });
    return row;
  });
}
