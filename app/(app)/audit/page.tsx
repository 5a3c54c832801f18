import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLinks } from "@/components/ui/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { Table, Td, Th } from "@/components/ui/table";
import { auditActionLabel } from "@/lib/domain/audit";
import { can } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getAuditPerson, listAuditEvents, listAuditUsers, ZAuditListParams, type AuditListItem } from "@/lib/server/queries/audit";
import { AffectedPersons } from "./affected-persons";
import { AuditFilterForm, AuditViews } from "./audit-filters";

export const metadata: Metadata = { title: "Jejak audit" };

const RECORD_HREF: Record<string, (id: string) => string> = {
  Client: (id) => `/clients/${id}`,
  Litmas: (id) => `/litmas/${id}`,
  Pendampingan: (id) => `/pendampingan/${id}`,
  RevocationProceeding: (id) => `/violations/revocations/${id}`,
  Violation: (id) => `/violations/${id}`,
  Person: (id) => `/persons/${id}`,
  Partner: (id) => `/partners/${id}`,
  GroupSession: (id) => `/group-sessions/${id}`,
  OutreachActivity: (id) => `/outreach/${id}`,
};

const RECORD_LABEL: Record<string, string> = {
  Client: "Klien", Litmas: "Litmas", Pendampingan: "Pendampingan", RevocationProceeding: "Pencabutan", Violation: "Pelanggaran", Person: "Orang",
  User: "Pengguna", StageTransitionRequest: "Usulan tahap", ClientTransfer: "Pelimpahan", ReportingAttendance: "Wajib lapor", GuidanceProgram: "Program bimbingan",
  EndOfGuidanceLetter: "Surat akhir", Contact: "Kegiatan bimbingan", TppSession: "Sidang TPP", Session: "Sesi", ReportingSchedule: "Jadwal lapor", Office: "Kantor", Export: "Ekspor",
  Partner: "Mitra", PartnerAgreement: "Perjanjian kerja sama", Placement: "Penempatan", GroupSession: "Sesi kelompok", OutreachActivity: "Penjangkauan", OfficeDocument: "Dokumen kantor",
};

function RecordLink({ e }: { e: AuditListItem }) {
  if (!e.entityType) return <span className="text-slate-500">—</span>;
  const label = RECORD_LABEL[e.entityType] ?? e.entityType;
  const href = e.entityId ? RECORD_HREF[e.entityType]?.(e.entityId) : undefined;
  return href ? <PendingLink href={href} className="text-brand-700 hover:underline">{label}</PendingLink> : <span>{label}{e.entityType === "Export" && e.entityId ? `: ${e.entityId}` : ""}</span>;
}

/** The audit viewer (admin, Kepala): who did what to which record and when, newest first. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user.role, "audit:read")) notFound();
  const raw = await searchParams;
  const params = ZAuditListParams.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  if (params.view === "terdampak") return <AffectedPersons user={user} params={params} users={await listAuditUsers(user)} />;
  const [page, users, person] = await Promise.all([
    listAuditEvents(user, params), listAuditUsers(user), params.person ? getAuditPerson(user, params.person) : Promise.resolve(null),
  ]);
  const tz = user.timeZone;
  const filtered = Boolean(params.user || params.person || params.action || params.from || params.to);
  const href = (cursor?: string) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "after") qs.set(k, v);
    if (cursor) qs.set("after", cursor);
    return `/audit?${qs}`;
  };
  return (
    <>
      <PageHeader
        title="Jejak audit"
        description={person ? `Riwayat pemrosesan data ${person.fullName}: siapa melihat atau mengubahnya, dan kapan.` : `Siapa melakukan apa pada data ${user.officeName}, dan kapan. Jejak ini tidak dapat diubah atau dihapus.`}
        actions={<ExportLinks list="audit" params={params} label="jejak audit" />}
      />
      <AuditViews params={params} />
      <AuditFilterForm params={params} users={users}>
          {person ? (
            <span className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
              Orang: <strong>{person.fullName}</strong>
              <a href={`/api/persons/${person.id}/processing-history`} download className="font-medium text-brand-700 underline">Unduh PDF riwayat pemrosesan (UU PDP)</a>
            </span>
          ) : null}
      </AuditFilterForm>
      <Card className="mt-4">
        {page.items.length === 0 ? (
          <div className="p-4">
            <EmptyState title={filtered ? "Tidak ada kejadian yang cocok" : "Belum ada kejadian"} action={filtered ? <ButtonLink href="/audit" variant="secondary">Hapus semua filter</ButtonLink> : undefined}>
              {filtered ? "Ubah pengguna, tindakan atau rentang tanggal." : "Setiap tampilan dan perubahan data dicatat di sini."}
            </EmptyState>
          </div>
        ) : (
          <>
            <Table caption="Kejadian audit">
              <thead>
                <tr><Th>Waktu</Th><Th>Pengguna</Th><Th>Tindakan</Th><Th>Data</Th><Th>Orang</Th><Th>IP</Th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.items.map((e) => (
                  <tr key={e.id}>
                    <Td className="whitespace-nowrap">{formatDateTime(e.at, tz)}</Td>
                    <Td>{e.user ? <PendingLink href={`/audit?user=${e.user.id}`} className="hover:underline">{e.user.name}</PendingLink> : "Sistem"}</Td>
                    <Td>{auditActionLabel(e.action)}<div className="font-mono text-xs text-slate-500">{e.action}</div></Td>
                    <Td><RecordLink e={e} /></Td>
                    <Td>{e.person ? <PendingLink href={`/audit?person=${e.person.id}`} className="text-brand-700 hover:underline">{e.person.name}</PendingLink> : "—"}</Td>
                    <Td className="font-mono text-xs text-slate-600">{e.ip ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
      </Card>
      {page.nextCursor || params.after ? (
        <nav aria-label="Halaman jejak audit" className="mt-4 flex justify-between gap-2">
          {params.after ? <ButtonLink variant="secondary" href={href()}>← Terbaru</ButtonLink> : <span />}
          {page.nextCursor ? <ButtonLink variant="secondary" href={href(page.nextCursor)}>Lebih lama →</ButtonLink> : <span />}
        </nav>
      ) : null}
    </>
  );
}
