import "server-only";
import type { Prisma } from "../generated/prisma/client.ts";
import { addDays, daysBetween, todayIn } from "@/lib/domain/calendar";
import { riskDefaultFor, type InstrumentDefinition, type RiskLevel } from "@/lib/domain/risk-assessment";
import { preparationChecklist } from "@/lib/domain/end-preparation";
import { riskDefaultsFrom, ZInstrumentDefinition } from "@/lib/schemas/risk-assessment";
import { audit } from "../audit";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { loadRiskInstruments } from "../services/risk-assessment";
import { clientScope } from "./scope";

/** How long before its due day a reassessment shows in the inbox. */
export const REASSESSMENT_NOTICE_DAYS = 30;

/** A client's assessments (newest first), the instruments to assess with, and the client's litmas. The view is audited. */
export async function getClientAssessments(user: CurrentUser, clientId: string) {
  assertCan(user, "client:read");
  const client = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: clientId }] },
    select: { id: true, fullName: true, registerNumber: true, status: true, personId: true, assignedPkId: true, office: { select: { settings: true } } },
  });
  if (!client) return null;
  if ((await prisma.riskInstrument.count()) === 0) await loadRiskInstruments();
  const [instruments, rows, litmas] = await Promise.all([
    prisma.riskInstrument.findMany({ where: { active: true, OR: [{ officeId: null }, { officeId: user.officeId }] }, orderBy: [{ code: "desc" }, { version: "desc" }], select: { id: true, code: true, name: true, version: true, definition: true } }),
    prisma.riskAssessment.findMany({
      where: { clientId: client.id }, orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true, assessedOn: true, score: true, riskLevel: true, needs: true, findings: true, reassessDueOn: true, newInfoNote: true, newInfoAt: true,
        assessor: { select: { name: true } }, litmas: { select: { id: true, number: true, purpose: true } },
        instrument: { select: { name: true, definition: true } },
      },
    }),
    prisma.litmas.findMany({ where: { officeId: user.officeId, OR: [{ clientId: client.id }, { personId: client.personId }], status: { not: "CANCELLED" } }, orderBy: { receivedAt: "desc" }, select: { id: true, number: true, purpose: true, receivedAt: true } }),
  ]);
  await audit(prisma, user, { action: "client.view", entityType: "Client", entityId: client.id, clientId: client.id, details: { page: "assessments" } });
  const parsed = (d: unknown): InstrumentDefinition | null => { const r = ZInstrumentDefinition.safeParse(d); return r.success ? r.data : null; };
  const today = todayIn(user.timeZone);
  const latest = rows[0] ?? null;
  const officeDefaults = riskDefaultsFrom(client.office.settings);
  return {
    client: { id: client.id, fullName: client.fullName, registerNumber: client.registerNumber, status: client.status },
    mayAssess: user.role === "PK" && client.assignedPkId === user.id && client.status === "AKTIF",
    today,
    instruments: instruments.flatMap((i) => { const def = parsed(i.definition); return def ? [{ id: i.id, name: i.name, code: i.code, version: i.version, definition: def }] : []; }),
    litmas,
    current: latest ? { level: latest.riskLevel, dueOn: latest.reassessDueOn, daysLeft: daysBetween(today, latest.reassessDueOn), defaults: riskDefaultFor(officeDefaults, latest.riskLevel) } : null,
    assessments: rows.map((r) => {
      const def = parsed(r.instrument.definition);
      const needLabel = new Map(def?.needs.map((n) => [n.id, n.label]) ?? []);
      const findings = r.findings as Record<string, string>;
      return {
        id: r.id, assessedOn: r.assessedOn, score: r.score, riskLevel: r.riskLevel, reassessDueOn: r.reassessDueOn, newInfoNote: r.newInfoNote,
        instrument: r.instrument.name, assessor: r.assessor.name, litmas: r.litmas,
        needs: r.needs.map((n) => needLabel.get(n) ?? n),
        domains: (def?.domains ?? []).map((d) => ({ id: d.id, label: d.label, finding: findings[d.id] ?? "" })).filter((d) => d.finding),
      };
    }),
  };
}

/** The latest assessment's risk level of a client (null when never assessed). */
export async function currentRiskLevel(clientId: string): Promise<RiskLevel | null> {
  const a = await prisma.riskAssessment.findFirst({ where: { clientId }, orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }], select: { riskLevel: true } });
  return a?.riskLevel ?? null;
}

/** For the inbox: active clients in scope whose latest assessment's reassessment is due within the notice period. */
export async function reassessmentsDue(user: CurrentUser, clients: Prisma.ClientWhereInput, now: Date) {
  const today = todayIn(user.timeZone, now);
  const rows = await prisma.riskAssessment.findMany({
    where: { client: clients }, orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, clientId: true, reassessDueOn: true, newInfoNote: true, client: { select: { id: true, fullName: true, registerNumber: true } } },
  });
  const seen = new Set<string>();
  const due = [];
  for (const r of rows) {
    if (seen.has(r.clientId)) continue; // only the latest per client
    seen.add(r.clientId);
    if (r.reassessDueOn <= addDays(today, REASSESSMENT_NOTICE_DAYS)) due.push(r);
  }
  return due;
}

/** The tahap akhir preparation checklist of a client (the caller has already scoped the client). */
export async function preparationOf(clientId: string) {
  const rows = await prisma.endPreparationStep.findMany({ where: { clientId }, select: { step: true, state: true, doneOn: true, note: true, contact: { select: { id: true, occurredAt: true } } } });
  return preparationChecklist(rows);
}
