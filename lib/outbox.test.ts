import { describe, expect, it } from "vitest";
import { classifySend, flushEntries, type OutboxEntry, type OutboxStore, type SendResult } from "./outbox";

// The flush logic against an in-memory store (the browser tests cover IndexedDB itself).
function memoryStore(entries: OutboxEntry[] = []): OutboxStore & { all: Map<string, OutboxEntry> } {
  const all = new Map(entries.map((e) => [e.key, e]));
  return {
    all,
    list: async (ownerId) => [...all.values()].filter((e) => e.ownerId === ownerId),
    put: async (e) => void all.set(e.key, e),
    remove: async (ownerId, key) => {
      if (all.get(key)?.ownerId === ownerId) all.delete(key);
    },
  };
}

const entry = (key: string, savedAt: string, ownerId = "pk1"): OutboxEntry => ({
  key, ownerId, clientId: "c1", clientName: "Klien", savedAt,
  payload: { clientId: "c1", idempotencyKey: key, occurredAt: savedAt, type: "TELEPON_VIDEO", outcome: "HADIR", notes: "catatan" } as OutboxEntry["payload"],
});

const ok = async (): Promise<SendResult> => ({ ok: true });

describe("classifySend", () => {
  it.each<[string, SendResult, ReturnType<typeof classifySend>]>([
    ["confirmed", { ok: true }, "sent"],
    ["session expired", { ok: false, error: "Sesi Anda telah berakhir.", code: "UNAUTHENTICATED" }, "login"],
    ["database outage", { ok: false, error: "Basis data…", retryable: true }, "later"],
    ["unexpected server error (a 5xx)", { ok: false, error: "Terjadi kesalahan pada sistem." }, "later"],
    ["password change pending", { ok: false, error: "Ganti kata sandi…", code: "FORBIDDEN" }, "later"],
    ["edit conflict", { ok: false, error: "Data telah diubah…", code: "CONFLICT" }, "later"],
    ["invalid content", { ok: false, error: "Periksa kembali isian.", code: "VALIDATION", fieldErrors: { notes: ["Terlalu panjang"] } }, "refused"],
    ["client no longer in the caseload", { ok: false, error: "Klien tidak ditemukan.", code: "NOT_FOUND" }, "refused"],
  ])("%s", (_, res, verdict) => {
    expect(classifySend(res)).toBe(verdict);
  });
});

describe("flushEntries", () => {
  it("sends oldest first and removes what the server confirmed", async () => {
    const store = memoryStore([entry("b", "2026-12-01T02:00:00Z"), entry("a", "2026-12-01T01:00:00Z")]);
    const order: string[] = [];
    const res = await flushEntries(store, "pk1", async (p) => { order.push(p.idempotencyKey); return { ok: true }; });
    expect(order).toEqual(["a", "b"]);
    expect(res).toEqual({ sent: 2, left: 0, needsLogin: false, stopped: false });
  });

  it("sends, sees and removes only the owner's entries", async () => {
    const store = memoryStore([entry("mine", "2026-12-01T01:00:00Z", "pk1"), entry("theirs", "2026-12-01T01:00:00Z", "pk2")]);
    const sent: string[] = [];
    const res = await flushEntries(store, "pk1", async (p) => { sent.push(p.idempotencyKey); return { ok: true }; });
    expect(sent).toEqual(["mine"]);
    expect(res.left).toBe(0);
    expect([...store.all.keys()]).toEqual(["theirs"]);
    await store.remove("pk1", "theirs");
    expect(store.all.has("theirs")).toBe(true);
  });

  it("keeps every entry waiting while the server's database is down", async () => {
    const store = memoryStore([entry("a", "2026-12-01T01:00:00Z"), entry("b", "2026-12-01T02:00:00Z")]);
    let calls = 0;
    const res = await flushEntries(store, "pk1", async () => { calls += 1; return { ok: false, error: "Basis data Bimbing sedang tidak dapat dihubungi", retryable: true }; });
    expect(calls).toBe(1);
    expect(res).toEqual({ sent: 0, left: 2, needsLogin: false, stopped: true });
    expect([...store.all.values()].every((e) => !e.rejected)).toBe(true);
  });

  it("keeps the entries and asks for a login when the session is gone, then sends them", async () => {
    const store = memoryStore([entry("a", "2026-12-01T01:00:00Z")]);
    const expired = await flushEntries(store, "pk1", async () => ({ ok: false, error: "Sesi Anda telah berakhir. Silakan masuk kembali.", code: "UNAUTHENTICATED" }));
    expect(expired).toEqual({ sent: 0, left: 1, needsLogin: true, stopped: false });
    expect(store.all.get("a")?.rejected).toBeUndefined();
    expect(await flushEntries(store, "pk1", ok)).toEqual({ sent: 1, left: 0, needsLogin: false, stopped: false });
  });

  it("marks a refusal of the content and goes on with the next entry", async () => {
    const store = memoryStore([entry("a", "2026-12-01T01:00:00Z"), entry("b", "2026-12-01T02:00:00Z")]);
    const res = await flushEntries(store, "pk1", async (p) => (p.idempotencyKey === "a" ? { ok: false, error: "Klien tidak ditemukan.", code: "NOT_FOUND" } : { ok: true }));
    expect(res).toEqual({ sent: 1, left: 1, needsLogin: false, stopped: false });
    expect(store.all.get("a")).toMatchObject({ rejected: "Klien tidak ditemukan.", payload: { notes: "catatan" } });
    // A refused entry is not sent again by itself.
    let calls = 0;
    await flushEntries(store, "pk1", async () => { calls += 1; return { ok: true }; });
    expect(calls).toBe(0);
  });

  it("stops at a lost connection and keeps the rest", async () => {
    const store = memoryStore([entry("a", "2026-12-01T01:00:00Z")]);
    const res = await flushEntries(store, "pk1", async () => { throw new TypeError("Failed to fetch"); });
    expect(res).toEqual({ sent: 0, left: 1, needsLogin: false, stopped: true });
    expect(store.all.get("a")?.rejected).toBeUndefined();
  });
});
