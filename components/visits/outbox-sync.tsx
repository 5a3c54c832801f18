"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { logContactAction } from "@/app/(app)/clients/[id]/contacts/actions";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { flushOutbox, onOutboxChange, readOutbox, removeOutbox, type OutboxEntry } from "@/lib/outbox";

const EMPTY: OutboxEntry[] = [];
let cache: { raw: string; list: OutboxEntry[] } = { raw: "[]", list: EMPTY };
function snapshot(): OutboxEntry[] {
  const list = readOutbox();
  const raw = JSON.stringify(list);
  if (raw !== cache.raw) cache = { raw, list };
  return cache.list;
}

async function send(payload: OutboxEntry["payload"]) {
  const res = await logContactAction(payload);
  return res.ok ? ({ ok: true } as const) : res;
}

/**
 * Shows the contacts saved on this device but not yet sent ("belum terkirim") and sends them when
 * the connection returns (on load, on the browser's "online" event, or on demand).
 */
export function OutboxSync({ clientId }: { clientId?: string }) {
  const router = useRouter();
  const all = useSyncExternalStore(onOutboxChange, snapshot, () => EMPTY);
  const entries = clientId ? all.filter((e) => e.clientId === clientId) : all;
  const [busy, setBusy] = useState(false);
  const [sentNote, setSentNote] = useState<string | null>(null);

  const flush = useCallback(async () => {
    if (readOutbox().filter((e) => !e.rejected).length === 0) return;
    setBusy(true);
    try {
      const { sent } = await flushOutbox(send);
      if (sent > 0) {
        setSentNote(`${sent} catatan kontak yang tertunda telah terkirim.`);
        router.refresh();
      }
    } finally {
      setBusy(false);
    }
  }, [router]);

  useEffect(() => {
    const first = window.setTimeout(() => void flush(), 0);
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      window.clearTimeout(first);
      window.removeEventListener("online", online);
    };
  }, [flush]);

  if (entries.length === 0) return sentNote ? <Alert tone="success" className="mb-4">{sentNote}</Alert> : null;
  return (
    <section aria-label="Kontak belum terkirim" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-sm text-amber-950">
      <p className="font-medium">
        {entries.length} catatan kontak belum terkirim
      </p>
      <p className="mt-0.5">Tersimpan di perangkat ini dan dikirim otomatis saat koneksi kembali. Jangan hapus data peramban sebelum terkirim.</p>
      <ul className="mt-2 space-y-1">
        {entries.map((e) => (
          <li key={e.key} className="flex flex-wrap items-center justify-between gap-2 rounded bg-white/70 px-2 py-1">
            <span>
              <span className="font-medium">{e.clientName}</span> · disimpan {new Date(e.savedAt).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" })}
              {e.rejected ? <span className="block text-red-800">Ditolak server: {e.rejected}</span> : <span className="ml-1 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-medium">belum terkirim</span>}
            </span>
            {e.rejected ? (
              <Button type="button" size="sm" variant="secondary" onClick={() => removeOutbox(e.key)}>Hapus dari perangkat</Button>
            ) : null}
          </li>
        ))}
      </ul>
      <Button type="button" size="sm" variant="secondary" className="mt-2" disabled={busy} onClick={() => void flush()}>
        {busy ? <Spinner /> : null}
        {busy ? "Mengirim…" : "Kirim sekarang"}
      </Button>
    </section>
  );
}
