import "server-only";
import { clock } from "@/lib/clock";
import { AUDIT_ACTION_FILTERS, auditActionLabel } from "@/lib/domain/audit";
import { todayIn, toIsoDate } from "@/lib/domain/calendar";
import { EXPORT_ROW_LIMIT, type ExportCell, type ExportColumn, type ExportTable } from "@/lib/domain/export";
import {
  CLIENT_CATEGORY_LABEL, CLIENT_STATUS_LABEL, LITMAS_PURPOSE_LABEL, LITMAS_STATUS_LABEL, PENDAMPINGAN_STATUS_LABEL, PK_LEVEL_LABEL,
  PROGRAM_LABEL, REVOCATION_STATUS_LABEL, STAGE_LABEL, VIOLATION_STATUS_LABEL, VIOLATION_TYPE_LABEL,
} from "@/lib/domain/labels";
import type { ClientStatus, LitmasStatus, PendampinganStatus, PkLevel, Program, RevocationStatus, StageKind } from "@/lib/domain/enums";
import { maskNik } from "@/lib/domain/nik";
import { can } from "@/lib/domain/permissions";
import { ZLitmasListParams } from "@/lib/schemas/litmas";
import { formatDateShort, formatDateTime } from "@/lib/format";
import type { CurrentUser } from "../auth/current-user";
import { assertCan } from "../auth/permissions";
import { audit } from "../audit";
import { prisma } from "../db";
import { listAuditEvents, ZAuditListParams } from "../queries/audit";
import { AFFECTED_LIMIT, listAffectedPersons } from "../queries/breach";
import { listCases, ZCaseListParams } from "../queries/cases";
import { listClients, ZClientListParams } from "../queries/clients";
import { listLitmas } from "../queries/litmas";
import { clientScope } from "../queries/scope";
import { listOpenViolations } from "../queries/violations";
import { getWorkloadDetails } from "../queries/workload";

// Every list's export: the list's own query (so the same permission, office and case scope, and
// the same filters), paged through to EXPORT_ROW_LIMIT rows, as one table for CSV or Excel.

export const EXPORT_LISTS = ["klien", "layanan", "litmas", "pelanggaran", "beban-kerja", "audit", "orang-terdampak"] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

type Params = Record<string, string | undefined>;
interface Built { title: string; columns: ExportColumn[]; rows: ExportCell[][]; truncated: boolean; filters: Record<string, string> }

const col = (header: string, width?: number): ExportColumn => ({ header, width });
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== undefined && v !== "" && k !== "after" && k !== "before")) as Record<string, string>;

/** Pages through a keyset list until it ends or the limit is reached. */
export async function allPages<T>(page: (after: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>) {
  const out: T[] = [];
  let after: string | undefined;
  for (;;) {
    const p = await page(after);
    out.push(...p.items);
    if (!p.nextCursor || out.length >= EXPORT_ROW_LIMIT) return { items: out.slice(0, EXPORT_ROW_LIMIT), truncated: out.length > EXPORT_ROW_LIMIT || Boolean(p.nextCursor) };
    after = p.nextCursor;
  }
}

const PAGE = 500;

/** The roles that may see a whole NIK in a bulk file (decision 12); others get it masked. */
export const mayExportFullNik = (user: Pick<CurrentUser, "role">) => can(user.role, "nik:export-full");

async function clientsTable(user: CurrentUser, raw: Params): Promise<Built> {
  const params = ZClientListParams.parse(raw);
  const { items, truncated } = await allPages((after) => listClients(user, { ...params, after, before: undefined }, PAGE));
  let nik = new Map<string, string | null>();
  if (mayExportFullNik(user)) {
    // The same scope as the list, so no NIK comes from outside it.
    const rows = await prisma.client.findMany({ where: { AND: [clientScope(user), { id: { in: items.map((c) => c.id) } }] }, select: { id: true, person: { select: { nik: true } } } });
    nik = new Map(rows.map((r) => [r.id, r.person.nik]));
  }
  return {
    title: "Klien bimbingan",
    filters: defined(params),
    columns: [col("No. register", 22), col("Nama", 28), col("NIK", 20), col("Kategori", 14), col("Program", 30), col("Tahap", 16), col("Status", 16), col("PK", 26), col("Berakhir", 14)],
    rows: items.map((c) => [
      c.registerNumber, c.fullName, mayExportFullNik(user) ? (nik.get(c.id) ?? "—") : c.nikMasked, CLIENT_CATEGORY_LABEL[c.category], PROGRAM_LABEL[c.program],
      c.currentStage ? STAGE_LABEL[c.currentStage] : "—", CLIENT_STATUS_LABEL[c.status], c.pk?.name ?? "Belum ditugaskan", formatDateShort(c.guidanceEnd),
    ]),
    truncated,
  };
}

const KIND_LABEL = { GUIDANCE: "Pembimbingan", LITMAS: "Litmas", PENDAMPINGAN: "Pendampingan" } as const;

async function casesTable(user: CurrentUser, raw: Params): Promise<Built> {
  const params = ZCaseListParams.parse(raw);
  const { items, truncated } = await allPages((after) => listCases(user, { ...params, after, before: undefined }, PAGE));
  const statusLabel = (kind: keyof typeof KIND_LABEL, s: string) =>
    kind === "GUIDANCE" ? CLIENT_STATUS_LABEL[s as ClientStatus] : kind === "LITMAS" ? LITMAS_STATUS_LABEL[s as LitmasStatus] : PENDAMPINGAN_STATUS_LABEL[s as PendampinganStatus];
  return {
    title: "Klien dan layanan",
    filters: defined(params),
    columns: [col("Layanan", 14), col("Nama", 28), col("Nomor", 24), col("Program / tujuan / perkara", 34), col("Status", 22), col("Anak", 6), col("PK", 26), col("Tenggat", 26)],
    rows: items.map((c) => [
      KIND_LABEL[c.kind], c.personName, c.reference ?? "—",
      c.detail.kind === "PROGRAM" ? PROGRAM_LABEL[c.detail.program as Program] : c.detail.kind === "PURPOSE" ? LITMAS_PURPOSE_LABEL[c.detail.purpose as keyof typeof LITMAS_PURPOSE_LABEL] : c.detail.offence,
      statusLabel(c.kind, c.status), c.child ? "Ya" : "Tidak", c.pk?.name ?? "Belum ditugaskan",
      c.clock ? `${c.clock.label} ${c.clock.dateOnly ? formatDateShort(c.clock.at) : formatDateTime(c.clock.at, user.timeZone)}` : "—",
    ]),
    truncated,
  };
}

async function litmasTable(user: CurrentUser, raw: Params): Promise<Built> {
  const params = ZLitmasListParams.parse(raw);
  const { items, truncated } = await listLitmas(user, params, clock.now(), EXPORT_ROW_LIMIT);
  const tz = user.timeZone;
  return {
    title: "Litmas",
    filters: defined(params),
    columns: [col("Nomor", 24), col("Nama", 28), col("Tujuan", 30), col("Status", 20), col("Peminta", 30), col("Diterima", 24), col("Tenggat", 24), col("Disetujui", 24), col("Dikirim", 24), col("PK", 26)],
    rows: items.map((l) => [
      l.number ?? "—", l.person.fullName, LITMAS_PURPOSE_LABEL[l.purpose], LITMAS_STATUS_LABEL[l.status], l.requesterInstitution,
      formatDateTime(l.receivedAt, tz), formatDateTime(l.dueAt, tz), formatDateTime(l.approvedAt, tz), formatDateTime(l.deliveredAt, tz), l.assignedPk?.name ?? "Belum ditugaskan",
    ]),
    truncated,
  };
}

async function violationsTable(user: CurrentUser): Promise<Built> {
  const { violations, revocations } = await listOpenViolations(user, EXPORT_ROW_LIMIT + 1);
  const revocation = new Map<string, RevocationStatus>(revocations.map((r) => [r.id, r.status]));
  return {
    title: "Pelanggaran terbuka",
    filters: {},
    columns: [col("Tanggal", 14), col("Klien", 28), col("No. register", 22), col("Pelanggaran", 26), col("Uraian", 50), col("Status", 16), col("Proses pencabutan", 26), col("PK", 26)],
    rows: violations.slice(0, EXPORT_ROW_LIMIT).map((v) => [
      formatDateShort(v.occurredOn), v.client.fullName, v.client.registerNumber, VIOLATION_TYPE_LABEL[v.type], v.description, VIOLATION_STATUS_LABEL[v.status],
      v.revocationId ? (revocation.has(v.revocationId) ? REVOCATION_STATUS_LABEL[revocation.get(v.revocationId)!] : "Selesai") : "—", v.client.assignedPk?.name ?? "—",
    ]),
    truncated: violations.length > EXPORT_ROW_LIMIT,
  };
}

async function workloadTable(user: CurrentUser): Promise<Built> {
  const { rows, week } = await getWorkloadDetails(user);
  return {
    title: "Beban kerja PK",
    filters: { minggu: `${formatDateShort(week.from)} – ${formatDateShort(week.to)}` },
    columns: [col("PK", 28), col("Jenjang", 18), col("Aktif", 8), col("Klien aktif", 12), col("Kapasitas", 10), col("Beban (%)", 10), col("Tahap awal", 11), col("Tahap lanjutan", 14), col("Tahap akhir", 11), col("Litmas berjalan", 15), col("Litmas lewat tenggat", 20), col("Wajib lapor minggu ini", 22)],
    rows: rows.map((p) => [
      p.name, p.pkLevel ? PK_LEVEL_LABEL[p.pkLevel as PkLevel] : "—", p.active ? "Ya" : "Tidak", p.activeClients, p.capacity, p.workloadPercent,
      ...(["AWAL", "LANJUTAN", "AKHIR"] as StageKind[]).map((s) => p.byStage[s] ?? 0), p.litmasOpen, p.litmasOverdue, p.reportsDueThisWeek,
    ]),
    truncated: false,
  };
}

async function auditTable(user: CurrentUser, raw: Params): Promise<Built> {
  const params = ZAuditListParams.parse(raw);
  const { items, truncated } = await allPages((after) => listAuditEvents(user, { ...params, after }, PAGE));
  const filters = defined(params);
  if (filters.action) filters.action = AUDIT_ACTION_FILTERS.find((a) => a.value === filters.action)?.label ?? filters.action;
  return {
    title: "Jejak audit",
    filters,
    columns: [col("Waktu", 24), col("Pengguna", 26), col("Tindakan", 34), col("Kode tindakan", 24), col("Orang", 28), col("Jenis data", 16), col("ID data", 28), col("IP", 16)],
    rows: items.map((e) => [formatDateTime(e.at, user.timeZone), e.user?.name ?? "Sistem", auditActionLabel(e.action), e.action, e.person?.name ?? "—", e.entityType ?? "—", e.entityId ?? "—", e.ip ?? "—"]),
    truncated,
  };
}

async function affectedTable(user: CurrentUser, raw: Params): Promise<Built> {
  const params = ZAuditListParams.parse(raw);
  const persons = (await listAffectedPersons(user, params)) ?? [];
  const filters = defined({ user: params.user, action: params.action, from: params.from, to: params.to });
  return {
    title: "Orang terdampak",
    filters,
    columns: [col("Nama", 30), col("Kejadian", 10), col("Pertama", 24), col("Terakhir", 24), col("ID orang", 28)],
    rows: persons.map((p) => [p.name, p.events, formatDateTime(p.first, user.timeZone), formatDateTime(p.last, user.timeZone), p.id]),
    truncated: persons.length >= AFFECTED_LIMIT,
  };
}

const BUILDERS: Record<ExportList, (user: CurrentUser, params: Params) => Promise<Built>> = {
  klien: clientsTable,
  layanan: casesTable,
  litmas: litmasTable,
  pelanggaran: violationsTable,
  "beban-kerja": workloadTable,
  audit: auditTable,
  "orang-terdampak": affectedTable,
};

const PERMISSION = { klien: "client:read", layanan: "client:read", litmas: "client:read", pelanggaran: "violation:read", "beban-kerja": "workload:read", audit: "audit:read", "orang-terdampak": "audit:read" } as const;

/**
 * One list as a table for a file, audited as `export.list` (which list, which filters, how many
 * rows, the format, whether NIKs were whole). The list's query checks the permission again.
 */
export async function exportList(user: CurrentUser, list: ExportList, params: Params, format: "csv" | "xlsx", meta: { ip?: string | null } = {}): Promise<{ table: ExportTable; fileDay: string }> {
  assertCan(user, PERMISSION[list]);
  const built = await BUILDERS[list](user, params);
  const now = clock.now();
  const filterText = Object.entries(built.filters).map(([k, v]) => `${k}: ${v}`).join(", ");
  const table: ExportTable = {
    title: built.title,
    subtitle: `${user.officeName} · ${filterText ? `Filter ${filterText}` : "Tanpa filter"} · ${built.rows.length} baris · Diekspor ${formatDateTime(now, user.timeZone)} oleh ${user.name}`,
    columns: built.columns,
    rows: built.rows,
    truncated: built.truncated,
  };
  await audit(prisma, user, {
    action: "export.list", entityType: "Export", entityId: list, ip: meta.ip,
    details: { list, format, filters: built.filters, rows: built.rows.length, truncated: built.truncated, fullNik: list === "klien" && mayExportFullNik(user) },
  });
  return { table, fileDay: toIsoDate(todayIn(user.timeZone, now)) };
}
