import Link from "next/link";
import { PendingLink } from "@/components/ui/pending-link";
import { StageBadge } from "@/components/clients/badges";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import { STAGE_KINDS } from "@/lib/domain/enums";
import { PROGRAM_SHORT, STAGE_LABEL } from "@/lib/domain/labels";
import { formatDateShort, formatDayOf } from "@/lib/format";
import { StageWorkStats } from "@/components/stages/stage-work-stats";
import type { CurrentUser } from "@/lib/server/auth";
import { getPkHome } from "@/lib/server/queries/home";
import { clock } from "@/lib/clock";
import { PendampinganClockCard } from "@/components/pendampingan/clock-card";

export async function PkHome({ user }: { user: CurrentUser }) {
  const home = await getPkHome(user);
  const firstName = user.name.split(/[ ,]/)[0];
  return (
    <>
      <PageHeader
        eyebrow={formatDayOf(clock.now(), user.timeZone)}
        title={`Selamat bekerja, ${firstName}`}
        description={`Ringkasan klien yang Anda bimbing di ${user.officeName}.`}
        actions={<><ButtonLink href="/tasks">Tugas saya</ButtonLink><ButtonLink href="/clients" variant="secondary">Semua klien saya</ButtonLink></>}
      />
      <PendampinganClockCard user={user} />
      <StatGrid>
        <Stat label="Klien aktif" value={home.active} href="/clients" />
        <Stat label="Litmas perlu dikerjakan" value={home.litmasOpen} href={home.litmasOverdue ? "/litmas?overdue=1" : "/litmas?status=DIKERJAKAN"} hint={home.litmasOverdue ? `${home.litmasOverdue} lewat tenggat` : "Tidak ada yang lewat tenggat"} tone={home.litmasOverdue ? "danger" : "neutral"} />
        <Stat label="Masa bimbingan berakhir ≤ 30 hari" value={home.endingSoon} tone={home.endingSoon ? "warn" : "neutral"} />
        <Stat label="Pelanggaran terbuka" value={home.openViolations} tone={home.openViolations ? "danger" : "neutral"} />
      </StatGrid>
      <StageWorkStats user={user} />

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" aria-labelledby="caseload-heading">
          <CardHeader id="caseload-heading" title="Klien bimbingan saya" description="Diurutkan dari masa bimbingan yang paling cepat berakhir." />
          {home.caseload.length === 0 ? (
            <div className="p-4">
              <EmptyState title="Belum ada klien yang ditugaskan kepada Anda">Klien akan muncul di sini setelah admin atau Kepala Bapas menugaskannya.</EmptyState>
            </div>
          ) : (
            <Table caption="Klien bimbingan saya">
              <thead>
                <tr>
                  <Th>Klien</Th>
                  <Th>Program</Th>
                  <Th>Tahap</Th>
                  <Th>Berakhir</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {home.caseload.map((c) => (
                  <tr key={c.id}>
                    <Td>
                      <PendingLink href={`/clients/${c.id}`} prefetch={false} className="row-link font-medium text-brand-700 hover:underline">{c.fullName}</PendingLink>
                      <div className="text-xs text-slate-500">{c.registerNumber}</div>
                    </Td>
                    <Td>{PROGRAM_SHORT[c.program]}</Td>
                    <Td><StageBadge stage={c.currentStage} /></Td>
                    <Td className="whitespace-nowrap">{formatDateShort(c.guidanceEnd)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card aria-labelledby="stage-heading">
          <CardHeader id="stage-heading" title="Per tahap" />
          <ul className="divide-y divide-slate-100">
            {STAGE_KINDS.map((s) => (
              <li key={s}>
                <Link href={`/clients?stage=${s}`} className="flex items-center justify-between px-4 py-2.5 text-sm hover:bg-slate-50 sm:px-5">
                  <span>{STAGE_LABEL[s]}</span>
                  <span className="font-semibold tabular-nums">{home.stageCounts[s] ?? 0}</span>
                </Link>
              </li>
            ))}
            <li className="flex items-center justify-between px-4 py-2.5 text-sm text-slate-600 sm:px-5">
              <span>Kontak bimbingan 30 hari terakhir</span>
              <span className="font-semibold tabular-nums text-slate-900">{home.recentContacts}</span>
            </li>
          </ul>
        </Card>
      </div>
    </>
  );
}
