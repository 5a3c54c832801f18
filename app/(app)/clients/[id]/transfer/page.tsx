import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RequestTransferForm } from "@/components/registry/transfer-forms";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth";
import { getClientHeader, listOtherOffices } from "@/lib/server/queries/client-registry";

export const metadata: Metadata = { title: "Pelimpahan bimbingan" };

export default async function TransferRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!can(user.role, "client:transfer")) notFound();
  const c = await getClientHeader(user, id);
  if (!c) notFound();
  const offices = await listOtherOffices(user);
  return (
    <>
      <PageHeader eyebrow={<span>Berkas klien · <span className="font-mono">{c.registerNumber}</span></span>} title={`Pindahkan bimbingan: ${c.fullName}`} description="Bapas tujuan menerima atau menolak. Setelah diterima, berkas klien pindah ke Bapas tujuan dan penugasan PK di sini berakhir." />
      <Card className="max-w-2xl">
        <CardBody>
          {c.transfers.length > 0 ? (
            <Alert tone="info" title="Sudah ada permintaan yang menunggu jawaban">
              Menunggu jawaban {c.transfers[0].toOffice.name}. <ButtonLink href="/transfers" variant="ghost" size="sm">Lihat pelimpahan</ButtonLink>
            </Alert>
          ) : c.status !== "AKTIF" ? (
            <p className="text-sm text-slate-700">Hanya klien aktif yang dapat dipindahkan.</p>
          ) : offices.length === 0 ? (
            <p className="text-sm text-slate-700">Belum ada Bapas lain di sistem.</p>
          ) : (
            <RequestTransferForm clientId={c.id} offices={offices} />
          )}
        </CardBody>
      </Card>
    </>
  );
}
