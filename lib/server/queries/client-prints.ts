import "server-only";
import { todayIn } from "@/lib/domain/calendar";
import type { ReportingWindow } from "@/lib/domain/reporting";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { clientWindows, officeReportingRules, SCHEDULE_SELECT } from "../services/reporting-common";
import { clientScope } from "./scope";
import { clock } from "../../clock";

// What the kartu bimbingan and the kontrak bimbingan print (domain.md, "Documents and registers in
// use"): made at registration, reprinted when the schedule changes. In the user's scope; else null.

/** At most this many reporting rows on one card (a weekly year is 52); the rest go on the next card. */
export const CARD_MAX_ROWS = 60;

const OFFICE_SELECT = {
  select: { name: true, code: true, city: true, address: true, phone: true, email: true, letterheadLine1: true, letterheadLine2: true, timeZone: true, settings: true },
} as const;

export async function getGuidancePrintData(user: CurrentUser, clientId: string, now = clock.now()) {
  assertCan(user, "client:read");
  const c = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: clientId }] },
    select: {
      id: true, registerNumber: true, fullName: true, category: true, program: true, status: true, originType: true, originInstitution: true, offence: true, offenceArticle: true,
      courtDecisionNumber: true, courtDecisionDate: true, decreeNumber: true, decreeDate: true, decreeIssuer: true, expiryDate: true,
      guidanceStart: true, guidanceEnd: true, guarantorName: true, guarantorRelation: true, guarantorAddress: true,
      person: { select: { birthPlace: true, birthDate: true, gender: true, religion: true, occupation: true, address: true, city: true, phone: true } },
      assignedPk: { select: { name: true, nip: true, pkLevel: true } },
      office: OFFICE_SELECT,
      reportingSchedules: { orderBy: { startsOn: "asc" }, ...SCHEDULE_SELECT },
      attendances: { orderBy: { dueOn: "asc" }, select: { dueOn: true, status: true, attendedOn: true } },
    },
  });
  if (!c) return null;
  const kepala = await prisma.user.findFirst({ where: { officeId: user.officeId, role: "KEPALA_BAPAS", active: true }, orderBy: { createdAt: "asc" }, select: { name: true, nip: true } });
  const rules = officeReportingRules(c.office.settings);
  const windows: ReportingWindow[] = c.reportingSchedules.length === 0 ? [] : clientWindows(rules, c.reportingSchedules, c.guidanceEnd, c.guidanceEnd);
  const recorded = new Map(c.attendances.map((a) => [a.dueOn.getTime(), a]));
  const rows = windows.slice(0, CARD_MAX_ROWS).map((w) => ({ ...w, attendance: recorded.get(w.dueOn.getTime()) ?? null }));
  const current = c.reportingSchedules.at(-1) ?? null;
  return {
    ...c,
    kepala,
    today: todayIn(c.office.timeZone, now),
    schedule: current ? { frequency: current.frequency, startsOn: current.startsOn } : null,
    windowRule: rules.window,
    rows,
    moreRows: Math.max(0, windows.length - CARD_MAX_ROWS),
  };
}
export type GuidancePrintData = NonNullable<Awaited<ReturnType<typeof getGuidancePrintData>>>;

/** A decided travel permit with its letter number (granted or recommended upward). */
export async function getTravelPermitLetterForPdf(user: CurrentUser, permitId: string) {
  assertCan(user, "violation:read");
  const p = await prisma.travelPermit.findFirst({
    where: { id: permitId, letterNumber: { not: null }, status: { in: ["APPROVED", "RECOMMENDED"] }, client: clientScope(user) },
    select: {
      id: true, kind: true, destination: true, purpose: true, fromDate: true, toDate: true, reason: true, status: true, letterNumber: true, decidedAt: true, decidedById: true, decisionNote: true,
      client: {
        select: {
          id: true, fullName: true, registerNumber: true, program: true, decreeNumber: true, decreeDate: true, courtDecisionNumber: true, courtDecisionDate: true, guidanceEnd: true, expiryDate: true,
          person: { select: { address: true, city: true, birthPlace: true, birthDate: true } },
          assignedPk: { select: { name: true } },
          office: OFFICE_SELECT,
        },
      },
    },
  });
  if (!p) return null;
  const signer = await prisma.user.findFirst({ where: { officeId: user.officeId, ...(p.decidedById ? { id: p.decidedById } : { role: "KEPALA_BAPAS", active: true }) }, select: { name: true, nip: true } });
  return { ...p, signer };
}
export type TravelPermitLetterForPdf = NonNullable<Awaited<ReturnType<typeof getTravelPermitLetterForPdf>>>;
