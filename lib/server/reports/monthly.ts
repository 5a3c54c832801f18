import "server-only";
import { clock } from "@/lib/clock";
import { todayIn } from "@/lib/domain/calendar";
import { EMPLOYMENT_STATUSES, LITMAS_PURPOSES, OFFENCE_CATEGORIES, PENDAMPINGAN_STEP_KINDS, PROGRAMS, ROLES } from "@/lib/domain/enums";
import { EMPLOYMENT_STATUS_LABEL, LITMAS_PURPOSE_LABEL, OFFENCE_CATEGORY_LABEL, PENDAMPINGAN_STEP_LABEL, PROGRAM_LABEL, ROLE_LABEL } from "@/lib/domain/labels";
import { monthlyReportSections } from "@/lib/domain/monthly-report";
import { OUTREACH_KIND_LABEL, OUTREACH_KINDS } from "@/lib/domain/community";
import { monthLabel } from "@/lib/domain/period";
import type { CurrentUser } from "../auth/current-user";
import { audit } from "../audit";
import { prisma } from "../db";
import { renderXlsx } from "../export/xlsx";
import { renderMonthlyReportPdf } from "../pdf/monthly-report";
import { getMonthlyFigures, getReportOffice } from "../queries/monthly-report";

/** The laporan bulanan as PDF or Excel, audited as `report.monthly`. */
export async function buildMonthlyReport(user: CurrentUser, month: Date, format: "pdf" | "xlsx", meta: { ip?: string | null } = {}) {
  const [{ figures, from, to }, { office, kepala }] = await Promise.all([getMonthlyFigures(user, month), getReportOffice(user)]);
  const sections = monthlyReportSections(
    figures,
    { programs: PROGRAMS, purposes: LITMAS_PURPOSES, steps: PENDAMPINGAN_STEP_KINDS, roles: ROLES, employment: EMPLOYMENT_STATUSES, offences: OFFENCE_CATEGORIES, outreach: OUTREACH_KINDS },
    { program: PROGRAM_LABEL, purpose: LITMAS_PURPOSE_LABEL, step: PENDAMPINGAN_STEP_LABEL, role: ROLE_LABEL, employment: EMPLOYMENT_STATUS_LABEL, offence: OFFENCE_CATEGORY_LABEL, outreach: OUTREACH_KIND_LABEL },
  );
  const label = monthLabel(month);
  const body = format === "pdf"
    ? await renderMonthlyReportPdf({ office, kepala, monthLabel: label, from, to, issuedOn: todayIn(user.timeZone, clock.now()), sections })
    : await renderXlsx(sections.map((sec) => ({ ...sec, subtitle: `${office.name} · Laporan bulanan ${label}`, truncated: false })));
  await audit(prisma, user, { action: "report.monthly", entityType: "Report", entityId: `${month.toISOString().slice(0, 7)}`, ip: meta.ip, details: { format } });
  return { body, filename: `laporan-bulanan-${office.code.toLowerCase()}-${month.toISOString().slice(0, 7)}.${format}` };
}
