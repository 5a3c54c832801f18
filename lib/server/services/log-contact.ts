import "server-only";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { parseIsoDate } from "@/lib/domain/calendar";
import { needsParticipants } from "@/lib/domain/contact-subject";
import type { LogContactInput } from "@/lib/schemas/contact";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict, invalid, notFound } from "../errors";
import { clientScope } from "../queries/scope";
import { clock } from "../../clock";

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface LogContactResult {
  id: string;
  /** True when this save had already been stored (a resend from the device). */
  duplicate: boolean;
}

function isUniqueViolation(e: unknown): boolean {
  return Boolean(e && typeof e === "object" && "code" in e && (e as { code: unknown }).code === "P2002");
}

/**
 * A PK records a guidance contact with one of their clients, or with the client's family, guarantor or
 * community, with who took part (decision 0022). Idempotent on the device's key: a save
 * sent again (connection dropped after the server stored it, or an offline entry resent) returns
 * the row already stored instead of a second one.
 */
export async function logContact(user: CurrentUser, input: LogContactInput, now = clock.now()): Promise<LogContactResult> {
  assertCan(user, "contact:write");
  const already = await findByKey(user, input);
  if (already) return already;

  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: input.clientId }] },
    select: { id: true, officeId: true, status: true, guidanceStart: true },
  });
  if (!client) throw notFound("Klien tidak ditemukan.");
  if (client.status !== "AKTIF") throw invalid("Klien ini tidak lagi dalam bimbingan aktif; kontak baru tidak dapat dicatat.");
  // Left out: a contact with the client alone (the schema's defaults, for callers that do not parse).
  const subject = input.subject ?? "KLIEN";
  const participants = input.participants ?? [];
  if (needsParticipants(subject) && participants.length === 0) {
    throw invalid("Tulis siapa yang ikut serta.", { participants: ["Tulis paling sedikit satu peserta: siapa yang hadir dari keluarga, penjamin atau masyarakat."] });
  }

  const at = new Date(input.occurredAt);
  if (input.outcome && at.getTime() > now.getTime() + 10 * MINUTE) {
    throw invalid("Kontak yang belum terjadi belum dapat diberi hasil.", { occurredAt: ["Waktu ini masih di masa depan. Kosongkan hasil untuk kunjungan yang direncanakan, atau perbaiki waktunya."] });
  }
  if (at.getTime() > now.getTime() + 90 * DAY) throw invalid("Waktu kontak terlalu jauh di masa depan.", { occurredAt: ["Paling lambat 90 hari dari sekarang."] });
  if (at.getTime() < client.guidanceStart.getTime() - 365 * DAY) {
    throw invalid("Waktu kontak jauh sebelum masa bimbingan.", { occurredAt: ["Periksa tanggalnya: jauh sebelum masa bimbingan dimulai."] });
  }
  const followUpOn = input.followUpOn ? parseIsoDate(input.followUpOn)! : null;
  if (followUpOn && followUpOn.getTime() < todayIn(user.timeZone, at).getTime()) {
    throw invalid("Tanggal tindak lanjut sebelum tanggal kontak.", { followUpOn: ["Tindak lanjut tidak boleh sebelum tanggal kontak."] });
  }

  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.contact.create({
        data: {
          officeId: client.officeId, clientId: client.id, pkId: user.id, occurredAt: at, type: input.type, subject,
          guidanceType: input.guidanceType ?? null, approach: input.approach ?? null, outcome: input.outcome ?? null,
          excuseReason: input.outcome === "IZIN" ? (input.excuseReason ?? null) : null, notes: input.notes,
          followUpOn, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
          accuracyMeters: input.latitude !== undefined ? (input.accuracyMeters ?? null) : null,
          idempotencyKey: input.idempotencyKey,
          participants: { create: participants.map((p, position) => ({ position, name: p.name, role: p.role })) },
        },
        select: { id: true },
      });
      await audit(tx, user, {
        action: "contact.create", entityType: "Contact", entityId: row.id, clientId: client.id,
        // Who took part is counted here, not named: the audit trail holds ids, not identities.
        details: { type: input.type, subject, participants: participants.length, outcome: input.outcome ?? null, followUpOn: followUpOn ? toIsoDate(followUpOn) : null, located: input.latitude !== undefined },
      });
      return { id: row.id, duplicate: false };
    });
  } catch (e) {
    // Two sends of the same entry raced: the other one stored it.
    if (isUniqueViolation(e)) {
      const again = await findByKey(user, input);
      if (again) return again;
    }
    throw e;
  }
}

async function findByKey(user: CurrentUser, input: LogContactInput): Promise<LogContactResult | null> {
  const row = await prisma.contact.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, pkId: true, clientId: true } });
  if (!row) return null;
  if (row.pkId !== user.id || row.clientId !== input.clientId) throw conflict("Kunci pengiriman ini sudah dipakai untuk catatan lain. Muat ulang formulir lalu simpan lagi.");
  return { id: row.id, duplicate: true };
}
