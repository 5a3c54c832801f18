// The device's outbox of guidance contacts not yet confirmed by the server (browser only). An
// entry is written BEFORE the save is sent and removed only when the server confirms it, so a
// dropped connection never loses a visit. Resending is safe: the server stores each entry's
// idempotency key once and answers a resend with the row it already has.
import type { LogContactInput } from "./schemas/contact";

const KEY = "bimbing.outbox.v1";
const EVENT = "bimbing-outbox";

export interface OutboxEntry {
  key: string;
  clientId: string;
  clientName: string;
  payload: LogContactInput;
  savedAt: string;
  /** The server refused it (not a connection problem): shown to the officer, not resent blindly. */
  rejected?: string;
}

export function readOutbox(): OutboxEntry[] {
  if (typeof window === "undefined") return [];
  try {
    const raw = window.localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? (list as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

function write(list: OutboxEntry[]) {
  window.localStorage.setItem(KEY, JSON.stringify(list));
  window.dispatchEvent(new Event(EVENT));
}

export function putOutbox(entry: OutboxEntry) {
  write([...readOutbox().filter((e) => e.key !== entry.key), entry]);
}

export function removeOutbox(key: string) {
  write(readOutbox().filter((e) => e.key !== key));
}

export function markRejected(key: string, message: string) {
  write(readOutbox().map((e) => (e.key === key ? { ...e, rejected: message } : e)));
}

export function onOutboxChange(fn: () => void): () => void {
  const storage = (e: StorageEvent) => {
    if (e.key === KEY) fn();
  };
  window.addEventListener(EVENT, fn);
  window.addEventListener("storage", storage);
  return () => {
    window.removeEventListener(EVENT, fn);
    window.removeEventListener("storage", storage);
  };
}

/** A random key for one entry (crypto.randomUUID is missing outside secure contexts). */
export function newEntryKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("").replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-");
}

export type SendResult = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined>; retryable?: boolean };

let flushing: Promise<{ sent: number; left: number }> | null = null;

/**
 * Sends every waiting entry once, oldest first; stops at the first connection failure or
 * database outage (the entry keeps waiting). One flush
 * at a time per page (a second caller waits for the running one).
 */
export function flushOutbox(send: (payload: LogContactInput) => Promise<SendResult>): Promise<{ sent: number; left: number }> {
  flushing ??= (async () => {
    let sent = 0;
    try {
      for (const entry of readOutbox().filter((e) => !e.rejected).sort((a, b) => a.savedAt.localeCompare(b.savedAt))) {
        let res: SendResult;
        try {
          res = await send(entry.payload);
        } catch {
          break; // still offline
        }
        if (res.ok) {
          removeOutbox(entry.key);
          sent += 1;
        } else if (res.retryable) {
          break; // the server is up but its database is not: try again later
        } else markRejected(entry.key, res.error);
      }
    } finally {
      flushing = null;
    }
    return { sent, left: readOutbox().length };
  })();
  return flushing;
}
