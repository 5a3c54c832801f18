import type { Metadata } from "next";
import { PendingLink } from "@/components/ui/pending-link";
import { ClientStatusBadge, StageBadge } from "@/components/clients/badges";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { PROGRAM_SHORT } from "@/lib/domain/labels";
import { formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listClients, listOfficePks, ZClientListParams } from "@/lib/server/queries/clients";
import { ClientFilters } from "./client-filters";
import { NikSearch } from "@/components/registry/nik-search";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Klien" };

export default async function ClientsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const params = ZClientListParams.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [page, pks] = await Promise.all([listClients(user, params), listOfficePks(user)]);
  const isPk = user.role === "PK";
  const canAssign = can(user.role, "client:assign");
  const pick = (c: { id: string; fullName: string; status: string }) =>
    canAssign && c.status === "AKTIF" ? <input type="checkbox" form="bulk-assign" name="id" value={c.id} aria-label={`Pilih ${c.fullName}`} className="size-4 shrink-0" /> : null;
  const filtered = Boolean(params.q || params.program || params.stage || params.pk || (params.status && params.status !== "AKTIF"));

  const pageHref = (key: "after" | "before", cursor: string) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "after" && k !== "before") qs.set(k, v);
    qs.set(key, cursor);
    return `/clients?${qs}`;
  };

  return (
    <>
      <PageHeader
        title={isPk ? "Klien saya" : "Klien"}
        description={isPk ? "Klien yang ditugaskan kepada Anda." : `Semua klien ${user.officeName}.`}
        actions={can(user.role, "client:create") ? <ButtonLink href="/clients/new">Daftarkan klien</ButtonLink> : undefined}
      />
      <ClientFilters params={params} pks={pks} showPk={!isPk} />
      <NikSearch />
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
            {/* Phone: stacked cards */}
            <ul className="divide-y divide-slate-100 md:hidden">
              {page.items.map((c) => (
                <li key={c.id} className="flex gap-3 px-4 py-3">
                  {pick(c)}
                  <div className="min-w-0">
                  <PendingLink href={`/clients/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.fullName}</PendingLink>
                  <div className="text-xs text-slate-500">{c.registerNumber} · NIK {c.nikMasked}</div>
                  <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs">
                    <ClientStatusBadge status={c.status} />
                    <StageBadge stage={c.currentStage} />
                    <span className="text-slate-600">{PROGRAM_SHORT[c.program]}</span>
                  </div>
                  {!isPk ? <div className="mt-1 text-xs text-slate-600">PK: {c.pk?.name ?? "Belum ditugaskan"}</div> : null}
                  </div>
                </li>
              ))}
            </ul>
            {/* Desktop: table */}
            <Table caption="Daftar klien" className="hidden md:block">
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
                      <PendingLink href={`/clients/${c.id}`} className="font-medium text-brand-700 hover:underline">{c.fullName}</PendingLink>
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
      {page.prevCursor || page.nextCursor ? (
        <nav aria-label="Halaman daftar klien" className="mt-4 flex justify-between gap-2">
          {page.prevCursor ? <ButtonLink variant="secondary" href={pageHref("before", page.prevCursor)}>← Sebelumnya</ButtonLink> : <span />}
          {page.nextCursor ? <ButtonLink variant="secondary" href={pageHref("after", page.nextCursor)}>Berikutnya →</ButtonLink> : <span />}
        </nav>
      ) : null}
    </>
  );
}
