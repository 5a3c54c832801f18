import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { WorkloadTable } from "@/components/workload-table";
import { PROGRAMS, STAGE_KINDS } from "@/lib/domain/enums";
import { PROGRAM_LABEL, STAGE_LABEL } from "@/lib/domain/labels";
import { formatDayOf } from "@/lib/format";
import { StageWorkStats } from "@/components/stages/stage-work-stats";
import type { CurrentUser } from "@/lib/server/auth";
import { getOfficeOverview } from "@/lib/server/queries/home";
import { countUndeliveredLitmas } from "@/lib/server/queries/litmas";
import { countAccountChangesAwaiting } from "@/lib/server/queries/account-changes";
import { Alert } from "@/components/ui/alert";
import { clock } from "@/lib/clock";
import { PendampinganClockCard } from "@/components/pendampingan/clock-card";

export async function KepalaHome({ user }: { user: CurrentUser }) {
  const [o, undelivered, accountChanges] = await Promise.all([getOfficeOverview(user), countUndeliveredLitmas(user), countAccountChangesAwaiting(user)]);
  return (
    <>
      <PageHeader
        eyebrow={formatDayOf(clock.now(), user.timeZone)}
        title={`Ikhtisar ${user.officeName}`}
        description="Keadaan pembimbingan klien, litmas dan keputusan yang menunggu Anda."
        actions={<ButtonLink href="/clients" variant="secondary">Daftar klien</ButtonLink>}
      />
      {accountChanges ? (
        <Alert tone="warning" className="mb-4">
          {accountChanges} perubahan akun Kepala Bapas atau admin menunggu konfirmasi Anda.{" "}
          <Link href="/account-changes" className="font-medium underline">Tinjau perubahan akun</Link>
        </Alert>
      ) : null}
      <PendampinganClockCard user={user} />
      <StatGrid>
        <Stat label="Klien aktif" value={o.active} href="/clients" />
        <Stat label="Litmas menunggu persetujuan" value={o.litmasAwaitingApproval} href="/litmas?status=SUBMITTED" tone={o.litmasAwaitingApproval ? "warn" : "neutral"} />
        <Stat label="Litmas menunggu disposisi" value={o.litmasAwaitingDisposition} href="/litmas?status=REQUESTED" tone={o.litmasAwaitingDisposition ? "warn" : "neutral"} />
        <Stat label="Litmas lewat tenggat" value={o.litmasOverdue} href="/litmas?overdue=1" tone={o.litmasOverdue ? "danger" : "neutral"} />
        <Stat label="Usulan tahap menunggu keputusan" value={o.transitionsAwaiting} href="/transitions" tone={o.transitionsAwaiting ? "warn" : "neutral"} />
        <Stat label="Litmas disetujui belum dikirim" value={undelivered} href="/litmas?kirim=BELUM" tone={undelivered ? "warn" : "neutral"} />
        <Stat label="Litmas sedang disusun" value={o.litmasInProgress} href="/litmas?status=DIKERJAKAN" />
        <Stat label="Pelanggaran terbuka" value={o.openViolations} tone={o.openViolations ? "danger" : "neutral"} />
      </StatGrid>
      <StageWorkStats user={user} />
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" aria-labelledby="workload-heading">
          <CardHeader id="workload-heading" title="Beban kerja PK" description="Klien aktif dibanding kapasitas tiap PK." />
          <WorkloadTable rows={o.pks} />
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="by-stage">
            <CardHeader id="by-stage" title="Klien aktif per tahap" />
            <CountList items={STAGE_KINDS.map((s) => [STAGE_LABEL[s], o.stageCounts[s] ?? 0, `/clients?stage=${s}`])} />
          </Card>
          <Card aria-labelledby="by-program">
            <CardHeader id="by-program" title="Klien aktif per program" />
            <CountList items={PROGRAMS.map((p) => [PROGRAM_LABEL[p], o.programCounts[p] ?? 0, `/clients?program=${p}`])} />
          </Card>
        </div>
      </div>
    </>
  );
}

function CountList({ items }: { items: [string, number, string][] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map(([label, n, href]) => (
        <li key={label}>
          <Link href={href} className="flex items-center justify-between gap-3 px-4 py-2 text-sm hover:bg-slate-50 sm:px-5">
            <span>{label}</span>
            <span className="font-semibold tabular-nums">{n}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
