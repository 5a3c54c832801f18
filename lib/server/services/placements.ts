import "server-only";
import { parseIsoDate, todayIn } from "@/lib/domain/calendar";
import { checkHoursEntry, parseHours } from "@/lib/domain/community";
import type { CreatePlacementInput, EndPlacementInput, LogKerjaSosialHoursInput } from "@/lib/schemas/community";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

/**
 * Places one of the PK's active clients with a partner of the office. A pidana kerja sosial
 * placement carries the hours per day and the total hours the judge ordered; only a client on that
 * program can have one.
 */
export async function createPlacement(user: CurrentUser, input: CreatePlacementInput): Promise<{ id: string }> {
  assertCan(user, "placement:write");
  const [client, partner] = await Promise.all([
    prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true, status: true, program: true, guidanceStart: true, guidanceEnd: true } }),
    prisma.partner.findFirst({ where: { id: input.partnerId, officeId: user.officeId, active: true }, select: { id: true, name: true } }),
  ]);
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (!partner) throw invalid("Mitra tidak ditemukan.", { partnerId: ["Pilih mitra dari daftar."] });
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  if (input.kerjaSosial && client.program !== "PIDANA_KERJA_SOSIAL") throw invalid("Jam kerja sosial hanya untuk klien pidana kerja sosial.", { kerjaSosial: ["Klien ini bukan klien pidana kerja sosial."] });
  const startsOn = parseIsoDate(input.startsOn)!;
  const endsOn = input.endsOn ? parseIsoDate(input.endsOn)! : null;
  if (startsOn < client.guidanceStart || startsOn > client.guidanceEnd) throw invalid("Tanggal mulai di luar masa bimbingan klien.", { startsOn: ["Pilih tanggal dalam masa bimbingan."] });
  if (endsOn && endsOn > client.guidanceEnd) throw invalid("Tanggal selesai setelah masa bimbingan berakhir.", { endsOn: ["Pilih tanggal dalam masa bimbingan."] });
  return prisma.$transaction(async (tx) => {
    const row = await tx.placement.create({
      data: {
        officeId: user.officeId, clientId: client.id, partnerId: partner.id, startsOn, endsOn, purpose: input.purpose,
        kerjaSosial: input.kerjaSosial, hoursPerDay: input.kerjaSosial ? input.hoursPerDay : null, totalHoursOrdered: input.kerjaSosial ? input.totalHoursOrdered : null,
        createdById: user.id,
      },
      select: { id: true },
    });
    await audit(tx, user, {
      action: "placement.create", entityType: "Placement", entityId: row.id, clientId: client.id,
      details: { partnerId: partner.id, startsOn: input.startsOn, endsOn: input.endsOn ?? null, kerjaSosial: input.kerjaSosial, hoursPerDay: input.hoursPerDay ?? null, totalHoursOrdered: input.totalHoursOrdered ?? null },
    });
    return row;
  });
}

/**
 * Logs the hours of kerja sosial done on one day. Validated against the placement (its dates, the
 * judge's hours per day, the hours left) and today; one entry per day, and two saves of the same
 * day at once store one (the unique index). Runs serialisable so two different days saved at once
 * cannot together pass the total.
 */
export async function logKerjaSosialHours(user: CurrentUser, input: LogKerjaSosialHoursInput, now = clock.now()): Promise<{ id: string; remainingMinutes: number }> {
  assertCan(user, "placement:write");
  const placement = await prisma.placement.findFirst({
    where: { id: input.placementId, kerjaSosial: true, client: clientScope(user) },
    select: { id: true, clientId: true, startsOn: true, endsOn: true, endedAt: true, hoursPerDay: true, totalHoursOrdered: true, client: { select: { status: true } } },
  });
  if (!placement || placement.hoursPerDay === null || placement.totalHoursOrdered === null) throw notFound("Penempatan kerja sosial tidak ditemukan.");
  if (placement.client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif.");
  const workedOn = parseIsoDate(input.workedOn)!;
  const minutes = parseHours(input.hours)!;
  const today = todayIn(user.timeZone, now);
  try {
    return await prisma.$transaction(async (tx) => {
      const logged = await tx.kerjaSosialHours.findMany({ where: { placementId: placement.id }, select: { workedOn: true, minutes: true } });
      if (logged.some((l) => l.workedOn.getTime() === workedOn.getTime())) throw invalid("Jam untuk tanggal ini sudah dicatat.", { workedOn: ["Sudah ada catatan untuk tanggal ini."] });
      const doneMinutes = logged.reduce((s, l) => s + l.minutes, 0);
      const problem = checkHoursEntry({
        workedOn, minutes, today, doneMinutes,
        placement: { startsOn: placement.startsOn, endsOn: placement.endsOn, hoursPerDay: placement.hoursPerDay!, totalHoursOrdered: placement.totalHoursOrdered! },
      });
      if (problem) throw invalid(problem.message, { [problem.field === "minutes" ? "hours" : "workedOn"]: [problem.message] });
      const row = await tx.kerjaSosialHours.create({ data: { placementId: placement.id, workedOn, minutes, note: input.note, recordedById: user.id }, select: { id: true } });
      await audit(tx, user, { action: "placement.hours.log", entityType: "Placement", entityId: placement.id, clientId: placement.clientId, details: { workedOn: input.workedOn, minutes } });
      return { id: row.id, remainingMinutes: placement.totalHoursOrdered! * 60 - doneMinutes - minutes };
    }, { isolationLevel: "Serializable" });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "P2002") throw invalid("Jam untuk tanggal ini sudah dicatat.", { workedOn: ["Sudah ada catatan untuk tanggal ini."] });
    if (code === "P2034") throw conflict("Catatan jam lain baru saja tersimpan. Muat ulang halaman lalu coba lagi.");
    throw e;
  }
}

/** Ends a placement on a day (the client left the partner or finished). */
export async function endPlacement(user: CurrentUser, input: EndPlacementInput, now = clock.now()): Promise<{ id: string }> {
  assertCan(user, "placement:write");
  const placement = await prisma.placement.findFirst({ where: { id: input.placementId, client: clientScope(user) }, select: { id: true, clientId: true, startsOn: true, endedAt: true } });
  if (!placement) throw notFound("Penempatan tidak ditemukan.");
  if (placement.endedAt) throw conflict("Penempatan ini sudah diakhiri.");
  const endsOn = parseIsoDate(input.endsOn)!;
  if (endsOn < placement.startsOn) throw invalid("Tanggal selesai sebelum penempatan dimulai.", { endsOn: ["Pilih tanggal setelah mulai."] });
  if (endsOn > todayIn(user.timeZone, now)) throw invalid("Tanggal selesai tidak boleh di masa depan.", { endsOn: ["Pilih hari ini atau sebelumnya."] });
  return prisma.$transaction(async (tx) => {
    const res = await tx.placement.updateMany({ where: { id: placement.id, version: input.version, endedAt: null }, data: { endsOn, endedAt: now, version: { increment: 1 } } });
    if (res.count === 0) throw conflict();
    await audit(tx, user, { action: "placement.end", entityType: "Placement", entityId: placement.id, clientId: placement.clientId, details: { endsOn: input.endsOn } });
    return { id: placement.id };
  });
}
