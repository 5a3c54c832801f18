// The device's outbox of guidance contacts not yet confirmed by the server (browser only), kept in
// IndexedDB. An entry is written BEFORE the save is sent and removed only when the server confirms
// it, so a dropped connection, an expired session or a database outage never loses a visit.
// Resending is safe: the server stores each entry's idempotency key once and answers a resend with
// the row it already has. Every entry carries the user who saved it: only that user lists, sends or
// deletes it, so a second officer on the same phone never sees it.
import type { ActionErrorCode } from "./action-result";
import { clock } from "./clock";
import type { LogContactPayload } from "./schemas/contact";

export interface OutboxEntry {
  key: string;
  ownerId: string;
  clientId: string;
  clientName: string;
  /** As sent: an entry saved before decision 0022 has no subject or participants (the server reads it as with the client). */
  payload: LogContactPayload;
  savedAt: string;
  /** The server refused its content: shown to the officer (with the note), not resent blindly. */
  rejected?: string;
}

export type SendResult =
  | { ok: true }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined>; retryable?: boolean; code?: ActionErrorCode };

export interface FlushResult {
  sent: number;
  left: number;
  /** The session is gone: the officer must sign in again, then the rest is sent. */
  needsLogin: boolean;
  /** A send failed for want of a connection or of the server (kept, tried again later). */
  stopped: boolean;
}

/** Where the entries live: IndexedDB in the browser, a Map in the unit tests. */
export interface OutboxStore {
  list(ownerId: string): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(ownerId: string, key: string): Promise<void>;
}

/** Only a refusal of the entry itself gives it up; a lost session, the server or the network keep it. */
export function classifySend(res: SendResult): "sent" | "login" | "later" | "refused" {
  if (res.ok) return "sent";
  if (res.code === "UNAUTHENTICATED") return "login";
  if (res.retryable) return "later";
  if (res.code === "VALIDATION" || res.code === "NOT_FOUND") return "refused";
  return "later";
}

/**
 * Sends the owner's waiting entries once, oldest first. Stops at the first connection failure,
 * outage or lost session (the entry keeps waiting); marks a refused entry and goes on.
 */
export async function flushEntries(store: OutboxStore, ownerId: string, send: (payload: LogContactPayload) => Promise<SendResult>): Promise<FlushResult> {
  let sent = 0;
  let needsLogin = false;
  let stopped = false;
  const waiting = (await store.list(ownerId)).filter((e) => !e.rejected && e.ownerId === ownerId).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  for (const entry of waiting) {
    let res: SendResult;
    try {
      res = await send(entry.payload);
    } catch {
      stopped = true;
      break;
    }
    const verdict = classifySend(res);
    if (verdict === "sent") {
      await store.remove(ownerId, entry.key);
      sent += 1;
    } else if (verdict === "login") {
      needsLogin = true;
      break;
    } else if (verdict === "later") {
      stopped = true;
      break;
    } else if (!res.ok) {
      await store.put({ ...entry, rejected: res.error });
    }
  }
  return { sent, left: (await store.list(ownerId)).length, needsLogin, stopped };
}

// ---- IndexedDB --------------------------------------------------------------------------------

const DB_NAME = "bimbing";
const CHANGE = "bimbing-outbox";
export const LEGACY_KEY = "bimbing.outbox.v1";

export interface Draft {
  id: string;
  ownerId: string;
  values: Record<string, unknown>;
  savedAt: string;
}

type Db = import("idb").IDBPDatabase<{
  outbox: { key: string; value: OutboxEntry; indexes: { ownerId: string } };
  drafts: { key: string; value: Draft };
}>;

let dbPromise: Promise<Db> | null = null;
function db(): Promise<Db> {
  dbPromise ??= import("idb").then(({ openDB }) =>
    openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore("outbox", { keyPath: "key" }).createIndex("ownerId", "ownerId");
        d.createObjectStore("drafts", { keyPath: "id" });
      },
    }) as Promise<Db>,
  );
  return dbPromise;
}

let channel: BroadcastChannel | null = null;
function changed() {
  window.dispatchEvent(new Event(CHANGE));
  if (typeof BroadcastChannel !== "undefined") (channel ??= new BroadcastChannel(CHANGE)).postMessage("changed");
}

/** Calls `fn` when the outbox changes in this tab or another. */
export function onOutboxChange(fn: () => void): () => void {
  window.addEventListener(CHANGE, fn);
  const other = typeof BroadcastChannel !== "undefined" ? new BroadcastChannel(CHANGE) : null;
  other?.addEventListener("message", fn);
  return () => {
    window.removeEventListener(CHANGE, fn);
    other?.close();
  };
}

/** The device refused to store more (storage full): the save must not pretend it is kept. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? "";
  const inner = (e as { inner?: { name?: string }; target?: { error?: { name?: string } } } | null)?.target?.error?.name ?? "";
  return name === "QuotaExceededError" || inner === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

export const idbOutbox: OutboxStore = {
  async list(ownerId) {
    return (await db()).getAllFromIndex("outbox", "ownerId", ownerId);
  },
  async put(entry) {
    await (await db()).put("outbox", entry);
    changed();
  },
  async remove(ownerId, key) {
    const d = await db();
    const tx = d.transaction("outbox", "readwrite");
    const found = await tx.store.get(key);
    if (found && found.ownerId === ownerId) await tx.store.delete(key);
    await tx.done;
    changed();
  },
};

export const listOutbox = (ownerId: string) => idbOutbox.list(ownerId);
export const putOutbox = (entry: OutboxEntry) => idbOutbox.put(entry);
export const removeOutbox = (ownerId: string, key: string) => idbOutbox.remove(ownerId, key);

let flushing: Promise<FlushResult> | null = null;

/**
 * Sends the owner's waiting entries. Two tabs flush once: the Web Locks API lets one tab send while
 * another waits and then finds nothing left (and within a tab a second caller joins the running flush).
 */
export function flushOutbox(ownerId: string, send: (payload: LogContactPayload) => Promise<SendResult>): Promise<FlushResult> {
  flushing ??= (async () => {
    try {
      const run = () => flushEntries(idbOutbox, ownerId, send);
      if (typeof navigator !== "undefined" && navigator.locks) return await navigator.locks.request(`bimbing-outbox:${ownerId}`, run);
      return await run();
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

/** Entries from the former localStorage outbox (no owner recorded) go to the first user who signs in, once. */
export async function migrateLegacyOutbox(ownerId: string): Promise<number> {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(LEGACY_KEY);
  } catch {
    return 0;
  }
  if (!raw) return 0;
  let list: unknown = [];
  try {
    list = JSON.parse(raw);
  } catch {
    list = [];
  }
  let moved = 0;
  for (const e of Array.isArray(list) ? (list as Omit<OutboxEntry, "ownerId">[]) : []) {
    if (!e?.key || !e.payload) continue;
    await idbOutbox.put({ key: e.key, ownerId, clientId: e.clientId, clientName: e.clientName, payload: e.payload, savedAt: e.savedAt, ...(e.rejected ? { rejected: e.rejected } : {}) });
    moved += 1;
  }
  window.localStorage.removeItem(LEGACY_KEY);
  return moved;
}

// ---- Drafts of longer forms ---------------------------------------------------------------------

const draftId = (ownerId: string, form: string) => `${ownerId}:${form}`;

export async function saveDraft(ownerId: string, form: string, values: Record<string, unknown>): Promise<void> {
  await (await db()).put("drafts", { id: draftId(ownerId, form), ownerId, values, savedAt: clock.now().toISOString() });
}

export async function loadDraft(ownerId: string, form: string): Promise<Draft | undefined> {
  const d = await (await db()).get("drafts", draftId(ownerId, form));
  return d && d.ownerId === ownerId ? d : undefined;
}

export async function clearDraft(ownerId: string, form: string): Promise<void> {
  await (await db()).delete("drafts", draftId(ownerId, form));
}

/** A random key for one entry (crypto.randomUUID is missing outside secure contexts). */
export function newEntryKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("").replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-");
}
