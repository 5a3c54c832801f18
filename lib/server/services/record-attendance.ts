import "server-only";
import { addDays, parseIsoDate, todayIn, toIsoDate } from "@/lib/domain/calendar";
import { reportTiming } from "@/lib/domain/reporting";
import { formatDate } from "@/lib/format";
import type { RecordAttendanceInput, RecordPastReportInput } from "@/lib/schemas/reporting";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";
import { clientWindows, lockClientReporting, officeReportingRules, SCHEDULE_SELECT } from "./reporting-common";

async function reportingClient(user: CurrentUser, clientId: string) {
  assertCan(user, "reporting:record");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: clientId }] },
    select: { id: true, status: true, guidanceStart: true, guidanceEnd: true, office: { select: { settings: true } } },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  return client;
}

/**
 * Records a client's report (hadir) or excused absence (izin) for a due day: by the PK, or at the
 * office desk by the admin or the Kepala for any client of the office. A report counts when it was
 * made inside the day's window (late, "terlambat", after the expected day where the office counts
 * it); it may be entered afterwards, also over a TIDAK_LAPOR the system marked meanwhile. An izin
 * can be recorded for any day whose window has opened.
 */
export async function recordAttendance(user: CurrentUser, input: RecordAttendanceInput, now = clock.now()): Promise<{ id: string }> {
  const client = await reportingClient(user, input.clientId);
  const dueOn = parseIsoDate(input.dueOn)!;
  const today = todayIn(user.timeZone, now);
  const attendedOn = input.status === "HADIR" ? (input.attendedOn ? parseIsoDate(input.attendedOn)! : today) : null;
  if (attendedOn && attendedOn > today) throw invalid("Tanggal lapor tidak boleh setelah hari ini.", { attendedOn: ["Isi tanggal hari ini atau sebelumnya."] });
  const rules = officeReportingRules(client.office.settings);

  return prisma.$transaction(async (tx) => {
    await lockClientReporting(tx, client.id);
    const schedules = await tx.reportingSchedule.findMany({ where: { clientId: client.id }, ...SCHEDULE_SELECT });
    const window = clientWindows(rules, schedules, client.guidanceEnd, today).find((w) => w.dueOn.getTime() === dueOn.getTime());
    if (!window) throw invalid("Tanggal itu bukan jadwal wajib lapor klien yang sudah dibuka.", { dueOn: ["Pilih salah satu jadwal lapor."] });
    let late = false;
    if (attendedOn) {
      const timing = reportTiming(window, attendedOn, rules.window);
      if (timing === "NOT_OPEN") throw invalid(`Lapor untuk jadwal ini baru dibuka ${formatDate(window.opensOn)}.`, { attendedOn: [`Paling awal ${formatDate(window.opensOn)}.`] });
      if (timing === "CLOSED") {
        throw invalid(`Batas lapor jadwal ini sudah lewat (${formatDate(window.closesOn)}). Konfirmasi mangkir atau catat izin.`, { attendedOn: [`Paling lambat ${formatDate(window.closesOn)}.`] });
      }
      late = timing === "LATE";
    }
    const existing = await tx.reportingAttendance.findUnique({ where: { clientId_dueOn: { clientId: client.id, dueOn } }, select: { id: true, status: true } });
    if (existing && existing.status !== "TIDAK_LAPOR") throw conflict("Jadwal lapor ini sudah tercatat.");
    const data = {
      status: input.status, channel: input.status === "HADIR" ? input.channel : null,
      attendedOn, attendedAt: attendedOn && attendedOn.getTime() === today.getTime() ? now : null, late,
      excuseReason: input.status === "IZIN" ? input.excuseReason : null, note: input.note || null, recordedById: user.id,
    };
    const row = existing
      ? await tx.reportingAttendance.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.reportingAttendance.create({ data: { clientId: client.id, scheduleId: window.scheduleId, dueOn, ...data }, select: { id: true } });
    await audit(tx, user, {
      action: "reporting.record", entityType: "ReportingAttendance", entityId: row.id, clientId: client.id,
      details: { dueOn: input.dueOn, status: input.status, channel: input.channel ?? null, attendedOn: attendedOn && toIsoDate(attendedOn), late, overUnreported: !!existing },
    });
    return row;
  });
}

/**
 * Copies a report made before the client's schedule was kept in Bimbing, from the paper register:
 * a day inside the guidance period, before today and before the first schedule's first window.
 */
export async function recordPastReport(user: CurrentUser, input: RecordPastReportInput, now = clock.now()): Promise<{ id: string }> {
  const client = await reportingClient(user, input.clientId);
  const day = parseIsoDate(input.reportedOn)!;
  const today = todayIn(user.timeZone, now);
  if (day >= today) throw invalid("Lapor lampau harus sebelum hari ini.", { reportedOn: ["Untuk hari ini, pakai Catat lapor diri."] });
  if (day < client.guidanceStart) throw invalid("Tanggal itu sebelum masa bimbingan.", { reportedOn: [`Paling awal ${formatDate(client.guidanceStart)}.`] });
  return prisma.$transaction(async (tx) => {
    await lockClientReporting(tx, client.id);
    const first = await tx.reportingSchedule.findFirst({ where: { clientId: client.id }, orderBy: { startsOn: "asc" }, select: { startsOn: true } });
    if (first && day > first.startsOn) {
      throw invalid("Sejak jadwal di aplikasi berlaku, lapor dicatat pada jadwalnya.", { reportedOn: [`Pilih tanggal sampai ${formatDate(first.startsOn)}.`] });
    }
    const taken = await tx.reportingAttendance.findUnique({ where: { clientId_dueOn: { clientId: client.id, dueOn: day } }, select: { id: true } });
    if (taken) throw conflict("Lapor pada tanggal itu sudah tercatat.");
    const row = await tx.reportingAttendance.create({
      data: { clientId: client.id, dueOn: day, status: "HADIR", channel: input.channel, attendedOn: day, note: input.note || "Disalin dari buku lapor diri.", recordedById: user.id },
      select: { id: true },
    });
    await audit(tx, user, { action: "reporting.record.past", entityType: "ReportingAttendance", entityId: row.id, clientId: client.id, details: { reportedOn: input.reportedOn, channel: input.channel } });
    return row;
  });
}

/** How far back the form offers a report day (the windows the desk may still enter). */
export const ATTENDANCE_LOOKBACK_DAYS = 45;
export const attendanceLookbackFrom = (today: Date) => addDays(today, -ATTENDANCE_LOOKBACK_DAYS);
