"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { logContactAction } from "@/app/(app)/clients/[id]/contacts/actions";
import { CACHE_OWNER_KEY, PAGES_CACHE } from "@/lib/offline/constants";
import { flushOutbox, listOutbox, migrateLegacyOutbox, onOutboxChange, type FlushResult, type OutboxEntry, type SendResult } from "@/lib/outbox";

// The signed-in officer's offline state for every page of the app: the service worker, whose pages
// the offline cache holds, the officer's own outbox entries and their sending.

interface OfflineState {
  userId: string;
  online: boolean;
  entries: OutboxEntry[];
  /** A send met an expired session: the officer is asked to sign in again. */
  needsLogin: boolean;
  busy: boolean;
  lastSent: number;
  flush: () => Promise<FlushResult | null>;
  refresh: () => Promise<void>;
}

const OfflineContext = createContext<OfflineState | null>(null);

export function useOffline(): OfflineState | null {
  return useContext(OfflineContext);
}

/** Empties the offline page cache (logout, or another user on this browser). */
export async function purgeOfflinePages(): Promise<void> {
  try {
    window.localStorage.removeItem(CACHE_OWNER_KEY);
  } catch {}
  if (typeof caches !== "undefined") await caches.delete(PAGES_CACHE).catch(() => false);
}

/** Sends one entry by the server action. A thrown failure with a connection is told apart: a lost session or no server. */
export async function sendContact(payload: OutboxEntry["payload"]): Promise<SendResult> {
  try {
    const res = await logContactAction(payload);
    return res.ok ? { ok: true } : res;
  } catch (e) {
    // Without a session cookie the proxy redirects the action to the login page, which the
    // framework reports as an error: ask the session endpoint which it was.
    if (navigator.onLine) {
      const session = await fetch("/api/auth/session", { cache: "no-store" }).then((r) => (r.ok ? r.json() : null)).catch(() => null);
      if (session && typeof session === "object" && !("user" in session)) return { ok: false, error: "Sesi Anda telah berakhir.", code: "UNAUTHENTICATED" };
    }
    throw e;
  }
}

export function OfflineProvider({ userId, children }: { userId: string; children: React.ReactNode }) {
  const router = useRouter();
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [online, setOnline] = useState(true);
  const [needsLogin, setNeedsLogin] = useState(false);
  const [busy, setBusy] = useState(false);
  const [lastSent, setLastSent] = useState(0);
  const ready = useRef<Promise<void> | null>(null);
  const onlineRef = useRef(true);
  const waitingRef = useRef(0);
  useEffect(() => {
    onlineRef.current = online;
    waitingRef.current = entries.filter((e) => !e.rejected).length;
  }, [online, entries]);

  const refresh = useCallback(async () => {
    try {
      setEntries((await listOutbox(userId)).sort((a, b) => a.savedAt.localeCompare(b.savedAt)));
    } catch {
      setEntries([]);
    }
  }, [userId]);

  const flush = useCallback(async () => {
    await ready.current;
    if ((await listOutbox(userId).catch(() => [])).every((e) => e.rejected)) return null;
    setBusy(true);
    try {
      const res = await flushOutbox(userId, sendContact);
      setNeedsLogin(res.needsLogin);
      if (res.stopped && !navigator.onLine) setOnline(false);
      if (res.sent > 0) {
        setLastSent(res.sent);
        router.refresh();
      }
      return res;
    } finally {
      setBusy(false);
      await refresh();
    }
  }, [userId, router, refresh]);

  useEffect(() => {
    // Whose pages the cache holds: another user's are removed before this one's are kept.
    ready.current = (async () => {
      let owner: string | null = null;
      try {
        owner = window.localStorage.getItem(CACHE_OWNER_KEY);
      } catch {}
      // The owner is recorded only once the purge is done: an interrupted purge is done again on
      // the next page. (The page in view is not fetched again to keep it: that would be a second
      // audited view; the next visit keeps it.)
      if (owner !== userId && typeof caches !== "undefined") await caches.delete(PAGES_CACHE).catch(() => false);
      try {
        window.localStorage.setItem(CACHE_OWNER_KEY, userId);
      } catch {}
      await migrateLegacyOutbox(userId).catch(() => 0);
    })();
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
  }, [userId]);

  useEffect(() => {
    // navigator.onLine can say "online" on a page the service worker served without signal (and with
    // a weak signal): a small request to the server settles it.
    const probe = async () => {
      if (!navigator.onLine) {
        setOnline(false);
        return false;
      }
      // The connection may have gone while the request was under way.
      const reached = (await fetch("/api/health", { cache: "no-store" }).then(() => true, () => false)) && navigator.onLine;
      setOnline(reached);
      return reached;
    };
    void ready.current?.then(refresh).then(probe).then((reached) => (reached ? flush() : null));
    const wentOnline = () => void probe().then((reached) => (reached ? flush() : null));
    const wentOffline = () => setOnline(false);
    window.addEventListener("online", wentOnline);
    window.addEventListener("offline", wentOffline);
    const off = onOutboxChange(() => void refresh());
    // A connection can return without an "online" event (a weak signal): try again now and then.
    // Only while something is at stake: the device is offline, or entries wait.
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible" && (!onlineRef.current || waitingRef.current > 0)) wentOnline();
    }, 30_000);
    return () => {
      window.removeEventListener("online", wentOnline);
      window.removeEventListener("offline", wentOffline);
      window.clearInterval(timer);
      off();
    };
  }, [refresh, flush]);

  const value = useMemo(() => ({ userId, online, entries, needsLogin, busy, lastSent, flush, refresh }), [userId, online, entries, needsLogin, busy, lastSent, flush, refresh]);
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}
