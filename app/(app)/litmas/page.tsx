import type { Metadata } from "next";
import { DeliveryBadge, DueBadge, LitmasStatusBadge, SectionBadge } from "@/components/litmas/badges";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import { LITMAS_PURPOSE_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { ZLitmasListParams } from "@/lib/schemas/litmas";
import { requireUser } from "@/lib/server/auth";
import { listOfficePks } from "@/lib/server/queries/clients";
import { litmasDeadlineCounts, listLitmas } from "@/lib/server/queries/litmas";
import { LitmasFilters } from "./litmas-filters";
import { ExportLinks } from "@/components/ui/export-links";

export const metadata: Metadata = { title: "Litmas" };

export default async function LitmasListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const params = ZLitmasListParams.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [list, counts, pks] = await Promise.all([listLitmas(user, params), litmasDeadlineCounts(user), listOfficePks(user)]);
  const isPk = user.role === "PK";
  const tz = user.timeZone;
  const filtered = Boolean(params.overdue || params.pk || params.kirim || params.seksi || params.purpose || (params.status && params.status !== "AKTIF"));

  return (
    <>
      <PageHeader
        title={isPk ? "Litmas saya" : "Litmas"}
        description={isPk ? "Penelitian kemasyarakatan yang ditugaskan kepada Anda." : `Permintaan dan laporan litmas ${user.officeName}.`}
        actions={can(user.role, "litmas:request") ? <ButtonLink href="/litmas/new">Catat permintaan litmas</ButtonLink> : null}
      />
      <StatGrid>
        <Stat label={isPk ? "Belum selesai" : "Sedang berjalan"} value={counts.open} href="/litmas" />
        <Stat label="Tenggat ≤ 2 hari" value={counts.dueSoon} tone={counts.dueSoon ? "warn" : "neutral"} />
        <Stat label="Lewat tenggat" value={counts.overdue} tone={counts.overdue ? "danger" : "neutral"} href="/litmas?overdue=1" />
        {!isPk ? <Stat label="Menunggu disposisi" value={counts.awaitingDisposition} tone={counts.awaitingDisposition ? "warn" : "neutral"} href={user.role === "KASI" && user.section ? `/litmas?seksi=${user.section}` : "/litmas?status=REQUESTED"} /> : null}
      </StatGrid>
      <div className="mt-4">
        <LitmasFilters params={params} pks={pks} showPk={!isPk} />
      </div>
      <div className="mt-3"><ExportLinks list="litmas" params={params} label="daftar litmas" /></div>
      <Card className="mt-4">
        {list.items.length === 0 ? (
          <div className="p-4">
            <EmptyState
              title={filtered ? "Tidak ada litmas yang cocok" : isPk ? "Tidak ada litmas yang perlu Anda kerjakan" : "Tidak ada litmas yang sedang berjalan"}
              action={filtered ? <ButtonLink href="/litmas" variant="secondary">Hapus semua filter</ButtonLink> : <ButtonLink href="/litmas/new" variant="secondary">Catat permintaan litmas</ButtonLink>}
            >
              {filtered
                ? "Ubah filter, atau tampilkan semua status."
                : isPk
                  ? "Litmas muncul di sini segera setelah Kepala Bapas mendisposisikannya kepada Anda."
                  : "Catat permintaan litmas yang masuk agar dapat didisposisikan kepada PK."}
            </EmptyState>
          </div>
        ) : (
          <>
            <Table caption="Daftar litmas">
              <thead>
                <tr>
                  <Th>Klien</Th>
                  <Th>Tujuan</Th>
                  <Th>Status</Th>
                  {!isPk ? <Th>PK</Th> : null}
                  <Th>Diterima</Th>
                  <Th>Tenggat</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {list.items.map((l) => (
                  <tr key={l.id}>
                    <Td>
                      <PendingLink href={`/litmas/${l.id}`} className="font-medium text-brand-700 hover:underline">{l.person.fullName}</PendingLink>
                      <div className="text-xs text-slate-500">{l.client?.registerNumber ?? "Belum klien"}</div>
                    </Td>
                    <Td>
                      {LITMAS_PURPOSE_LABEL[l.purpose]}
                      {l.number ? <div className="font-mono text-xs text-slate-500">{l.number}</div> : null}
                    </Td>
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        <LitmasStatusBadge status={l.status} />
                        <SectionBadge status={l.status} section={l.section} />
                        <DeliveryBadge status={l.status} deliveredAt={l.deliveredAt} timeZone={tz} />
                      </div>
                    </Td>
                    {!isPk ? <Td>{l.assignedPk?.name ?? <span className="text-slate-500">Belum ditugaskan</span>}</Td> : null}
                    <Td className="whitespace-nowrap">{formatDateTime(l.receivedAt, tz)}</Td>
                    <Td className="whitespace-nowrap">
                      {l.dueAt ? formatDateTime(l.dueAt, tz) : "—"}
                      <div className="mt-1"><DueBadge state={l.dueState} /></div>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {list.truncated ? <p className="border-t border-slate-100 px-4 py-3 text-sm text-slate-600">Menampilkan 100 litmas pertama. Persempit dengan filter status atau PK.</p> : null}
          </>
        )}
      </Card>
    </>
  );
}
