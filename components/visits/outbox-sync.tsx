"use client";

import { useOffline } from "@/components/offline/offline-provider";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { removeOutbox } from "@/lib/outbox";
import { participantsText } from "@/lib/domain/contact-subject";

/**
 * The contacts this officer saved on this device but not yet sent ("belum terkirim"). They are sent
 * by the app (components/offline/offline-provider.tsx) when the connection returns, or on demand.
 */
export function OutboxSync({ clientId }: { clientId?: string }) {
  const state = useOffline();
  if (!state) return null;
  const entries = clientId ? state.entries.filter((e) => e.clientId === clientId) : state.entries;
  // Never "sent" and "not sent" side by side: the success line only once nothing waits.
  if (entries.length === 0) return state.lastSent > 0 ? <Alert tone="success" className="mb-4">{state.lastSent} catatan kontak yang tertunda telah terkirim.</Alert> : null;
  return (
    <section aria-label="Kontak belum terkirim" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-sm text-amber-950">
      <p className="font-medium">{entries.length} catatan kontak belum terkirim</p>
      <p className="mt-0.5">
        {state.needsLogin
          ? "Sesi Anda telah berakhir. Catatan tetap tersimpan di perangkat ini dan terkirim setelah Anda masuk kembali."
          : "Tersimpan di perangkat ini untuk akun Anda dan dikirim otomatis saat koneksi kembali. Jangan hapus data peramban sebelum terkirim."}
      </p>
      <ul className="mt-2 space-y-1">
        {entries.map((e) => (
          <li key={e.key} className="flex flex-wrap items-center justify-between gap-2 rounded bg-white/70 px-2 py-1">
            <span>
              <span className="font-medium">{e.clientName}</span> · disimpan {new Date(e.savedAt).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" })}
              {e.rejected ? (
                <>
                  <span className="block text-red-800">Ditolak server: {e.rejected}</span>
                  <span className="block whitespace-pre-line text-slate-700">Catatan: {e.payload.notes || "—"}</span>
                  {e.payload.participants?.length ? <span className="block text-slate-700">Yang hadir: {participantsText(e.payload.participants)}</span> : null}
                </>
              ) : (
                <span className="ml-1 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-medium">belum terkirim</span>
              )}
            </span>
            {e.rejected ? (
              <Button type="button" size="sm" variant="secondary" onClick={() => void removeOutbox(state.userId, e.key)}>Hapus dari perangkat</Button>
            ) : null}
          </li>
        ))}
      </ul>
      {state.online && !state.needsLogin ? (
        <Button type="button" size="sm" variant="secondary" className="mt-2" disabled={state.busy} onClick={() => void state.flush()}>
          {state.busy ? <Spinner /> : null}
          {state.busy ? "Mengirim…" : "Kirim sekarang"}
        </Button>
      ) : null}
    </section>
  );
}
