"use client";

import { Button } from "@/components/ui/button";

export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="rounded-lg border border-red-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-slate-900">Halaman ini gagal dimuat</h1>
      <p className="mt-1 text-sm text-slate-600">Mungkin basis data sedang tidak dapat dihubungi, atau terjadi kesalahan pada sistem. Coba lagi dalam beberapa menit; jika berulang, hubungi admin Bapas.</p>
      <Button className="mt-4" variant="secondary" onClick={reset}>Coba lagi</Button>
    </div>
  );
}
