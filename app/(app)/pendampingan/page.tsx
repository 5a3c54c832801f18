import type { Metadata } from "next";
import { PendampinganStatusBadge, PresenceBadge } from "@/components/pendampingan/badges";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Label, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { PendingLink } from "@/components/ui/pending-link";
import { Table, Td, Th } from "@/components/ui/table";
import { PENDAMPINGAN_STATUSES } from "@/lib/domain/enums";
import { CHILD_ROLE_LABEL, PENDAMPINGAN_STATUS_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { ZPendampinganListParams, type PendampinganListParams } from "@/lib/schemas/pendampingan";
import { requireUser } from "@/lib/server/auth";
import { listPendampingan } from "@/lib/server/queries/pendampingan";
import { pageRange } from "@/lib/domain/pagination";
import { clock } from "@/lib/clock";

export const metadata: Metadata = { title: "Pendampingan" };

function pageHref(params: PendampinganListParams, page: number) {
  const q = new URLSearchParams();
  if (params.status) q.set("status", params.status);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/pendampingan?${s}` : "/pendampingan";
}

export default async function PendampinganListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const params = ZPendampinganListParams.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const now = clock.now();
  const list = await listPendampingan(user, params, now);
  const isPk = user.role === "PK";
  const tz = user.timeZone;
  const filtered = Boolean(params.status && params.status !== "AKTIF");
  const mayRequest = can(user.role, "pendampingan:request");

  return (
    <>
      <PageHeader
        title={isPk ? "Pendampingan saya" : "Pendampingan"}
        description="Pendampingan anak yang berhadapan dengan hukum. PK wajib hadir paling lambat 1×24 jam sejak permintaan penyidik diterima; yang waktunya berjalan tampil paling atas."
        actions={mayRequest ? <ButtonLink href="/pendampingan/new">Catat permintaan pendampingan</ButtonLink> : null}
      />
      <form method="get" action="/pendampingan" role="search" aria-label="Saring pendampingan" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="min-w-56">
          <Label htmlFor="status">Status</Label>
          <Select id="status" name="status" defaultValue={params.status ?? "AKTIF"} className="mt-1">
            <option value="AKTIF">Belum selesai</option>
            {PENDAMPINGAN_STATUSES.map((s) => <option key={s} value={s}>{PENDAMPINGAN_STATUS_LABEL[s]}</option>)}
            <option value="SEMUA">Semua status</option>
          </Select>
        </div>
        <Button type="submit" variant="secondary">Terapkan</Button>
        {list.runningCount > 0 ? (
          <p className="text-sm text-slate-700" role="status">
            <span className="font-semibold text-amber-800">{list.runningCount}</span> menunggu kehadiran PK (1×24 jam).
          </p>
        ) : null}
      </form>
      <Card className="mt-4">
        {list.items.length === 0 ? (
          <div className="p-4">
            <EmptyState
              title={filtered ? "Tidak ada pendampingan dengan status ini" : isPk ? "Tidak ada pendampingan yang ditugaskan kepada Anda" : "Tidak ada pendampingan yang sedang berjalan"}
              action={filtered ? <ButtonLink href="/pendampingan" variant="secondary">Tampilkan yang belum selesai</ButtonLink> : mayRequest ? <ButtonLink href="/pendampingan/new" variant="secondary">Catat permintaan pendampingan</ButtonLink> : null}
            >
              {filtered
                ? "Pilih status lain, atau tampilkan semua."
                : isPk
                  ? "Pendampingan muncul di sini segera setelah Kepala Bapas atau Kasi menugaskannya kepada Anda."
                  : "Saat penyidik meminta pendampingan, catat permintaannya di sini agar PK dapat segera ditugaskan."}
            </EmptyState>
          </div>
        ) : (
          <>
            <Table caption="Daftar pendampingan">
              <thead>
                <tr>
                  <Th>Anak</Th>
                  <Th>Perkara dan peminta</Th>
                  <Th>Kehadiran PK (1×24 jam)</Th>
                  <Th>Status</Th>
                  {!isPk ? <Th>PK</Th> : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {list.items.map((p) => (
                  <tr key={p.id}>
                    <Td>
                      <PendingLink href={`/pendampingan/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.person.fullName}</PendingLink>
                      <div className="text-xs text-slate-500">{CHILD_ROLE_LABEL[p.childRole]}{p.number ? ` · ${p.number}` : ""}</div>
                    </Td>
                    <Td>
                      {p.offence}
                      <div className="text-xs text-slate-500">{p.requesterInstitution}</div>
                    </Td>
                    <Td className="whitespace-nowrap">
                      <PresenceBadge state={p.presence} dueAt={p.dueAt} now={now} />
                      <div className="mt-1 text-xs text-slate-500">Batas {formatDateTime(p.dueAt, tz)}</div>
                    </Td>
                    <Td><PendampinganStatusBadge status={p.status} /></Td>
                    {!isPk ? <Td>{p.assignedPk?.name ?? <span className="text-slate-500">Belum ditugaskan</span>}</Td> : null}
                  </tr>
                ))}
              </tbody>
            </Table>
            <div className="border-t border-slate-100 px-4 pb-3">
              <Pager
                label="Halaman pendampingan"
                range={pageRange(list.start, list.items.length, list.total)}
                prevHref={list.page > 1 ? pageHref(params, list.page - 1) : null}
                nextHref={list.page < list.pages ? pageHref(params, list.page + 1) : null}
              />
            </div>
          </>
        )}
      </Card>
    </>
  );
}
