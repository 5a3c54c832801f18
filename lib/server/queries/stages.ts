import "server-only";
import { addDays, todayIn } from "@/lib/domain/calendar";
import { OPEN_TRANSITION_STATUSES, checkLetterIssue } from "@/lib/domain/transitions";
import { preparationOf } from "./risk-assessment";
import { dueNext, isStageReviewOverdue, replanStages } from "@/lib/domain/stages";
import { stageBoundariesFor } from "@/lib/schemas/stages";
import { can } from "@/lib/domain/permissions";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import { assembleTransitionSummary, readTransitionSummary } from "../transition-summary";
import { clientScope } from "./scope";

/** The stage page of one client: timeline, what is due, programs, proposals, letters. Null outside the user's scope. */
export async function getClientStages(user: CurrentUser, clientId: string) {
  assertCan(user, "client:read");
  const c = await prisma.client.findFirst({
    where: { AND: [clientScope(user), { id: clientId }] },
    select: {
      id: true, fullName: true, registerNumber: true, status: true, currentStage: true, program: true,
      guidanceStart: true, guidanceEnd: true, assignedPk: { select: { name: true } }, office: { select: { settings: true } },
      stages: { orderBy: { plannedStart: "asc" }, select: { id: true, kind: true, plannedStart: true, plannedEnd: true, actualStart: true, actualEnd: true, status: true } },
      programs: {
        orderBy: [{ stage: "asc" }, { plannedStart: "asc" }],
        select: {
          id: true, stage: true, guidanceType: true, approach: true, title: true, objectives: true, partnerType: true, partnerName: true,
          plannedStart: true, plannedEnd: true, status: true, rating: true, ratingNote: true, clientGoals: true,
          entries: { orderBy: { occurredOn: "desc" }, take: 5, select: { id: true, occurredOn: true, description: true, rating: true } },
        },
      },
      transitions: {
        orderBy: { proposedAt: "desc" },
        select: {
          id: true, fromStage: true, toStage: true, status: true, proposedAt: true, pkAssessment: true, summary: true,
          tppRecommendation: true, tppNotes: true, decidedAt: true, decisionReason: true, tppSession: { select: { heldOn: true } },
        },
      },
      letters: { orderBy: { createdAt: "desc" }, select: { id: true, number: true, issuedOn: true, revoked: true, revokedAt: true } },
    },
  });
  if (!c) return null;
  const today = todayIn(user.timeZone);
  const open = c.transitions.find((t) => OPEN_TRANSITION_STATUSES.includes(t.status)) ?? null;
  const canPropose = can(user.role, "transition:propose") && c.status === "AKTIF" && !open && c.currentStage !== null && c.currentStage !== "AKHIR";
  let planOutdated = false;
  if (c.status === "AKTIF" && c.stages.length === 3) {
    try {
      const fresh = replanStages(c.stages, c.guidanceStart, c.guidanceEnd, stageBoundariesFor(c.office.settings, c.program));
      planOutdated = fresh.some((f) => {
        const old = c.stages.find((s) => s.kind === f.kind)!;
        return f.plannedStart.getTime() !== old.plannedStart.getTime() || f.plannedEnd.getTime() !== old.plannedEnd.getTime();
      });
    } catch {
      planOutdated = true; // the service will say why it cannot re-plan
    }
  }
  const { office: _office, ...rest } = c;
  void _office;
  return {
    ...rest,
    planOutdated: planOutdated && can(user.role, "client:update"),
    transitions: c.transitions.map((t) => ({ ...t, summary: readTransitionSummary(t.summary) })),
    today,
    due: c.status === "AKTIF" ? dueNext(c.stages, today) : ({ kind: "NONE" } as const),
    reviewOverdue: c.status === "AKTIF" && isStageReviewOverdue(c.stages, today),
    openProposal: open ? { id: open.id, status: open.status } : null,
    canPropose,
    canManagePrograms: can(user.role, "program:manage") && c.status === "AKTIF",
    // The ordinary letter once the period has ended (in tahap akhir); before it, only the early end.
    ...((letter) => ({
      canIssueLetter: checkLetterIssue({ ...letter, periodEnded: today >= c.guidanceEnd }).ok,
      canEndEarly: checkLetterIssue({ ...letter, early: true, periodEnded: today >= c.guidanceEnd }).ok,
    }))({ role: user.role, clientStatus: c.status, currentStage: c.currentStage, hasValidLetter: c.letters.some((l) => !l.revoked) }),
    // Tahap akhir preparation: shown from tahap akhir on, to the PK (to record) and the Kepala (at the letter).
    preparation: c.currentStage === "AKHIR" || c.letters.length > 0 ? await preparationOf(c.id) : null,
    canRecordPreparation: can(user.role, "program:manage") && c.status === "AKTIF" && c.currentStage === "AKHIR",
    preparationContacts: can(user.role, "program:manage") && c.status === "AKTIF" && c.currentStage === "AKHIR"
      ? await prisma.contact.findMany({ where: { clientId: c.id }, orderBy: { occurredAt: "desc" }, take: 30, select: { id: true, occurredAt: true, type: true, notes: true } })
      : [],
    summaryPreview: canPropose ? readTransitionSummary(await assembleTransitionSummary(prisma, c.id)) : null,
  };
}
export type ClientStages = NonNullable<Awaited<ReturnType<typeof getClientStages>>>;

const transitionListSelect = {
  id: true, fromStage: true, toStage: true, status: true, proposedAt: true, pkAssessment: true, summary: true,
  tppRecommendation: true, tppNotes: true, decidedAt: true, decisionReason: true,
  tppSession: { select: { heldOn: true } },
  client: { select: { id: true, fullName: true, registerNumber: true, assignedPk: { select: { name: true } } } },
} as const;

/**
 * Proposals the user deals with. Kepala and admin: those awaiting the Kepala's decision, those
 * awaiting a TPP session, and recent decisions, for the office. A PK: the proposals of their clients.
 */
export async function listTransitions(user: CurrentUser, take: { decision?: number; tpp?: number } = {}) {
  assertCan(user, "client:read");
  const scope = { officeId: user.officeId, client: clientScope(user) };
  // One more row than shown says whether there are more, without a count.
  const nDecision = take.decision ?? 200, nTpp = take.tpp ?? 200;
  const [awaitingDecision, awaitingTpp, recent] = await Promise.all([
    prisma.stageTransitionRequest.findMany({ where: { ...scope, status: "TPP_REVIEWED" }, orderBy: { proposedAt: "asc" }, take: nDecision + 1, select: transitionListSelect }),
    prisma.stageTransitionRequest.findMany({ where: { ...scope, status: "PROPOSED" }, orderBy: { proposedAt: "asc" }, take: nTpp + 1, select: transitionListSelect }),
    prisma.stageTransitionRequest.findMany({ where: { ...scope, status: { in: ["APPROVED", "REJECTED", "WITHDRAWN"] } }, orderBy: { proposedAt: "desc" }, take: 30, select: transitionListSelect }),
  ]);
  const map = <T extends { summary: unknown }>(rows: T[], n = rows.length) => rows.slice(0, n).map((r) => ({ ...r, summary: readTransitionSummary(r.summary) }));
  return {
    awaitingDecision: map(awaitingDecision, nDecision), moreAwaitingDecision: awaitingDecision.length > nDecision,
    awaitingTpp: map(awaitingTpp, nTpp), moreAwaitingTpp: awaitingTpp.length > nTpp,
    recent: map(recent), canDecide: can(user.role, "transition:decide"),
  };
}

/** Active clients whose active stage ran past its planned end (the review is overdue), longest first. */
export async function listOverdueStages(user: CurrentUser, take = 100) {
  assertCan(user, "client:read");
  const today = todayIn(user.timeZone);
  const rows = await prisma.guidanceStage.findMany({
    where: { status: "ACTIVE", plannedEnd: { lt: today }, client: { ...clientScope(user), status: "AKTIF" } },
    orderBy: { plannedEnd: "asc" },
    take,
    select: {
      kind: true, plannedEnd: true,
      client: {
        select: {
          id: true, fullName: true, registerNumber: true, assignedPk: { select: { name: true } },
          transitions: { where: { status: { in: [...OPEN_TRANSITION_STATUSES] } }, select: { status: true } },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r, openProposal: r.client.transitions[0]?.status ?? null }));
}

/** Letters: clients in tahap akhir whose guidance ends within `withinDays` (or has ended), and the letters issued. */
export async function listLetters(user: CurrentUser, withinDays = 30) {
  assertCan(user, "client:read");
  const today = todayIn(user.timeZone);
  const [toIssue, issued] = await Promise.all([
    prisma.client.findMany({
      where: { ...clientScope(user), status: "AKTIF", currentStage: "AKHIR", guidanceEnd: { lte: addDays(today, withinDays) }, letters: { none: { revoked: false } } },
      orderBy: [{ guidanceEnd: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, fullName: true, registerNumber: true, guidanceEnd: true, assignedPk: { select: { name: true } }, endPreparation: { select: { step: true } } },
    }),
    prisma.endOfGuidanceLetter.findMany({
      where: { officeId: user.officeId, client: clientScope(user) },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, number: true, issuedOn: true, revoked: true, revokedAt: true, revokedReason: true, signerName: true, client: { select: { id: true, fullName: true, registerNumber: true } } },
    }),
  ]);
  // The tahap akhir preparation: how many of the four steps are done or marked not needed.
  return { today, toIssue: toIssue.map(({ endPreparation, ...c }) => ({ ...c, preparationSettled: endPreparation.length })), issued, canIssue: can(user.role, "letter:issue") };
}

/** Proposals waiting for a TPP session, for the session form. */
export async function listProposalsForTpp(user: CurrentUser) {
  assertCan(user, "tpp:record");
  const rows = await prisma.stageTransitionRequest.findMany({
    where: { officeId: user.officeId, status: "PROPOSED", client: { deletedAt: null, officeId: user.officeId } },
    orderBy: { proposedAt: "asc" },
    take: 200,
    select: transitionListSelect,
  });
  return rows.map((r) => ({ ...r, summary: readTransitionSummary(r.summary) }));
}

/** TPP sessions of the office, newest first. */
export async function listTppSessions(user: CurrentUser, take = 50) {
  assertCan(user, "tpp:record");
  return prisma.tppSession.findMany({
    where: { officeId: user.officeId },
    orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
    take,
    select: {
      id: true, heldOn: true, location: true, chairName: true, members: true, minutes: true,
      transitions: { select: { id: true, fromStage: true, toStage: true, tppRecommendation: true, status: true, client: { select: { id: true, fullName: true } } } },
    },
  });
}

/** Counts for the home pages: stage reviews overdue, proposals waiting (TPP / decision), letters to issue. */
export async function getStageWorkCounts(user: CurrentUser) {
  assertCan(user, "client:read");
  const today = todayIn(user.timeZone);
  const scope = clientScope(user);
  const [overdue, awaitingTpp, awaitingDecision, lettersToIssue] = await Promise.all([
    prisma.guidanceStage.count({ where: { status: "ACTIVE", plannedEnd: { lt: today }, client: { ...scope, status: "AKTIF" } } }),
    prisma.stageTransitionRequest.count({ where: { officeId: user.officeId, status: "PROPOSED", client: scope } }),
    prisma.stageTransitionRequest.count({ where: { officeId: user.officeId, status: "TPP_REVIEWED", client: scope } }),
    prisma.client.count({ where: { ...scope, status: "AKTIF", currentStage: "AKHIR", guidanceEnd: { lte: addDays(today, 30) }, letters: { none: { revoked: false } } } }),
  ]);
  return { overdue, awaitingTpp, awaitingDecision, lettersToIssue };
}
