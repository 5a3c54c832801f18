// The authorization matrix.
//  1. Completeness: every route (app/**/page.tsx, route.ts) and every server action (each exported
//     async function of a "use server" file), found on the file system, must have a row below; a
//     new one without a row fails this test, so nothing is added unguarded.
//  2. The data layer (proxy.ts plays no part here): the decisions, called as each role, in the own
//     office and another, on the own caseload and another PK's. The expected outcome is written in
//     the table; after every refusal the database is unchanged (a fingerprint of every table) and
//     no audit event was written; the one allowed call writes its audit event.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addDays, toIsoDate, todayIn } from "@/lib/domain/calendar";
import type { Role } from "@/lib/domain/enums";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { approveLitmas } from "@/lib/server/services/approve-litmas";
import { issueEndOfGuidanceLetter } from "@/lib/server/services/issue-end-of-guidance-letter";
import { issueWarning } from "@/lib/server/services/issue-warning";
import { CONTACT_TYPES } from "@/lib/domain/enums";
import { ZLogContact } from "@/lib/schemas/contact";
import { logContact } from "@/lib/server/services/log-contact";
import { proposeStageTransition } from "@/lib/server/services/propose-stage-transition";
import { recordArrival } from "@/lib/server/services/record-arrival";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { createClient, createLitmas, createReportingSchedule } from "../factories";
import { actorFor } from "../support/actors";
import { twoOfficeStaff } from "../support/offices";

const root = path.resolve(import.meta.dirname, "../..");
type Access = "public" | "signed-in" | readonly Role[];
const ALL: readonly Role[] = ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"];

// Routes: who may open it. "signed-in": any account, the data shown is scoped by the query.
const ROUTES: Record<string, Access> = {
  "(app)/(home)/page.tsx": "signed-in",
  "(app)/account-changes/page.tsx": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/account/page.tsx": "signed-in",
  "(app)/account/password/page.tsx": "signed-in",
  "(app)/admin/settings/page.tsx": ["ADMIN"],
  "(app)/admin/users/[id]/page.tsx": ["ADMIN"],
  "(app)/admin/users/new/page.tsx": ["ADMIN"],
  "(app)/admin/users/page.tsx": ["ADMIN"],
  "(app)/audit/page.tsx": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/audit/retensi/page.tsx": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/clients/[id]/placements/page.tsx": "signed-in",
  "(app)/clients/[id]/assessments/page.tsx": "signed-in",
  "(app)/group-sessions/page.tsx": "signed-in",
  "(app)/group-sessions/new/page.tsx": ["ADMIN", "PK"],
  "(app)/group-sessions/[id]/page.tsx": "signed-in",
  "(app)/outreach/page.tsx": "signed-in",
  "(app)/outreach/new/page.tsx": "signed-in",
  "(app)/outreach/[id]/page.tsx": "signed-in",
  "(app)/partners/page.tsx": "signed-in",
  "(app)/partners/new/page.tsx": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/partners/[id]/page.tsx": "signed-in",
  "(app)/clients/(list)/page.tsx": "signed-in",
  "(app)/clients/[id]/contacts/[contactId]/page.tsx": "signed-in",
  "(app)/clients/[id]/contacts/new/page.tsx": ["PK"],
  "(app)/clients/[id]/edit/page.tsx": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/[id]/log/page.tsx": "signed-in",
  "(app)/clients/[id]/page.tsx": "signed-in",
  "(app)/clients/[id]/reporting/page.tsx": "signed-in",
  "(app)/reporting/page.tsx": ["ADMIN", "KEPALA_BAPAS", "PK"], // the day's daftar lapor diri; a PK sees their own clients
  "(app)/clients/[id]/stages/page.tsx": "signed-in",
  "(app)/clients/[id]/status/page.tsx": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/[id]/transfer/page.tsx": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/clients/[id]/violations/new/page.tsx": ["PK"],
  "(app)/clients/assign/page.tsx": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/clients/new/page.tsx": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/letters/page.tsx": "signed-in",
  "(app)/litmas/[id]/page.tsx": "signed-in",
  "(app)/litmas/[id]/versions/[n]/page.tsx": "signed-in",
  "(app)/litmas/[id]/versions/compare/page.tsx": "signed-in", // scoped and audited like one version
  "(app)/litmas/new/page.tsx": ALL,
  "(app)/litmas/page.tsx": "signed-in",
  "(app)/pendampingan/[id]/page.tsx": "signed-in",
  "(app)/pendampingan/new/page.tsx": ALL,
  "(app)/pendampingan/page.tsx": "signed-in",
  "(app)/persons/[id]/page.tsx": "signed-in",
  "(app)/tasks/page.tsx": "signed-in",
  "(app)/tpp/new/page.tsx": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/tpp/page.tsx": "signed-in",
  "(app)/transfers/page.tsx": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/transitions/page.tsx": "signed-in",
  "(app)/violations/[id]/page.tsx": "signed-in",
  "(app)/violations/page.tsx": "signed-in",
  "(app)/violations/revocations/[id]/page.tsx": "signed-in",
  "(app)/workload/page.tsx": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "(auth)/login/page.tsx": "public",
  "api/auth/[...nextauth]/route.ts": "public",
  "api/clients/[id]/documents/route.ts": "signed-in",
  "api/documents/[id]/route.ts": "signed-in",
  "api/export/[list]/route.ts": "signed-in",
  "api/health/route.ts": "public",
  "api/letters/[id]/pdf/route.ts": "signed-in",
  "api/litmas/[id]/pdf/route.ts": "signed-in",
  "api/pendampingan/[id]/surat-tugas/route.ts": "signed-in",
  "api/persons/[id]/processing-history/route.ts": "signed-in",
  "api/reports/monthly/route.ts": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "api/reports/daily/route.ts": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "api/clients/[id]/kartu-bimbingan/route.ts": "signed-in",
  "api/clients/[id]/kontrak-bimbingan/route.ts": "signed-in",
  "api/permits/[id]/letter/route.ts": "signed-in",
  "api/office-documents/[id]/route.ts": "signed-in",
  "api/outreach/route.ts": "signed-in",
  "api/outreach/[id]/photos/route.ts": "signed-in",
  "api/partners/[id]/agreements/route.ts": ["ADMIN", "KEPALA_BAPAS"],
  "api/revocations/[id]/letter/route.ts": "signed-in",
  "api/warnings/[id]/letter/route.ts": "signed-in",
  "offline/page.tsx": "public",
  "verifikasi/[token]/page.tsx": "public",
};

// Server actions: the roles the service lets through (then office and caseload narrow it further).
const ACTIONS: Record<string, Access> = {
  "(app)/litmas/actions.ts requestLitmasAction": ALL,
  "(app)/audit/retensi/actions.ts decideRetentionAction": ["KEPALA_BAPAS"],
  "(app)/admin/settings/actions.ts saveRiskDefaultsAction": ["ADMIN"],
  "(app)/clients/[id]/assessments/actions.ts recordRiskAssessmentAction": ["PK"],
  "(app)/clients/[id]/assessments/actions.ts markNewInformationAction": ["PK"],
  "(app)/clients/[id]/stages/actions.ts recordPreparationStepAction": ["PK"],
  "(app)/partners/actions.ts savePartnerAction": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/partners/actions.ts createPlacementAction": ["PK"],
  "(app)/partners/actions.ts logHoursAction": ["PK"],
  "(app)/partners/actions.ts endPlacementAction": ["PK"],
  "(app)/partners/actions.ts recordGroupSessionAction": ["ADMIN", "PK"],
  "(app)/partners/actions.ts correctHoursAction": ALL,
  "(app)/partners/actions.ts correctGroupSessionAction": ALL,
  "(app)/partners/actions.ts correctOutreachAction": ALL,
  "(app)/partners/actions.ts removeCommunityRecordAction": ALL,
  "(app)/litmas/actions.ts findPersonMatchesAction": ALL,
  "(app)/litmas/actions.ts searchRequestableClientsAction": ALL,
  "(app)/litmas/actions.ts assignLitmasAction": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "(app)/litmas/actions.ts saveLitmasDraftAction": ["PK"],
  "(app)/litmas/actions.ts submitLitmasAction": ["PK"],
  "(app)/litmas/actions.ts returnLitmasAction": ["KEPALA_BAPAS"],
  "(app)/litmas/actions.ts approveLitmasAction": ["KEPALA_BAPAS"],
  "(app)/litmas/actions.ts cancelLitmasAction": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "(app)/litmas/actions.ts disposeLitmasToSectionAction": ["ADMIN", "KEPALA_BAPAS", "KASI"],
  "(app)/litmas/actions.ts deliverLitmasAction": ALL,
  "(app)/tpp/actions.ts recordTppSessionAction": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/admin/users/actions.ts createUserAction": ["ADMIN"],
  "(app)/admin/users/actions.ts updateUserAction": ["ADMIN"],
  "(app)/admin/users/actions.ts resetUserPasswordAction": ["ADMIN"],
  "(app)/admin/users/actions.ts decideAccountChangeAction": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/admin/settings/actions.ts saveSettingsAction": ["ADMIN"],
  "(app)/letters/actions.ts revokeLetterAction": ["KEPALA_BAPAS"],
  "(app)/transitions/actions.ts decideTransitionAction": ["KEPALA_BAPAS"],
  "(app)/account/actions.ts changePasswordAction": "signed-in",
  "(app)/account/actions.ts revokeSessionAction": "signed-in",
  "(app)/violations/actions.ts advanceRevocationAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/violations/actions.ts closeViolationAction": ["PK"],
  "(app)/violations/actions.ts reportViolationAction": ["PK"],
  "(app)/violations/actions.ts recordComplaintAction": ["PK"],
  "(app)/violations/actions.ts issueWarningAction": ["KEPALA_BAPAS", "PK"],
  "(app)/violations/actions.ts requestPermitAction": ["PK"],
  "(app)/violations/actions.ts decidePermitAction": ["KEPALA_BAPAS"],
  "(app)/clients/_registry/actions.ts registerClientAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/_registry/actions.ts updateClientAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/_registry/actions.ts checkNikAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/_registry/actions.ts searchByNikAction": ALL,
  "(app)/clients/_registry/actions.ts recordDeathAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/_registry/actions.ts deleteClientAction": ["ADMIN"],
  "(app)/clients/_registry/actions.ts assignClientsAction": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/clients/_registry/actions.ts setCapacityAction": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/clients/_registry/actions.ts requestTransferAction": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/clients/_registry/actions.ts decideTransferAction": ["ADMIN", "KEPALA_BAPAS"],
  "(app)/clients/[id]/reporting/actions.ts setReportingScheduleAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/[id]/reporting/actions.ts recordAttendanceAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/[id]/reporting/actions.ts confirmMangkirAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/[id]/reporting/actions.ts recordPastReportAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/reporting/actions.ts recordArrivalAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/[id]/stages/actions.ts proposeTransitionAction": ["PK"],
  "(app)/clients/[id]/stages/actions.ts withdrawTransitionAction": ["PK"],
  "(app)/clients/[id]/stages/actions.ts createProgramAction": ["PK"],
  "(app)/clients/[id]/stages/actions.ts recordProgressAction": ["PK"],
  "(app)/clients/[id]/stages/actions.ts issueLetterAction": ["KEPALA_BAPAS"],
  "(app)/clients/[id]/stages/actions.ts replanStagesAction": ["ADMIN", "KEPALA_BAPAS", "PK"],
  "(app)/clients/[id]/contacts/actions.ts logContactAction": ["PK"],
  "(app)/clients/[id]/contacts/actions.ts setContactOutcomeAction": ["PK"],
  "(app)/pendampingan/actions.ts requestPendampinganAction": ALL,
  "(app)/pendampingan/actions.ts assignPendampinganAction": ["KEPALA_BAPAS", "KASI"],
  "(app)/pendampingan/actions.ts disposePendampinganAction": ["KEPALA_BAPAS", "KASI"],
  "(app)/pendampingan/actions.ts issueAssignmentLetterAction": ["KEPALA_BAPAS"],
  "(app)/pendampingan/actions.ts recordPendampinganStepAction": ["PK"],
  "(app)/pendampingan/actions.ts recordDiversiAgreementAction": ["PK"],
  "(app)/pendampingan/actions.ts markAgreementCarriedOutAction": ["PK"],
  "(app)/pendampingan/actions.ts reportNonExecutionAction": ["PK"],
  "(app)/pendampingan/actions.ts recordOfficialActionAction": ["PK"],
  "(app)/pendampingan/actions.ts closePendampinganAction": ["PK"],
  "(app)/pendampingan/actions.ts cancelPendampinganAction": ["ADMIN", "KEPALA_BAPAS"],
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("every route and action has a row in the matrix", () => {
  const files = walk(path.join(root, "app")).map((f) => path.relative(path.join(root, "app"), f));

  it("routes", () => {
    const routes = files.filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f)).sort();
    expect(routes.filter((r) => !(r in ROUTES)), "routes without a row in ROUTES").toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !routes.includes(r)), "rows for routes that are gone").toEqual([]);
  });

  it("server actions", () => {
    const found = [...files, ...walk(path.join(root, "lib")).map((f) => path.relative(path.join(root, "app"), f))]
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => {
        const src = fs.readFileSync(path.join(root, "app", f), "utf8");
        if (!/^\s*["']use server["']/m.test(src)) return [];
        return [...src.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => `${f} ${m[1]}`);
      })
      .sort();
    expect(found.length).toBeGreaterThan(40);
    expect(found.filter((a) => !(a in ACTIONS)), "server actions without a row in ACTIONS").toEqual([]);
    expect(Object.keys(ACTIONS).filter((a) => !found.includes(a)), "rows for actions that are gone").toEqual([]);
  });
});

// ---- the data layer -------------------------------------------------------------------------

async function fingerprint(): Promise<string> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const sql = tables.map((t) => `SELECT '${t.tablename}' AS t, count(*)::int AS n, coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM "${t.tablename}" x`).join(" UNION ALL ");
  return (await prisma.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(sql)).map((r) => `${r.t}:${r.n}:${r.h}`).sort().join("|");
}

type Who = "kepala" | "admin" | "kasi" | "pk" | "otherPk" | "kepalaMks" | "adminMks" | "pkMks";
const WHO: Who[] = ["kepala", "admin", "kasi", "pk", "otherPk", "kepalaMks", "adminMks", "pkMks"];

async function world() {
  const { jks, mks, u } = await twoOfficeStaff();
  const actors = Object.fromEntries(await Promise.all(WHO.map(async (w) => [w, await actorFor(u[w].id)] as const))) as Record<Who, CurrentUser>;
  return { jks, mks, u, actors };
}
type World = Awaited<ReturnType<typeof world>>;
const today = () => todayIn("Asia/Jakarta");

/** Each case: the target (in JKS, on `pk`'s caseload), the call, the one actor allowed, the audit action. */
const CASES: { name: string; allowed: Who[]; audit: string; setup: (w: World) => Promise<(a: CurrentUser) => Promise<unknown>> }[] = [
  {
    name: "approve a litmas", allowed: ["kepala"], audit: "litmas.approve",
    setup: async (w) => {
      const c = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.u.pk.id });
      const l = await createLitmas(prisma, { officeId: w.jks.id, clientId: c.id, status: "SUBMITTED", assignedPkId: w.u.pk.id, createdById: w.u.admin.id, reviewerId: w.u.kepala.id });
      return (a) => approveLitmas(a, { litmasId: l.id, version: l.version });
    },
  },
  {
    name: "issue the end-of-guidance letter", allowed: ["kepala"], audit: "letter.issue",
    setup: async (w) => {
      const c = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.u.pk.id, guidanceStart: addDays(today(), -100), guidanceEnd: addDays(today(), -1), currentStage: "AKHIR" });
      return (a) => issueEndOfGuidanceLetter(a, { clientId: c.id, statement: "Klien telah selesai menjalani masa pembimbingan dengan baik." });
    },
  },
  {
    name: "issue a peringatan tertulis I", allowed: ["kepala"], audit: "warning.issue",
    setup: async (w) => {
      const c = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.u.pk.id, program: "ASIMILASI", guidanceStart: addDays(today(), -60) });
      return (a) => issueWarning(a, { clientId: c.id, level: "PERINGATAN_I", reason: "Klien dua kali tidak lapor diri tanpa alasan yang sah." });
    },
  },
  {
    name: "propose a stage transition (own caseload only)", allowed: ["pk"], audit: "transition.propose",
    setup: async (w) => {
      const c = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.u.pk.id, guidanceStart: addDays(today(), -40), guidanceEnd: addDays(today(), 49), currentStage: "AWAL" });
      return (a) => proposeStageTransition(a, { clientId: c.id, toStage: "LANJUTAN", pkAssessment: "Klien kooperatif, rutin wajib lapor dan mengikuti program bimbingan dengan baik." });
    },
  },
  {
    name: "log a contact (own caseload only)", allowed: ["pk"], audit: "contact.create",
    setup: async (w) => {
      const c = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.u.pk.id });
      const input = ZLogContact.parse({ clientId: c.id, idempotencyKey: "matrix-0123456789abcdef", occurredAt: `${toIsoDate(addDays(today(), -1))}T09:15:00+07:00`, type: CONTACT_TYPES[0], notes: "Klien ada di rumah." });
      return (a) => logContact(a, input);
    },
  },
  {
    // Every allowed actor taps in turn: the first records, the others find it there (one audit row).
    name: "record an arrival at the front desk (the office; a PK their own caseload)", allowed: ["kepala", "admin", "pk"], audit: "reporting.record",
    setup: async (w) => {
      const c = await createClient(prisma, { officeId: w.jks.id, officeCode: "JKS", assignedPkId: w.u.pk.id, guidanceStart: addDays(today(), -60) });
      // Weekly from 7 days ago: due today, its window open.
      await createReportingSchedule(prisma, { clientId: c.id, frequency: "WEEKLY", startsOn: addDays(today(), -7) });
      return (a) => recordArrival(a, { clientId: c.id, dueOn: toIsoDate(today()) });
    },
  },
];

describe("the data layer refuses everyone but the expected role, office and caseload", () => {
  for (const c of CASES) {
    it(`${c.name}: allowed ${c.allowed.join(", ")}; refused ${WHO.filter((w) => !c.allowed.includes(w)).join(", ")}`, async () => {
      const w = await world();
      const call = await c.setup(w);
      const before = await fingerprint();
      for (const who of WHO.filter((x) => !c.allowed.includes(x))) {
        const e = await call(w.actors[who]).then(() => null, (x: unknown) => x);
        expect(e, `${who} was let through`).toBeInstanceOf(AppError);
        expect(["FORBIDDEN", "NOT_FOUND"], `${who}: ${(e as AppError).message}`).toContain((e as AppError).code);
        expect(await fingerprint(), `${who}'s refused call changed the database`).toBe(before);
      }
      expect(await prisma.auditEvent.count()).toBe(0);
      for (const who of c.allowed) await call(w.actors[who]);
      expect(await prisma.auditEvent.count({ where: { action: c.audit } })).toBe(1);
    });
  }
});
