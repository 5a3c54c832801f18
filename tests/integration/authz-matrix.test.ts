// The authorization matrix, generated from the file system: every page, route handler and server
// action must have a row below, or this file fails (nothing is added unguarded). Each server
// action is called as the browser would call it (the session mocked to each role), with the zod
// parse bypassed so the service's own checks are what is tested: the data layer must refuse on
// its own, with proxy.ts off. After every refusal the whole database is unchanged and no audit
// row was written (a refusal is not an event in this app: assertCan throws before any write).
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/domain/enums";
import type { CurrentUser } from "@/lib/server/auth";
import { prisma } from "@/lib/server/db";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";
import { tableHashes } from "../support/db-fingerprint";

const session = vi.hoisted(() => ({ actor: null as CurrentUser | null }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "10.9.9.9" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("@/lib/server/auth", async (orig) => {
  const actual = await orig<typeof import("@/lib/server/auth")>();
  const { AppError } = await import("@/lib/server/errors");
  return {
    ...actual,
    getCurrentUser: async () => session.actor,
    getActor: async () => session.actor,
    requireActor: async () => {
      if (!session.actor) throw new AppError("UNAUTHENTICATED");
      return session.actor;
    },
  };
});
vi.mock("@/lib/server/auth/session-cookie", () => ({ renewSessionCookie: async () => {} }));
// The schema is not what this file tests (tests/integration/bad-input.test.ts is): the service gets the input as sent.
vi.mock("@/lib/server/action", async (orig) => {
  const actual = await orig<typeof import("@/lib/server/action")>();
  return {
    ...actual,
    runAction: async (_schema: unknown, input: unknown, fn: (d: unknown) => Promise<unknown>, message?: string) => {
      try {
        return { ok: true, data: await fn(input), message };
      } catch (e) {
        return actual.toActionError(e);
      }
    },
  };
});

const ROOT = path.resolve(import.meta.dirname, "../..");
const ROLES = ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] as const satisfies readonly Role[];
const A: Role[] = ["ADMIN"], K: Role[] = ["KEPALA_BAPAS"], P: Role[] = ["PK"];
const AK: Role[] = ["ADMIN", "KEPALA_BAPAS"], AKP: Role[] = ["ADMIN", "KEPALA_BAPAS", "PK"];
const AP: Role[] = ["ADMIN", "PK"];
const AKS: Role[] = ["ADMIN", "KEPALA_BAPAS", "KASI"], ALL: Role[] = [...ROLES], KS: Role[] = ["KEPALA_BAPAS", "KASI"];

// ------------------------------------------------------------------ pages and route handlers
// "public": no session needed (and none checked); "user": requireUser (redirects to /login) then the
// query's own scope; "actor": getActor in the handler (401/403/404 without one). Route checks over
// HTTP without proxy.ts are in tests/e2e/no-proxy.spec.ts.
const ROUTES: Record<string, "public" | "user" | "actor"> = {
  "app/(auth)/login/page.tsx": "public",
  "app/offline/page.tsx": "public",
  "app/verifikasi/[token]/page.tsx": "public", // the QR on a printed letter: shows only the letter's number, date and validity
  "app/api/auth/[...nextauth]/route.ts": "public",
  "app/api/health/route.ts": "public",
  "app/api/clients/[id]/documents/route.ts": "actor",
  "app/api/documents/[id]/route.ts": "actor",
  "app/api/export/[list]/route.ts": "actor",
  "app/api/letters/[id]/pdf/route.ts": "actor",
  "app/api/litmas/[id]/pdf/route.ts": "actor",
  "app/api/pendampingan/[id]/surat-tugas/route.ts": "actor",
  "app/api/persons/[id]/processing-history/route.ts": "actor",
  "app/api/reports/monthly/route.ts": "actor",
  "app/api/reports/daily/route.ts": "actor",
  "app/api/clients/[id]/kartu-bimbingan/route.ts": "actor",
  "app/api/clients/[id]/kontrak-bimbingan/route.ts": "actor",
  "app/api/permits/[id]/letter/route.ts": "actor",
  "app/api/office-documents/[id]/route.ts": "actor",
  "app/api/outreach/route.ts": "actor",
  "app/api/outreach/[id]/photos/route.ts": "actor",
  "app/api/partners/[id]/agreements/route.ts": "actor",
  "app/api/revocations/[id]/letter/route.ts": "actor",
  "app/api/warnings/[id]/letter/route.ts": "actor",
  ...Object.fromEntries(
    [
      "(home)", "account-changes", "account", "account/password", "admin/settings", "admin/users/[id]", "admin/users/new", "admin/users",
      "audit", "clients/(list)", "clients/[id]/contacts/[contactId]", "clients/[id]/contacts/new", "clients/[id]/edit", "clients/[id]/log",
      "clients/[id]", "clients/[id]/reporting", "clients/[id]/stages", "clients/[id]/status", "clients/[id]/transfer", "clients/[id]/violations/new",
      "clients/assign", "clients/new", "letters", "litmas/[id]", "litmas/[id]/versions/[n]", "litmas/[id]/versions/compare", "litmas/new", "litmas", "pendampingan/[id]",
      "pendampingan/new", "pendampingan", "persons/[id]", "tasks", "tpp/new", "tpp", "transfers", "transitions", "violations/[id]",
      "violations", "violations/revocations/[id]", "workload",
      "audit/retensi", "clients/[id]/placements", "clients/[id]/assessments", "group-sessions", "group-sessions/new", "group-sessions/[id]",
      "outreach", "outreach/new", "outreach/[id]", "partners", "partners/new", "partners/[id]",
      "reporting",
    ].map((p) => [`app/(app)/${p}/page.tsx`, "user" as const]),
  ),
};

// ------------------------------------------------------------------ server actions
// allowed: the roles that get past the role check. scope: a client-scoped action whose target is
// given by `key`; it is also called on a client of the same office in another PK's caseload and on
// a client of another office, where everyone must be refused.
interface ActionRow {
  allowed: Role[];
  call?: (fn: (...a: unknown[]) => Promise<unknown>, input: unknown) => Promise<unknown>;
  scope?: { key: string; caseload: boolean };
  /** Why no role check is expected, where a service lets every signed-in user in. */
  note?: string;
}
const ACTIONS: Record<string, ActionRow> = {
  "litmas/actions.ts requestLitmasAction": { allowed: ALL },
  "audit/retensi/actions.ts decideRetentionAction": { allowed: K },
  "admin/settings/actions.ts saveRiskDefaultsAction": { allowed: A },
  "clients/[id]/assessments/actions.ts recordRiskAssessmentAction": { allowed: P },
  "clients/[id]/assessments/actions.ts markNewInformationAction": { allowed: P },
  "clients/[id]/stages/actions.ts recordPreparationStepAction": { allowed: P },
  "partners/actions.ts savePartnerAction": { allowed: AK },
  "partners/actions.ts createPlacementAction": { allowed: P },
  "partners/actions.ts logHoursAction": { allowed: P },
  "partners/actions.ts endPlacementAction": { allowed: P },
  "partners/actions.ts recordGroupSessionAction": { allowed: AP },
  // Decision 0022: every role passes the role check; the service then wants the recorder, the Kepala or the client's PK.
  "partners/actions.ts correctHoursAction": { allowed: ALL },
  "partners/actions.ts correctGroupSessionAction": { allowed: ALL },
  "partners/actions.ts correctOutreachAction": { allowed: ALL },
  "partners/actions.ts removeCommunityRecordAction": { allowed: ALL },
  "litmas/actions.ts findPersonMatchesAction": { allowed: ALL },
  "litmas/actions.ts searchRequestableClientsAction": { allowed: ALL },
  "litmas/actions.ts assignLitmasAction": { allowed: AKS },
  "litmas/actions.ts saveLitmasDraftAction": { allowed: P },
  "litmas/actions.ts submitLitmasAction": { allowed: P },
  "litmas/actions.ts returnLitmasAction": { allowed: K },
  "litmas/actions.ts approveLitmasAction": { allowed: K },
  "litmas/actions.ts cancelLitmasAction": { allowed: AKS },
  "litmas/actions.ts disposeLitmasToSectionAction": { allowed: AK },
  "litmas/actions.ts deliverLitmasAction": { allowed: ALL },
  "tpp/actions.ts recordTppSessionAction": { allowed: AK },
  "admin/users/actions.ts createUserAction": { allowed: A },
  "admin/users/actions.ts updateUserAction": { allowed: A },
  "admin/users/actions.ts resetUserPasswordAction": { allowed: A },
  "admin/users/actions.ts decideAccountChangeAction": { allowed: AK },
  "admin/settings/actions.ts saveSettingsAction": { allowed: A, call: (fn, input) => fn("warnings", input) },
  "letters/actions.ts revokeLetterAction": { allowed: K },
  "transitions/actions.ts decideTransitionAction": { allowed: K },
  "account/actions.ts changePasswordAction": { allowed: ALL, note: "one's own password" },
  "account/actions.ts revokeSessionAction": { allowed: ALL, note: "one's own sessions" },
  "violations/actions.ts advanceRevocationAction pk-report": { allowed: P, call: (fn, input) => fn("pk-report", input) },
  "violations/actions.ts advanceRevocationAction tpp": { allowed: AK, call: (fn, input) => fn("tpp", input) },
  "violations/actions.ts advanceRevocationAction suspend": { allowed: K, call: (fn, input) => fn("suspend", input) },
  "violations/actions.ts advanceRevocationAction refer": { allowed: K, call: (fn, input) => fn("refer", input) },
  "violations/actions.ts advanceRevocationAction outcome": { allowed: K, call: (fn, input) => fn("outcome", input) },
  "violations/actions.ts closeViolationAction": { allowed: ["KEPALA_BAPAS", "PK"] },
  "violations/actions.ts reportViolationAction": { allowed: P, scope: { key: "clientId", caseload: true } },
  "violations/actions.ts recordComplaintAction": { allowed: P, scope: { key: "clientId", caseload: true } },
  "violations/actions.ts issueWarningAction": { allowed: K, note: "the PK's teguran lisan passes only for a level the PK may give; the probe's level is none", scope: { key: "clientId", caseload: true } },
  "violations/actions.ts requestPermitAction": { allowed: P, scope: { key: "clientId", caseload: true } },
  "violations/actions.ts decidePermitAction": { allowed: K },
  "clients/_registry/actions.ts registerClientAction": { allowed: AKP },
  "clients/_registry/actions.ts updateClientAction": { allowed: AKP, scope: { key: "id", caseload: true } },
  "clients/_registry/actions.ts checkNikAction": { allowed: ALL },
  "clients/_registry/actions.ts searchByNikAction": { allowed: ALL },
  "clients/_registry/actions.ts recordDeathAction": { allowed: AKP, scope: { key: "id", caseload: true } },
  "clients/_registry/actions.ts deleteClientAction": { allowed: A, scope: { key: "id", caseload: false } },
  "clients/_registry/actions.ts assignClientsAction": { allowed: AK },
  "clients/_registry/actions.ts setCapacityAction": { allowed: A },
  "clients/_registry/actions.ts requestTransferAction": { allowed: AK, scope: { key: "clientId", caseload: false } },
  "clients/_registry/actions.ts decideTransferAction": { allowed: AK },
  "clients/[id]/reporting/actions.ts setReportingScheduleAction": { allowed: AKP, scope: { key: "clientId", caseload: true } },
  "clients/[id]/reporting/actions.ts recordAttendanceAction": { allowed: AKP, scope: { key: "clientId", caseload: true } },
  "clients/[id]/reporting/actions.ts confirmMangkirAction": { allowed: P, scope: { key: "clientId", caseload: true } },
  "clients/[id]/reporting/actions.ts recordPastReportAction": { allowed: AKP, scope: { key: "clientId", caseload: true } },
  "reporting/actions.ts recordArrivalAction": { allowed: AKP, scope: { key: "clientId", caseload: true } },
  "clients/[id]/stages/actions.ts proposeTransitionAction": { allowed: P, scope: { key: "clientId", caseload: true } },
  "clients/[id]/stages/actions.ts withdrawTransitionAction": { allowed: P },
  "clients/[id]/stages/actions.ts createProgramAction": { allowed: P, scope: { key: "clientId", caseload: true } },
  "clients/[id]/stages/actions.ts recordProgressAction": { allowed: P },
  "clients/[id]/stages/actions.ts issueLetterAction": { allowed: K, scope: { key: "clientId", caseload: false } },
  "clients/[id]/stages/actions.ts replanStagesAction": { allowed: AKP, call: (fn) => fn("c_missing") },
  "clients/[id]/contacts/actions.ts logContactAction": { allowed: P, scope: { key: "clientId", caseload: true } },
  "clients/[id]/contacts/actions.ts setContactOutcomeAction": { allowed: P },
  "pendampingan/actions.ts requestPendampinganAction": { allowed: ALL },
  "pendampingan/actions.ts assignPendampinganAction": { allowed: KS },
  "pendampingan/actions.ts disposePendampinganAction": { allowed: KS },
  "pendampingan/actions.ts issueAssignmentLetterAction": { allowed: K },
  "pendampingan/actions.ts recordPendampinganStepAction": { allowed: P },
  "pendampingan/actions.ts recordDiversiAgreementAction": { allowed: P },
  "pendampingan/actions.ts markAgreementCarriedOutAction": { allowed: P },
  "pendampingan/actions.ts reportNonExecutionAction": { allowed: P },
  "pendampingan/actions.ts recordOfficialActionAction": { allowed: P },
  "pendampingan/actions.ts closePendampinganAction": { allowed: AKP },
  "pendampingan/actions.ts cancelPendampinganAction": { allowed: AK },
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}
const appFiles = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "lib"))].map((f) => path.relative(ROOT, f));
const routeFiles = appFiles.filter((f) => f.startsWith("app/") && /(^|\/)(page\.tsx|route\.ts)$/.test(f)).sort();
const actionFiles = appFiles.filter((f) => /\.(ts|tsx)$/.test(f) && /^\s*["']use server["']/m.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
const actionNames = actionFiles.flatMap((f) =>
  [...fs.readFileSync(path.join(ROOT, f), "utf8").matchAll(/export\s+(?:const\s+(\w+)\s*=\s*async|async\s+function\s+(\w+))/g)].map(
    (m) => `${f.replace(/^app\/\(app\)\//, "")} ${m[1] ?? m[2]}`,
  ),
);
const rowKey = (k: string) => k.split(" ").slice(0, 2).join(" ");

describe("every route and action has a row", () => {
  it("finds them on disk", () => {
    expect(routeFiles.length).toBeGreaterThan(50);
    expect(actionNames.length).toBeGreaterThan(55);
  });
  it("every page and route handler is in ROUTES, and ROUTES names no file that is gone", () => {
    expect(routeFiles.filter((f) => !(f in ROUTES)), "add a row to ROUTES").toEqual([]);
    expect(Object.keys(ROUTES).filter((f) => !routeFiles.includes(f)), "remove the row").toEqual([]);
  });
  it("every exported server action is in ACTIONS, and ACTIONS names none that is gone", () => {
    const rows = new Set(Object.keys(ACTIONS).map(rowKey));
    expect(actionNames.filter((a) => !rows.has(a)), "add a row to ACTIONS").toEqual([]);
    expect([...rows].filter((r) => !actionNames.includes(r)), "remove the row").toEqual([]);
  });
  it("pages and route handlers check the session as their row says", () => {
    for (const f of routeFiles) {
      const src = fs.readFileSync(path.join(ROOT, f), "utf8");
      const kind = ROUTES[f];
      if (kind === "user") expect(src, f).toMatch(/requireUser\(/);
      // reportRoute (lib/server/reports/report-route.ts) and multipartRoute (lib/server/route.ts) call getActor.
      if (kind === "actor") expect(src, f).toMatch(/getActor\(|reportRoute\(|multipartRoute[<(]/);
    }
  });
});

// ------------------------------------------------------------------ calling the actions
/** Any field asked for is an id no row has, except the ones given. */
function probe(given: Record<string, unknown> = {}): unknown {
  return new Proxy(given, {
    get(target, key) {
      if (typeof key === "symbol" || key === "then" || key === "toJSON") return undefined;
      return key in target ? target[key as string] : "c_missing";
    },
    has: () => true,
  });
}

const modules = import.meta.glob<Record<string, (...a: unknown[]) => Promise<unknown>>>("../../app/**/actions.ts");
async function actionFn(row: string) {
  const [file, name] = row.split(" ");
  const loader = modules[`../../app/(app)/${file}`];
  if (!loader) throw new Error(`no module for ${file}`);
  return (await loader())[name];
}
async function invoke(row: string, input: unknown) {
  const fn = await actionFn(row);
  const call = ACTIONS[row].call ?? ((f, i) => f(i));
  return (await call(fn, input)) as { ok: boolean; code?: string; error?: string };
}

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", name: "Bapas Kelas I Jakarta Selatan", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", name: "Bapas Kelas I Makassar", timeZone: "Asia/Makassar" });
  const users = {} as Record<Role, CurrentUser>;
  for (const r of ROLES) users[r] = await actorFor((await createUser(prisma, { officeId: jks.id, role: r, ...(r === "KASI" ? { section: "BKD" } : {}) })).id);
  const pkB = await actorFor((await createUser(prisma, { officeId: jks.id, role: "PK" })).id);
  const pkMks = await createUser(prisma, { officeId: mks.id, role: "PK" });
  const mine = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: users.PK.id });
  const theirs = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkB.id });
  const elsewhere = await createClient(prisma, { officeId: mks.id, officeCode: "MKS", assignedPkId: pkMks.id });
  return { users, pkB, mine, theirs, elsewhere };
}

let errorSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // Allowed roles reach the service with ids that do not exist; some log that as unexpected.
  errorSpy = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  errorSpy.mockRestore();
  session.actor = null;
});

const REFUSED = ["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"];

describe("server actions by role, in the data layer", () => {
  it("signed out, every action is refused and nothing is written", async () => {
    await world();
    const before = await tableHashes();
    for (const row of Object.keys(ACTIONS)) {
      const res = await invoke(row, probe());
      expect(res, row).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    expect(await tableHashes()).toEqual(before);
  });

  it("each role gets past the role check exactly where its row allows, and a refusal writes nothing", async () => {
    const w = await world();
    const mismatches: string[] = [];
    for (const [row, spec] of Object.entries(ACTIONS)) {
      for (const role of ROLES) {
        session.actor = w.users[role];
        const before = await tableHashes();
        const res = await invoke(row, probe());
        const forbidden = !res.ok && res.code === "FORBIDDEN";
        const expectAllowed = spec.allowed.includes(role);
        if (forbidden === expectAllowed) mismatches.push(`${row} as ${role}: expected ${expectAllowed ? "allowed" : "refused"}, got ${JSON.stringify(res)}`);
        if (forbidden) {
          expect(res.error, row).not.toMatch(/\b(forbidden|unauthori[sz]ed|denied|permission|invalid|error)\b/i);
          const after = await tableHashes();
          expect(after, `${row} as ${role} wrote despite the refusal`).toEqual(before);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  const scoped = Object.entries(ACTIONS).filter(([, s]) => s.scope);
  it.each(scoped)("%s: another office's client, or another PK's, is refused for every role", async (row, spec) => {
    const w = await world();
    const targets = [w.elsewhere, ...(spec.scope!.caseload ? [w.theirs] : [])];
    for (const role of spec.allowed) {
      session.actor = w.users[role];
      for (const target of targets) {
        if (target === w.theirs && role !== "PK") continue; // the Kepala and admin see the whole office
        const before = await tableHashes();
        const res = await invoke(row, probe({ [spec.scope!.key]: target.id, version: target.version }));
        expect(res.ok, `${row} as ${role} on ${target === w.elsewhere ? "another office" : "another PK's caseload"}`).toBe(false);
        expect(REFUSED, `${row} as ${role}: ${JSON.stringify(res)}`).toContain(res.code);
        expect(await tableHashes(), `${row} as ${role} wrote`).toEqual(before);
      }
    }
    expect(await prisma.auditEvent.count()).toBe(0);
  });
});
