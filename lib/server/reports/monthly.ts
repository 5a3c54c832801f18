import "server-only";
import { clock } from "@/lib/clock";
import { todayIn, toIsoDate } from "@/lib/domain/calendar";
import { EMPLOYMENT_STATUSES, LITMAS_PURPOSES, OFFENCE_CATEGORIES, PENDAMPINGAN_STEP_KINDS, PROGRAMS, ROLES } from "@/lib/domain/enums";
import { EMPLOYMENT_STATUS_LABEL, LITMAS_PURPOSE_LABEL, OFFENCE_CATEGORY_LABEL, PENDAMPINGAN_STEP_LABEL, PROGRAM_LABEL, ROLE_LABEL } from "@/lib/domain/labels";
import { monthlyReportSections } from "@/lib/domain/monthly-report";
import { OUTREACH_KIND_LABEL, OUTREACH_KINDS } from "@/lib/domain/community";
import { dayLabel, monthLabel } from "@/lib/domain/period";
import { formatDate } from "@/lib/format";
import type { CurrentUser } from "../auth/current-user";
import { audit } from "../audit";
import { prisma } from "../db";
import { renderXlsx } from "../export/xlsx";
import { renderReportPdf } from "../pdf/report-upward";
import { getMonthlyFigures, getReportFigures, getReportOffice } from "../queries/monthly-report";

// The reports a Bapas sends upward (docs/reports-upward.md): the laporan bulanan for a month and
// the laporan harian for a day, with the same sections, as PDF (to print and sign) or Excel.

type Format = "pdf" | "xlsx";
type Figures = Awaited<ReturnType<typeof getReportFigures>>;

const sectionsOf = ({ figures }: Figures) =>
  monthlyReportSections(
    figures,
    { programs: PROGRAMS, purposes: LITMAS_PURPOSES, steps: PENDAMPINGAN_STEP_KINDS, roles: ROLES, employment: EMPLOYMENT_STATUSES, offences: OFFENCE_CATEGORIES, outreach: OUTREACH_KINDS },
    { program: PROGRAM_LABEL, purpose: LITMAS_PURPOSE_LABEL, step: PENDAMPINGAN_STEP_LABEL, role: ROLE_LABEL, employment: EMPLOYMENT_STATUS_LABEL, offence: OFFENCE_CATEGORY_LABEL, outreach: OUTREACH_KIND_LABEL },
  );

async function build(
  user: CurrentUser,
  figuresP: Promise<Figures>,
  r: { title: string; periodLine: (f: Figures) => string; shortLabel: string; action: string; entityId: string; file: string },
  format: Format,
  meta: { ip?: string | null },
) {
  const [figures, { office, kepala }] = await Promise.all([figuresP, getReportOffice(user)]);
  const sections = sectionsOf(figures);
  const body = format === "pdf"
    ? await renderReportPdf({ office, kepala, title: r.title, periodLine: r.periodLine(figures), shortLabel: r.shortLabel, issuedOn: todayIn(user.timeZone, clock.now()), sections })
    : await renderXlsx(sections.map((sec) => ({ ...sec, subtitle: `${office.name} · ${r.title} ${r.shortLabel}`, truncated: false })));
  await audit(prisma, user, { action: r.action, entityType: "Report", entityId: r.entityId, ip: meta.ip, details: { format } });
  return { body, filename: `${r.file}-${office.code.toLowerCase()}-${r.entityId}.${format}` };
}

/** The laporan bulanan as PDF or Excel, audited as `report.monthly`. */
export function buildMonthlyReport(user: CurrentUser, month: Date, format: Format, meta: { ip?: string | null } = {}) {
  const label = monthLabel(month);
  return build(user, getMonthlyFigures(user, month), {
    title: "Laporan Bulanan",
    periodLine: (f) => `Bulan ${label} (${formatDate(f.from)} s.d. ${formatDate(f.to)})`,
    shortLabel: label,
    action: "report.monthly",
    entityId: toIsoDate(month).slice(0, 7),
    file: "laporan-bulanan",
  }, format, meta);
}

/**
 * The laporan harian for one of the office's days, as PDF or Excel, audited as `report.daily`:
 * the clients active at the end of that day, and what was received, finished and held on it.
 */
export function buildDailyReport(user: CurrentUser, day: Date, format: Format, meta: { ip?: string | null } = {}) {
  return build(user, getReportFigures(user, day, day), {
    title: "Laporan Harian",
    periodLine: () => `Hari ${dayLabel(day)}`,
    shortLabel: formatDate(day),
    action: "report.daily",
    entityId: toIsoDate(day),
    file: "laporan-harian",
  }, format, meta);
}
