import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClientStatusBadge } from "@/components/clients/badges";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { DeathForm, DeleteClientForm } from "@/components/registry/status-form";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { CLIENT_STATUS_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getClientHeader } from "@/lib/server/queries/client-registry";

export const metadata: Metadata = { title: "Akhir bimbingan" };

export default async function ClientStatusPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const c = await getClientHeader(user, id);
  if (!c || !can(user.role, "client:change-status")) notFound();
  return (
    <>
      <PageHeader eyebrow={<span>Berkas klien · <span className="font-mono">{c.registerNumber}</span></span>} title={`Akhir bimbingan: ${c.fullName}`} description={<span className="flex items-center gap-2">Status sekarang <ClientStatusBadge status={c.status} /></span>} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="paths-card">
          <CardHeader id="paths-card" title="Bimbingan berakhir lewat prosesnya" description="Status selesai, dicabut dan dilimpahkan tidak diubah langsung: masing-masing mengikuti keputusan dan suratnya." />
          <CardBody>
            <ul className="space-y-3 text-sm text-slate-700">
              <li><span className="font-medium text-slate-900">Selesai</span>: Kepala Bapas menerbitkan surat keterangan akhir pembimbingan di <Link className="font-medium text-brand-700 underline" href={`/clients/${c.id}/stages`}>Tahap bimbingan</Link>.</li>
              <li><span className="font-medium text-slate-900">Dicabut</span>: PK mencatat pelanggaran dan usulan pencabutan di <Link className="font-medium text-brand-700 underline" href={`/clients/${c.id}/violations/new`}>Laporkan pelanggaran</Link>; keputusan diambil oleh pihak yang berwenang.</li>
              <li><span className="font-medium text-slate-900">Dilimpahkan</span>: pelimpahan bimbingan ke Bapas lain di <Link className="font-medium text-brand-700 underline" href={`/clients/${c.id}/transfer`}>Pelimpahan</Link>, diterima oleh kantor tujuan.</li>
            </ul>
          </CardBody>
        </Card>
        <Card aria-labelledby="status-card">
          <CardHeader id="status-card" title="Klien meninggal dunia" description="Dengan bukti dan tanggalnya. Bimbingan berakhir; usulan, proses dan jadwal yang masih terbuka ditutup dengan alasannya." />
          <CardBody>
            {c.status === "AKTIF" ? (
              <DeathForm id={c.id} version={c.version} today={toIsoDate(todayIn(user.timeZone))} />
            ) : (
              <p className="text-sm text-slate-700">
                Klien ini berstatus {CLIENT_STATUS_LABEL[c.status].toLowerCase()}{c.statusDate ? ` sejak ${formatDate(c.statusDate)}` : ""}{c.statusReason ? ` (${c.statusReason})` : ""}.
              </p>
            )}
          </CardBody>
        </Card>
        {can(user.role, "client:delete") ? (
          <Card aria-labelledby="delete-card">
            <CardHeader id="delete-card" title="Hapus dari daftar (admin)" description="Hanya untuk data yang salah atau ganda. Klien disembunyikan; riwayat dan log audit tetap tersimpan." />
            <CardBody><DeleteClientForm id={c.id} version={c.version} /></CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
