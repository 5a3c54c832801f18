// Property-based bad input (fast-check): every server action in app/**/actions.ts, called as the
// browser would call it (the session is the only thing faked), gets arbitrary and hostile input:
// wrong types, huge and unicode strings, impossible dates, NaN, negative numbers, extra keys. Each
// call must resolve (no exception, no 500) with a result whose message is Indonesian and not the
// generic "kesalahan pada sistem", and a refused call must leave the database as it was.
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db";
import { createClient, createLitmas, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

const session = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock("@/lib/server/auth", async (orig) => {
  const real = await orig<typeof import("@/lib/server/auth")>();
  const { AppError } = await import("@/lib/server/errors");
  const current = async () => session.actor as CurrentUser | null;
  return {
    ...real,
    getCurrentUser: current,
    getActor: current,
    requireUser: async () => (session.actor as CurrentUser) ?? Promise.reject(new Error("redirect /login")),
    requireActor: async () => {
      if (!session.actor) throw new AppError("UNAUTHENTICATED");
      return session.actor as CurrentUser;
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1", "user-agent": "vitest" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));

const modules = import.meta.glob<Record<string, unknown>>("../../app/**/actions.ts", { eager: true });
const actions = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v === "function")
    .map(([name, fn]) => ({ name: `${file.replace("../../app/", "")} ${name}`, fn: fn as (...args: unknown[]) => Promise<unknown> })),
);

const ENGLISH = /\b(invalid|expected|received|required|too (small|big)|must|should|string|number|boolean|undefined|null|nan|array|object|error|cannot|failed)\b/i;
const JARGON = /diharapkan|input tidak valid|tidak valid: /i;
const GENERIC = /kesalahan pada sistem/i;

// Hostile values: the fields' names come from real forms, the values from everywhere.
const FIELD_NAMES = ["clientId", "litmasId", "transitionId", "permitId", "revocationId", "pendampinganId", "userId", "changeId", "transferId", "violationId", "attendanceId", "id", "version", "decision", "reason", "note", "notes", "statement", "date", "occurredOn", "fromDate", "toDate", "heldOn", "nik", "fullName", "email", "role", "officeId", "level", "status", "sections", "members", "reviews", "password", "__proto__", "constructor"];
const hostileScalar = fc.oneof(
  fc.string(), fc.string({ unit: "grapheme", maxLength: 50 }), fc.string({ minLength: 10_000, maxLength: 20_000 }),
  fc.constantFrom("", " ", "\u0000", "'; DROP TABLE \"Client\"; --", "<script>alert(1)</script>", "9999-12-31", "0000-00-00", "2026-02-30", "1800-01-01", "3171012345678901", "ﷺ𝕏\u202e", "APPROVE", "REJECT", "ACCEPT"),
  fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, Number.MAX_SAFE_INTEGER + 2, -0), fc.boolean(), fc.constant(null), fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
);
const hostileValue = fc.oneof({ depthSize: "small" }, hostileScalar, fc.array(hostileScalar, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), hostileScalar, { maxKeys: 3 }));
const hostileObject = fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 })), hostileValue, { maxKeys: 8 });
const hostileInput = fc.oneof(hostileObject, hostileValue, fc.anything({ maxDepth: 2 }));

/** A cheap fingerprint of every table: row counts and an md5 of all rows. */
async function fingerprint(): Promise<string> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const sql = tables.map((t) => `SELECT '${t.tablename}' AS t, count(*)::int AS n, coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM "${t.tablename}" x`).join(" UNION ALL ");
  const rows = await prisma.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(sql);
  return rows.map((r) => `${r.t}:${r.n}:${r.h}`).sort().join("|");
}

let actors: CurrentUser[] = [];
let ids: string[] = [];
beforeEach(async () => {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const kepala = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const admin = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pk = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pk.id });
  const litmas = await createLitmas(prisma, { officeId: jks.id, clientId: client.id, status: "SUBMITTED", assignedPkId: pk.id, createdById: admin.id, reviewerId: kepala.id });
  actors = [await actorFor(kepala.id), await actorFor(admin.id), await actorFor(pk.id)];
  ids = [client.id, litmas.id, kepala.id, pk.id, jks.id];
});

describe("hostile input to every server action", () => {
  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(40);
  });

  for (const { name, fn } of actions) {
    it(`${name}: no exception, an Indonesian refusal, no write`, async () => {
      let before = await fingerprint();
      // Real ids sometimes, so the input reaches the service behind the schema.
      const withIds = fc.tuple(hostileObject, fc.constantFrom(...ids), fc.constantFrom("clientId", "litmasId", "id", "userId")).map(([o, id, k]) => ({ ...o, [k]: id }));
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: actors.length - 1 }), fc.oneof(hostileInput, withIds), fc.array(hostileInput, { maxLength: 2 }), async (who, input, rest) => {
          session.actor = actors[who];
          let result: unknown;
          try {
            result = await fn(...(fn.length > 1 ? [typeof input === "string" ? input : "tpp", input, ...rest] : [input]));
          } catch (e) {
            throw new Error(`${name} threw: ${e instanceof Error ? e.message : String(e)}`);
          }
          if (result === undefined) return; // a form action that answers by redirect only
          expect(result).toBeTypeOf("object");
          const r = result as { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> };
          if (r.ok) {
            before = await fingerprint(); // arbitrary input that happens to be valid may write; that is allowed
            return;
          }
          expect(r.error, name).toBeTypeOf("string");
          expect(r.error).not.toMatch(GENERIC);
          expect(r.error, "the faked session reaches the action").not.toMatch(/Sesi Anda telah berakhir/);
          expect(r.error).not.toMatch(ENGLISH);
          for (const messages of Object.values(r.fieldErrors ?? {})) for (const m of messages ?? []) {
            expect(m).not.toMatch(ENGLISH);
            expect(m).not.toMatch(JARGON);
          }
          expect(await fingerprint(), `${name} wrote although it refused: ${JSON.stringify(input)?.slice(0, 200)}`).toBe(before);
        }),
        { numRuns: 12, seed: 20261202, endOnFailure: true },
      );
    });
  }
});
