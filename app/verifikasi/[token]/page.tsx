import type { Metadata } from "next";
import { ServiceUnavailable } from "@/components/service-unavailable";
import { formatDate, formatDateTime } from "@/lib/format";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { getLetterVerification } from "@/lib/server/queries/letters";

export const metadata: Metadata = { title: "Verifikasi surat", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

// Public (no login): confirms a letter from its QR code, showing only the number, date, office,
// the client's initials and whether it is still valid.
export default async function VerifyLetterPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let v: Awaited<ReturnType<typeof getLetterVerification>>;
  try {
    v = await getLetterVerification(token);
  } catch (e) {
    if (isDatabaseUnavailable(e)) return <ServiceUnavailable />;
    throw e;
  }
  return (
    <main id="konten" className="mx-auto max-w-lg px-4 py-10">
      <p className="text-sm font-semibold text-brand-800">Bimbing · Verifikasi dokumen</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">Surat keterangan akhir pembimbingan</h1>
      {!v ? (
        <div role="status" className="mt-6 rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">Surat tidak dikenal</p>
          <p className="mt-1 text-sm">Kode verifikasi ini tidak cocok dengan surat mana pun. Periksa kembali tautan atau hubungi Bapas penerbit.</p>
        </div>
      ) : (
        <div className={`mt-6 rounded-lg border p-4 ${v.revoked ? "border-red-200 bg-red-50" : "border-emerald-200 bg-emerald-50"}`}>
          <p role="status" className={`text-lg font-semibold ${v.revoked ? "text-red-900" : "text-emerald-900"}`}>
            {v.revoked ? "Surat ini telah DICABUT" : "Surat ini SAH dan berlaku"}
          </p>
          {v.revoked && v.revokedAt ? <p className="text-sm text-red-900">Dicabut pada {formatDateTime(v.revokedAt, v.officeTimeZone)}.</p> : null}
          <dl className="mt-4 grid grid-cols-1 gap-3 text-sm sm:grid-cols-2">
            <div><dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Nomor surat</dt><dd className="font-mono text-slate-900">{v.number}</dd></div>
            <div><dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Tanggal surat</dt><dd className="text-slate-900">{formatDate(v.issuedOn)}</dd></div>
            <div><dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Diterbitkan oleh</dt><dd className="text-slate-900">{v.officeName}</dd></div>
            <div><dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Inisial klien</dt><dd className="text-slate-900">{v.clientInitials}</dd></div>
          </dl>
        </div>
      )}
    </main>
  );
}
