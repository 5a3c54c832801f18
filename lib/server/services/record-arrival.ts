import "server-only";
import { parseIsoDate } from "@/lib/domain/calendar";
import type { RecordArrivalInput } from "@/lib/schemas/reporting";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { AppError, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";
import { recordAttendance } from "./record-attendance";

/**
 * The front desk's one tap: the client came to the office today for a due day. Recorded through
 * recordAttendance (scope, window, audit); a second tap, or two desks tapping at once, finds the
 * report already there and answers with it instead of an error or a second record.
 */
export async function recordArrival(user: CurrentUser, input: RecordArrivalInput, now = clock.now()): Promise<{ id: string; already: boolean }> {
  assertCan(user, "reporting:record");
  const client = await prisma.client.findFirst({ where: { AND: [clientScope(user), { id: input.clientId }] }, select: { id: true } });
  if (!client) throw notFound("Klien tidak ditemukan.");
  const dueOn = parseIsoDate(input.dueOn);
  if (!dueOn) throw invalid("Pilih jadwal lapor.");
  const reported = async () => {
    const a = await prisma.reportingAttendance.findUnique({ where: { clientId_dueOn: { clientId: client.id, dueOn } }, select: { id: true, status: true } });
    return a?.status === "HADIR" ? a : null;
  };
  const before = await reported();
  if (before) return { id: before.id, already: true };
  try {
    const row = await recordAttendance(user, { clientId: client.id, dueOn: input.dueOn, status: "HADIR", channel: "KANTOR" }, now);
    return { id: row.id, already: false };
  } catch (e) {
    // Another tap won the race (recordAttendance serialises on the client and refuses a second record).
    const raced = e instanceof AppError && e.code === "CONFLICT" ? await reported() : null;
    if (raced) return { id: raced.id, already: true };
    throw e;
  }
}
