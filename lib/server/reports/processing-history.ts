import "server-only";
import { clock } from "@/lib/clock";
import { auditActionLabel } from "@/lib/domain/audit";
import { todayIn } from "@/lib/domain/calendar";
import { EXPORT_ROW_LIMIT } from "@/lib/domain/export";
import { maskNik } from "@/lib/domain/nik";
import { formatDate, formatDateTime } from "@/lib/format";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { audit } from "../audit";
import { prisma } from "../db";
import { allPages } from "../export/lists";
import { renderProcessingHistoryPdf } from "../pdf/processing-history";
import { listAuditEvents } from "../queries/audit";
import { getReportOffice } from "../queries/monthly-report";

const RECORD: Record<string, string> = { Client: "Berkas klien", Person: "Data orang", Litmas: "Litmas", Pendampingan: "Pendampingan", Contact: "Kegiatan bimbingan", Violation: "Pelanggaran" };

/**
 * One person's processing history as a PDF for a data subject's request, or null when the person
 * is not the office's. The request itself is audited against the person.
 */
export async function buildProcessingHistory(user: CurrentUser, personId: string, meta: { ip?: string | null } = {}) {
  assertCan(user, "audit:read");
  const person = await prisma.person.findFirst({ where: { id: personId, officeId: user.officeId }, select: { id: true, fullName: true, nik: true, birthDate: true } });
  if (!person) return null;
  const [{ items, truncated }, { office, kepala }] = await Promise.all([
    allPages((after) => listAuditEvents(user, { person: person.id, after }, 500)),
    getReportOffice(user),
  ]);
  const now = clock.now();
  const rows = [...items].reverse().map((e) => [
    formatDateTime(e.at, user.timeZone), e.user?.name ?? "Sistem", auditActionLabel(e.action), e.entityType ? (RECORD[e.entityType] ?? e.entityType) : "—",
  ]);
  const body = await renderProcessingHistoryPdf({
    office, kepala, issuedOn: todayIn(user.timeZone, now), printedAt: `${formatDateTime(now, user.timeZone)} oleh ${user.name}`,
    person: { fullName: person.fullName, nikMasked: maskNik(person.nik), birthDate: formatDate(person.birthDate) },
    table: { title: `Kegiatan pemrosesan (${rows.length}${truncated ? `, dibatasi ${EXPORT_ROW_LIMIT}` : ""}), dari yang terlama`, columns: [{ header: "Waktu" }, { header: "Pengguna" }, { header: "Kegiatan" }, { header: "Data" }], rows, truncated },
  });
  await audit(prisma, user, { action: "person.history.export", entityType: "Person", entityId: person.id, personId: person.id, ip: meta.ip, details: { events: rows.length } });
  return { body, filename: `riwayat-pemrosesan-${person.id}.pdf` };
}
