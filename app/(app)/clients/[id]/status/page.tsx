import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClientStatusBadge } from "@/components/clients/badges";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteClientForm, StatusForm } from "@/components/registry/status-form";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { CLIENT_STATUS_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getClientHeader } from "@/lib/server/queries/client-registry";

export const metadata: Metadata = { title: "Ubah status klien" };

export default async function ClientStatusPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const c = await getClientHeader(user, id);
  if (!c || !can(user.role, "client:change-status")) notFound();
  return (
    <>
      <PageHeader eyebrow={<span>Berkas klien · <span className="font-mono">{c.registerNumber}</span></span>} title={`Ubah status: ${c.fullName}`} description={<span className="flex items-center gap-2">Status sekarang <ClientStatusBadge status={c.status} /></span>} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="status-card">
          <CardHeader id="status-card" title="Akhiri atau ubah status bimbingan" description="Selesai, dicabut, dipindahkan atau meninggal dunia; dengan alasan dan tanggal berlaku." />
          <CardBody>
            {c.status === "AKTIF" ? (
              <StatusForm id={c.id} version={c.version} today={toIsoDate(todayIn(user.timeZone))} />
            ) : (
              <p className="text-sm text-slate-700">
                Klien ini berstatus {CLIENT_STATUS_LABEL[c.status].toLowerCase()}{c.statusDate ? ` sejak ${formatDate(c.statusDate)}` : ""}{c.statusReason ? ` (${c.statusReason})` : ""}. Status hanya dapat diubah dari aktif.
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
