// The full page shown when Bimbing cannot reach its database (or fails before a page can render).
// Plain markup, no data: it renders from a server layout and from the client's global error page.
export function ServiceUnavailable({ kind = "database", action }: { kind?: "database" | "unknown"; action?: React.ReactNode }) {
  const title = kind === "database" ? "Bimbing sedang tidak dapat menghubungi basis data" : "Bimbing sedang mengalami gangguan";
  return (
    <main data-bimbing-outage="" className="grid min-h-dvh place-items-center bg-slate-50 px-4 py-10">
      <div className="w-full max-w-md rounded-lg border border-amber-200 bg-white p-6 shadow-sm" role="alert" aria-labelledby="gangguan-judul">
        <div aria-hidden="true" className="mb-3 grid size-10 place-items-center rounded-md bg-amber-100 text-lg font-bold text-amber-800">!</div>
        <h1 id="gangguan-judul" className="text-lg font-semibold text-slate-900">{title}</h1>
        <p className="mt-2 text-sm text-slate-700">
          Data Anda aman; halaman ini hanya belum dapat dimuat. Biasanya gangguan seperti ini pulih dalam beberapa menit.
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>Tunggu sebentar, lalu muat ulang halaman.</li>
          <li>Catatan kunjungan yang tersimpan di ponsel tetap menunggu dan terkirim setelah layanan pulih.</li>
          <li>Jika gangguan berlanjut lebih dari 15 menit, hubungi admin Bapas atau petugas TI kantor.</li>
        </ul>
        <div className="mt-5">
          {action ?? (
            <a href="" className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
              Muat ulang
            </a>
          )}
        </div>
      </div>
    </main>
  );
}
