import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { Table, Td, Th } from "@/components/ui/table";
import { REVOCATION_STATUS_LABEL, VIOLATION_STATUS_LABEL, VIOLATION_TYPE_LABEL } from "@/lib/domain/labels";
import { formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listOpenViolations } from "@/lib/server/queries/violations";
import { ExportLinks } from "@/components/ui/export-links";
import { ServiceClockBadge } from "@/components/violations/service-clock";

export const metadata: Metadata = { title: "Pelanggaran" };

export default async function ViolationsPage() {
  const user = await requireUser();
  const { revocations, violations } = await listOpenViolations(user);
  return (
    <>
      <PageHeader title="Pelanggaran dan pencabutan" description={user.role === "PK" ? "Pelanggaran terbuka dan proses pencabutan klien Anda." : `Pelanggaran terbuka dan proses pencabutan di ${user.officeName}.`} actions={<ExportLinks list="pelanggaran" label="daftar pelanggaran" />} />
      <div className="space-y-6">
        <Card aria-labelledby="rev">
          <CardHeader id="rev" title="Proses pencabutan berjalan" />
          {revocations.length === 0 ? (
            <div className="p-4"><EmptyState title="Tidak ada proses pencabutan yang berjalan">Usulan muncul setelah tiga mangkir berturut-turut yang dikonfirmasi PK, saat PK melaporkan pelanggaran dengan usulan pencabutan, atau dari pengaduan masyarakat.</EmptyState></div>
          ) : (
            <Table caption="Proses pencabutan">
              <thead><tr><Th>Klien</Th><Th>Tahap</Th><Th>Sejak</Th><Th>PK</Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {revocations.map((r) => (
                  <tr key={r.id}>
                    <Td><PendingLink href={`/violations/revocations/${r.id}`} className="font-medium text-brand-700 hover:underline">{r.client.fullName}</PendingLink><div className="font-mono text-xs text-slate-500">{r.client.registerNumber}</div></Td>
                    <Td><Badge tone="amber">{REVOCATION_STATUS_LABEL[r.status]}</Badge>{r.raisedBySystem ? <div className="mt-1 text-xs text-slate-500">diusulkan sistem</div> : null}</Td>
                    <Td className="whitespace-nowrap">{formatDateShort(r.createdAt)}{r.serviceClock ? <div className="mt-1"><ServiceClockBadge clock={r.serviceClock} /></div> : null}</Td>
                    <Td>{r.client.assignedPk?.name ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card aria-labelledby="viol">
          <CardHeader id="viol" title="Pelanggaran terbuka" />
          {violations.length === 0 ? (
            <div className="p-4"><EmptyState title="Tidak ada pelanggaran terbuka">Mangkir menjadi pelanggaran setelah PK mengonfirmasinya; pelanggaran lain dicatat PK dari berkas klien.</EmptyState></div>
          ) : (
            <Table caption="Pelanggaran terbuka">
              <thead><tr><Th>Klien</Th><Th>Pelanggaran</Th><Th>Tanggal</Th><Th>Status</Th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {violations.map((v) => (
                  <tr key={v.id}>
                    <Td><PendingLink href={`/clients/${v.client.id}`} className="font-medium text-brand-700 hover:underline">{v.client.fullName}</PendingLink><div className="font-mono text-xs text-slate-500">{v.client.registerNumber}</div></Td>
                    <Td><PendingLink href={v.revocationId ? `/violations/revocations/${v.revocationId}` : `/violations/${v.id}`} className="hover:underline">{VIOLATION_TYPE_LABEL[v.type]}</PendingLink><div className="line-clamp-2 text-xs text-slate-600">{v.description}</div></Td>
                    <Td className="whitespace-nowrap">{formatDateShort(v.occurredOn)}</Td>
                    <Td><Badge tone={v.status === "OPEN" ? "red" : "amber"}>{VIOLATION_STATUS_LABEL[v.status]}</Badge></Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
