import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLinks } from "@/components/ui/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { CurrentUser } from "@/lib/server/auth";
import type { AuditListParams } from "@/lib/server/queries/audit";
import { listAffectedPersons } from "@/lib/server/queries/breach";
import { AuditFilterForm, AuditViews } from "./audit-filters";

/** The breach-notification helper: whose data a user, or anyone in a period, touched. */
export async function AffectedPersons({ user, params, users }: { user: CurrentUser; params: AuditListParams; users: { id: string; name: string }[] }) {
  const persons = await listAffectedPersons(user, params);
  const tz = user.timeZone;
  return (
    <>
      <PageHeader
        title="Orang terdampak"
        description="Orang yang datanya diakses oleh pengguna atau dalam rentang tanggal yang dipilih: daftar untuk pemberitahuan kegagalan pelindungan data pribadi (3×24 jam, UU 27/2022)."
        actions={persons?.length ? <ExportLinks list="orang-terdampak" params={params} label="daftar orang terdampak" /> : undefined}
      />
      <AuditViews params={params} />
      <AuditFilterForm params={params} users={users} />
      <Card className="mt-4">
        {persons === null ? (
          <div className="p-4"><EmptyState title="Pilih pengguna atau rentang tanggal">Tanpa salah satunya daftar ini akan memuat semua orang yang tercatat.</EmptyState></div>
        ) : persons.length === 0 ? (
          <div className="p-4"><EmptyState title="Tidak ada orang yang datanya diakses">Ubah pengguna, tindakan atau rentang tanggal.</EmptyState></div>
        ) : (
          <Table caption="Orang terdampak">
            <thead><tr><Th>Nama</Th><Th className="text-right">Kejadian</Th><Th>Pertama</Th><Th>Terakhir</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {persons.map((p) => (
                <tr key={p.id}>
                  <Td><PendingLink href={`/audit?person=${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</PendingLink></Td>
                  <Td className="text-right tabular-nums">{p.events}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(p.first, tz)}</Td>
                  <Td className="whitespace-nowrap">{formatDateTime(p.last, tz)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
