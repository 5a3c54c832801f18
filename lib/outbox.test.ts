import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flushOutbox, putOutbox, readOutbox, type OutboxEntry, type SendResult } from "./outbox";

// A minimal browser: localStorage and events, enough for the outbox.
beforeEach(() => {
  const store = new Map<string, string>();
  const target = new EventTarget();
  Object.assign(globalThis, {
    window: Object.assign(target, {
      localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
    }),
  });
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const entry = (key: string, savedAt: string): OutboxEntry => ({
  key, clientId: "c1", clientName: "Klien", savedAt,
  payload: { clientId: "c1", idempotencyKey: key, occurredAt: savedAt, type: "TELEPON_VIDEO", outcome: "HADIR", notes: "catatan" } as OutboxEntry["payload"],
});

describe("flushOutbox", () => {
  it("sends oldest first and removes what the server confirmed", async () => {
    putOutbox(entry("b", "2026-12-01T02:00:00Z"));
    putOutbox(entry("a", "2026-12-01T01:00:00Z"));
    const order: string[] = [];
    const res = await flushOutbox(async (p) => { order.push(p.idempotencyKey); return { ok: true }; });
    expect(order).toEqual(["a", "b"]);
    expect(res).toEqual({ sent: 2, left: 0 });
  });

  it("keeps every entry waiting, not refused, while the server's database is down", async () => {
    putOutbox(entry("a", "2026-12-01T01:00:00Z"));
    putOutbox(entry("b", "2026-12-01T02:00:00Z"));
    let calls = 0;
    const down: SendResult = { ok: false, error: "Basis data Bimbing sedang tidak dapat dihubungi", retryable: true };
    const res = await flushOutbox(async () => { calls += 1; return down; });
    expect(calls).toBe(1);
    expect(res).toEqual({ sent: 0, left: 2 });
    expect(readOutbox().every((e) => !e.rejected)).toBe(true);
  });

  it("marks a real refusal and goes on with the next entry", async () => {
    putOutbox(entry("a", "2026-12-01T01:00:00Z"));
    putOutbox(entry("b", "2026-12-01T02:00:00Z"));
    const res = await flushOutbox(async (p) => (p.idempotencyKey === "a" ? { ok: false, error: "Klien tidak ditemukan." } : { ok: true }));
    expect(res).toEqual({ sent: 1, left: 1 });
    expect(readOutbox()).toMatchObject([{ key: "a", rejected: "Klien tidak ditemukan." }]);
  });

  it("stops at a lost connection and keeps the rest", async () => {
    putOutbox(entry("a", "2026-12-01T01:00:00Z"));
    const res = await flushOutbox(async () => { throw new TypeError("Failed to fetch"); });
    expect(res).toEqual({ sent: 0, left: 1 });
    expect(readOutbox()[0].rejected).toBeUndefined();
  });
});
