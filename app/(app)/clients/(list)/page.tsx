import type { Metadata } from "next";
import type { z } from "zod";
import { PendingLink } from "@/components/ui/pending-link";
import { ClientStatusBadge, StageBadge } from "@/components/clients/badges";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { EMPLOYMENT_STATUS_LABEL, PROGRAM_SHORT } from "@/lib/domain/labels";
import { utcDate } from "@/lib/domain/calendar";
import { monthLabel } from "@/lib/domain/period";
import { formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { CLIENT_PAGE_SIZE, listClients, listOfficePks, ZClientListParams } from "@/lib/server/queries/clients";
import { KeysetPager } from "@/components/ui/pager";
import { ClientFilters } from "./client-filters";
import { CaseFilters } from "./case-filters";
import { CaseList } from "./case-list";
import { KindTabs } from "./kind-tabs";
import { caseKindsFor, listCases, ZCaseListParams, type CaseListPage } from "@/lib/server/queries/cases";
import { CASE_LIST_KINDS, type CaseListKind } from "@/lib/domain/cases";
import { NikSearch } from "@/components/registry/nik-search";
import { nikIn } from "@/lib/domain/nik";
import { redirect } from "next/navigation";
import { can } from "@/lib/domain/permissions";
import { ExportLinks } from "@/components/ui/export-links";

export const metadata: Metadata = { title: "Klien & layanan" };

const DESCRIPTION: Record<CaseListKind, [pk: string, office: string]> = {
  GUIDANCE: ["Masa pembimbingan klien yang ditugaskan kepada Anda.", "Masa pembimbingan semua klien"],
  LITMAS: ["Litmas yang Anda kerjakan dan permintaan yang Anda catat.", "Permintaan dan penyusunan litmas"],
  PENDAMPINGAN: ["Pendampingan anak yang ditugaskan kepada Anda.", "Pendampingan anak"],
  ALL: ["Semua layanan Anda: pembimbingan, litmas dan pendampingan.", "Semua layanan: pembimbingan, litmas dan pendampingan"],
};

/** The dashboard's drill-downs that have no field in the filter form, said in words. */
function drillDownLabel(p: z.infer<typeof ZClientListParams>): string | null {
  const month = (ym: string) => monthLabel(utcDate(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 1));
  const parts = [
    p.mulai ? `mulai dibimbing ${month(p.mulai)}` : null,
    p.berakhir ? `berakhir ${month(p.berakhir)}` : null,
    p.kerja ? `pekerjaan: ${p.kerja === "BELUM" ? "belum dicatat" : EMPLOYMENT_STATUS_LABEL[p.kerja].toLowerCase()}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

export default async function ClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // A NIK that reached the URL (a search without JavaScript) is dropped at once, never searched.
  if (nikIn(flat.q)) {
    const keep = new URLSearchParams(Object.entries(flat).filter((e): e is [string, string] => e[0] !== "q" && typeof e[1] === "string"));
    keep.set("nik", "dihapus");
    redirect(`/clients?${keep}`);
  }
  const caseParams = ZCaseListParams.parse(flat);
  const kind: CaseListKind = caseParams.kind ?? "GUIDANCE";
  const isPk = user.role === "PK";
  const kinds = CASE_LIST_KINDS.filter((k) => k === "ALL" || caseKindsFor(user, k).length > 0);
  const header = (
    <>
      <PageHeader
        title={isPk ? "Klien & layanan saya" : "Klien & layanan"}
        description={isPk ? DESCRIPTION[kind][0] : `${DESCRIPTION[kind][1]} ${user.officeName}.`}
        actions={can(user.role, "client:create") ? <ButtonLink href="/clients/new">Daftarkan klien</ButtonLink> : undefined}
      />
      <KindTabs kinds={kinds} current={kind} keep={{ q: caseParams.q, pk: caseParams.pk }} />
    </>
  );
  if (kind !== "GUIDANCE") {
    const [cases, officePks] = await Promise.all([listCases(user, caseParams), listOfficePks(user)]);
    return <CasesView header={header} kind={kind} params={caseParams} page={cases} pks={officePks} showPk={!isPk} tz={user.timeZone} />;
  }
  const params = ZClientListParams.parse(flat);
  const [page, pks] = await Promise.all([listClients(user, params), listOfficePks(user)]);
  const canAssign = can(user.role, "client:assign");
  const pick = (c: { id: string; fullName: string; status: string }) =>
    canAssign && c.status === "AKTIF" ? <input type="checkbox" form="bulk-assign" name="id" value={c.id} aria-label={`Pilih ${c.fullName}`} className="relative z-10 size-6 shrink-0 md:size-4" /> : null;
  const filtered = Boolean(params.q || params.program || params.stage || params.category || params.gender || params.pk || params.mulai || params.berakhir || params.kerja || (params.status && params.status !== "AKTIF"));
  const drill = drillDownLabel(params);

  return (
    <>
      {header}
      <ClientFilters params={params} pks={pks} showPk={!isPk} />
      {drill ? (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-700" role="status">
          Dari ikhtisar: <strong>{drill}</strong>
          <PendingLink href="/clients" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">Hapus saringan ini</PendingLink>
        </p>
      ) : null}
      <div className="mt-3"><ExportLinks list="klien" params={params} label="daftar klien" /></div>
      <NikSearch droppedFromUrl={flat.nik === "dihapus"} />
      {canAssign && page.items.some((c) => c.status === "AKTIF") ? (
        <form id="bulk-assign" method="get" action="/clients/assign" className="mt-4 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <Button type="submit" variant="secondary" size="sm">Tugaskan PK untuk klien terpilih</Button>
          <span>Centang klien aktif di daftar, lalu tugaskan sekaligus.</span>
        </form>
      ) : null}
      <Card className="mt-4">
        {page.items.length === 0 ? (
          <div className="p-4">
            <EmptyState
              title={filtered ? "Tidak ada klien yang cocok" : isPk ? "Belum ada klien yang ditugaskan kepada Anda" : "Belum ada klien"}
              action={filtered ? <ButtonLink href="/clients" variant="secondary">Hapus semua filter</ButtonLink> : undefined}
            >
              {filtered ? "Ubah kata kunci atau filter, atau tampilkan semua status." : isPk ? "Klien akan muncul di sini setelah ditugaskan oleh admin atau Kepala Bapas." : "Klien yang didaftarkan akan muncul di sini."}
            </EmptyState>
          </div>
        ) : (
          <>
            <Table caption="Daftar klien">
              <thead>
                <tr>
                  {canAssign ? <Th><span className="sr-only">Pilih</span></Th> : null}
                  <Th>Nama / No. register</Th>
                  <Th>NIK</Th>
                  <Th>Program</Th>
                  <Th>Tahap</Th>
                  <Th>Status</Th>
                  {!isPk ? <Th>PK</Th> : null}
                  <Th>Berakhir</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.items.map((c) => (
                  <tr key={c.id} className="hover:bg-slate-50">
                    {canAssign ? <Td className="w-8">{pick(c)}</Td> : null}
                    <Td>
                      <PendingLink href={`/clients/${c.id}`} prefetch={false} className="row-link font-medium text-brand-700 hover:underline">{c.fullName}</PendingLink>
                      <div className="text-xs text-slate-500">{c.registerNumber}{c.category === "ANAK" ? " · Klien anak" : ""}</div>
                    </Td>
                    <Td className="font-mono text-xs text-slate-600">{c.nikMasked}</Td>
                    <Td>{PROGRAM_SHORT[c.program]}</Td>
                    <Td><StageBadge stage={c.currentStage} /></Td>
                    <Td><ClientStatusBadge status={c.status} /></Td>
                    {!isPk ? <Td>{c.pk?.name ?? <span className="text-amber-700">Belum ditugaskan</span>}</Td> : null}
                    <Td className="whitespace-nowrap">{formatDateShort(c.guidanceEnd)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
      </Card>
      <KeysetPager label="Halaman daftar klien" path="/clients" params={params} page={page} pageSize={CLIENT_PAGE_SIZE} />
    </>
  );
}

const EMPTY: Record<Exclude<CaseListKind, "GUIDANCE">, [title: string, next: string]> = {
  LITMAS: ["Belum ada litmas", "Catat permintaan litmas dari menu Litmas; litmas akan muncul di sini."],
  PENDAMPINGAN: ["Belum ada pendampingan", "Permintaan pendampingan dari penyidik akan muncul di sini setelah dicatat."],
  ALL: ["Belum ada layanan", "Klien, litmas dan pendampingan akan muncul di sini."],
};

/** The litmas, pendampingan and "Semua" views: one row per case. */
function CasesView({ header, kind, params, page, pks, showPk, tz }: {
  header: React.ReactNode; kind: Exclude<CaseListKind, "GUIDANCE">; params: z.infer<typeof ZCaseListParams>; page: CaseListPage;
  pks: { id: string; name: string; active: boolean }[]; showPk: boolean; tz: string;
}) {
  const filtered = Boolean(params.q || params.pk || (params.state && params.state !== "OPEN"));
  return (
    <>
      {header}
      <CaseFilters kind={kind} params={params} pks={pks} showPk={showPk} />
      <div className="mt-3"><ExportLinks list="layanan" params={{ ...params, kind }} label="daftar layanan" /></div>
      <NikSearch />
      <Card className="mt-4">
        {page.items.length === 0 ? (
          <div className="p-4">
            <EmptyState
              title={filtered ? "Tidak ada layanan yang cocok" : params.state === undefined || params.state === "OPEN" ? `${EMPTY[kind][0]} yang masih berjalan` : EMPTY[kind][0]}
              action={filtered ? <ButtonLink href={`/clients?kind=${kind}`} variant="secondary">Hapus semua filter</ButtonLink> : undefined}
            >
              {filtered ? "Ubah kata kunci atau filter, atau pilih keadaan \u201cSemua\u201d." : EMPTY[kind][1]}
            </EmptyState>
          </div>
        ) : (
          <CaseList items={page.items} tz={tz} showPk={showPk} />
        )}
      </Card>
      <KeysetPager label="Halaman daftar layanan" path="/clients" params={{ ...params, kind }} page={page} pageSize={CLIENT_PAGE_SIZE} />
    </>
  );
}
