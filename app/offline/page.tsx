import type { Metadata } from "next";
import { OfflineHelp } from "./offline-help";

export const metadata: Metadata = { title: "Tanpa koneksi" };

// Precached by the service worker (worker/sw.ts) and shown for any page not kept on this device
// while there is no connection. No session and no data: the device's own lists fill it in.
export default function OfflinePage() {
  return (
    <main className="grid min-h-dvh place-items-start bg-slate-50 px-4 py-10 sm:place-items-center">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <div aria-hidden="true" className="mb-3 grid size-10 place-items-center rounded-md bg-brand-700 text-lg font-bold text-white">B</div>
        <h1 className="text-lg font-semibold text-slate-900">Tanpa koneksi</h1>
        <p className="mt-2 text-sm text-slate-700">
          Halaman ini belum pernah dibuka di perangkat ini, jadi belum tersedia tanpa sinyal. Halaman yang pernah Anda buka saat daring tetap dapat dilihat.
        </p>
        <OfflineHelp />
      </div>
    </main>
  );
}
