import type { Metadata } from "next";
import { ServiceUnavailable } from "@/components/service-unavailable";
import { telHref } from "@/lib/domain/phone";
import { formatDate, formatDateTime } from "@/lib/format";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { getLetterVerification } from "@/lib/server/queries/letters";

export const metadata: Metadata = { title: "Verifikasi surat", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

// Public (no login): confirms a letter from its QR code, showing only the number, date, the issuing
// authority as on the letterhead, the guidance period, the client's initials, whether it is still
// valid, and how to reach the office (its address and telephone, as printed on its letters).
function Item({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

export default async function VerifyLetterPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let v: Awaited<ReturnType<typeof getLetterVerification>>;
  try {
    v = await getLetterVerification(token);
  } catch (e) {
    if (isDatabaseUnavailable(e)) return <ServiceUnavailable />;
    throw e;
  }
  const tel = v ? telHref(v.officeContact.phone) : null;
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
            {v.revoked ? "Surat ini telah DIBATALKAN" : "Surat ini SAH dan berlaku"}
          </p>
          {v.revoked && v.revokedAt ? <p className="text-sm text-red-900">Dibatalkan pada {formatDateTime(v.revokedAt, v.officeTimeZone)}.</p> : null}
          <dl className="mt-4 grid grid-cols-1 gap-3 text-sm sm:grid-cols-2">
            <Item label="Nomor surat"><span className="font-mono">{v.number}</span></Item>
            <Item label="Tanggal surat">{formatDate(v.issuedOn)}</Item>
            <Item label="Inisial klien">{v.clientInitials}</Item>
            <Item label="Masa pembimbingan">{formatDate(v.guidancePeriod.start)} s.d. {formatDate(v.guidancePeriod.end)}</Item>
            <Item label="Diterbitkan oleh" className="sm:col-span-2">
              {v.authority.map((line) => <span key={line} className="block">{line}</span>)}
              <span className="block font-semibold">{v.officeName}</span>
            </Item>
          </dl>
        </div>
      )}
      {v ? (
        <section aria-labelledby="kontak" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 id="kontak" className="font-semibold text-slate-900">Menghubungi kantor penerbit</h2>
          <p className="mt-1 text-slate-700">Untuk memastikan isi surat, hubungi {v.officeName}:</p>
          <address className="mt-2 not-italic text-slate-800">
            <span className="block">{v.officeContact.address}</span>
            {tel ? <span className="block">Telepon <a className="inline-flex min-h-11 items-center font-medium text-brand-700 underline md:min-h-0" href={tel}>{v.officeContact.phone}</a></span> : null}
            {v.officeContact.email ? <span className="block">Surel <a className="inline-flex min-h-11 items-center font-medium text-brand-700 underline md:min-h-0" href={`mailto:${v.officeContact.email}`}>{v.officeContact.email}</a></span> : null}
          </address>
        </section>
      ) : null}
    </main>
  );
}
