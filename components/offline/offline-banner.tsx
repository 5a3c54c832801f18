"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useOffline } from "./offline-provider";

/** One calm line at the top of every page: no connection, or a lost session, and how many entries wait. */
export function OfflineBanner() {
  const state = useOffline();
  const pathname = usePathname();
  if (!state) return null;
  const waiting = state.entries.filter((e) => !e.rejected).length;
  const count = waiting > 0 ? `${waiting} catatan menunggu dikirim.` : "Tidak ada catatan yang menunggu.";
  if (!state.online) {
    return (
      <div role="status" aria-label="Status koneksi" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
        <p><span className="font-semibold">Tanpa koneksi.</span> Halaman yang pernah dibuka tetap dapat dilihat; catatan baru disimpan di perangkat ini. {count}</p>
      </div>
    );
  }
  if (state.needsLogin && waiting > 0) {
    return (
      <div role="status" aria-label="Status koneksi" className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
        <p>
          <span className="font-semibold">Sesi Anda telah berakhir.</span> {waiting} catatan menunggu dan tetap aman di perangkat ini.{" "}
          <Link href={`/login?lanjut=${encodeURIComponent(pathname)}`} className="font-semibold underline underline-offset-2">Masuk kembali untuk mengirim</Link>
        </p>
      </div>
    );
  }
  return null;
}
