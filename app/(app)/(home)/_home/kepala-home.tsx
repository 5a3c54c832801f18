import { BarChart, type ChartSeries } from "@/components/charts/bar-chart";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PendampinganClockCard } from "@/components/pendampingan/clock-card";
import { clock } from "@/lib/clock";
import { todayIn } from "@/lib/domain/calendar";
import { CLIENT_CATEGORIES, EMPLOYMENT_STATUSES, GENDERS, PROGRAMS, STAGE_KINDS } from "@/lib/domain/enums";
import { NOT_RECORDED } from "@/lib/domain/monthly-report";
import { CLIENT_CATEGORY_LABEL, EMPLOYMENT_STATUS_LABEL, GENDER_LABEL, LITMAS_PURPOSE_LABEL, PROGRAM_SHORT, STAGE_LABEL } from "@/lib/domain/labels";
import { monthShortLabel, PERIOD_LABEL, periodLabel, reportMonth, resolvePeriod } from "@/lib/domain/period";
import { formatDayOf } from "@/lib/format";
import type { CurrentUser } from "@/lib/server/auth";
import { getKepalaDashboard } from "@/lib/server/queries/dashboard";
import { KepalaWaiting } from "./kepala-waiting";
import { PeriodFilter } from "./period-filter";
import { ReportsUpwardCard } from "./report-card";
import { toIsoDate } from "@/lib/domain/calendar";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { countAccountChangesAwaiting } from "@/lib/server/queries/account-changes";

const ONE: ChartSeries[] = [{ name: "Jumlah", fill: "fill-brand-700", swatch: "bg-brand-700" }];
const FLOW: ChartSeries[] = [
  { name: "Baru", fill: "fill-brand-700", swatch: "bg-brand-700" },
  { name: "Berakhir", fill: "fill-amber-600", swatch: "bg-amber-600" },
];
const VIOLATIONS: ChartSeries[] = [
  { name: "Pelanggaran", fill: "fill-amber-600", swatch: "bg-amber-600" },
  { name: "Usulan pencabutan", fill: "fill-red-700", swatch: "bg-red-700" },
  { name: "Pencabutan sementara", fill: "fill-slate-700", swatch: "bg-slate-700" },
];

function ChartCard({ id, title, description, action, className, children }: { id: string; title: string; description?: string; action?: React.ReactNode; className?: string; children: React.ReactNode }) {
  return (
    <Card aria-labelledby={id} className={className}>
      <CardHeader id={id} title={title} description={description} action={action} />
      {children}
    </Card>
  );
}

/** The per-PK charts show the PKs that need a look; every PK is on /workload (84 bars would weigh 100 KB). */
const TOP_PKS = 10;
const topBy = <T,>(rows: readonly T[], value: (r: T) => number) => [...rows].sort((a, b) => value(b) - value(a)).slice(0, TOP_PKS);

/** The Kepala's home: what waits for the Kepala, then the office's figures with a period. */
export async function KepalaHome({ user, searchParams }: { user: CurrentUser; searchParams: Record<string, string | undefined> }) {
  const now = clock.now();
  const today = todayIn(user.timeZone, now);
  const period = resolvePeriod(searchParams.periode, today, { from: searchParams.dari, to: searchParams.sampai });
  const [d, accountChanges] = await Promise.all([getKepalaDashboard(user, period, now), countAccountChangesAwaiting(user)]);
  const span = `${PERIOD_LABEL[period.kind]}: ${periodLabel(period)}`;
  const overduePks = d.pks.filter((p) => p.litmasOverdue > 0);
  const count = <K extends string>(keys: readonly K[], counts: Partial<Record<K, number>>, label: Record<K, string>, href: (k: K) => string) =>
    keys.filter((k) => counts[k]).map((k) => ({ label: label[k], values: [counts[k] ?? 0], hrefs: [href(k)] }));
  return (
    <>
      <PageHeader
        eyebrow={formatDayOf(now, user.timeZone)}
        title={`Ikhtisar ${user.officeName}`}
        description="Yang menunggu keputusan Anda, lalu keadaan layanan kantor."
        actions={<ButtonLink href="/clients" variant="secondary">Klien & layanan</ButtonLink>}
      />
      <div className="space-y-6">
        {accountChanges ? (
          <Alert tone="warning">
            {accountChanges} perubahan akun Kepala Bapas atau admin menunggu konfirmasi Anda.{" "}
            <Link href="/account-changes" className="font-medium underline">Tinjau perubahan akun</Link>
          </Alert>
        ) : null}
        <KepalaWaiting w={d.waiting} />
        <PendampinganClockCard user={user} />

        <ChartCard id="active-kind" title="Layanan berjalan saat ini" description="Masa pembimbingan aktif, litmas dan pendampingan yang belum selesai.">
          <BarChart id="chart-kind" title="Layanan berjalan" series={ONE} rows={[
            { label: "Pembimbingan", values: [d.active.byKind.GUIDANCE], hrefs: ["/clients?kind=GUIDANCE"] },
            { label: "Litmas", values: [d.active.byKind.LITMAS], hrefs: ["/clients?kind=LITMAS"] },
            { label: "Pendampingan", values: [d.active.byKind.PENDAMPINGAN], hrefs: ["/clients?kind=PENDAMPINGAN"] },
          ]} />
        </ChartCard>

        <div className="grid gap-6 xl:grid-cols-2">
          <ChartCard id="active-program" title="Klien aktif per program">
            <BarChart id="chart-program" title="Klien aktif per program" series={ONE} rows={count(PROGRAMS, d.active.byProgram, PROGRAM_SHORT, (p) => `/clients?program=${p}`)} emptyText="Belum ada klien aktif." />
          </ChartCard>
          <ChartCard id="active-stage" title="Klien aktif per tahap">
            <BarChart id="chart-stage" title="Klien aktif per tahap" series={ONE} rows={count(STAGE_KINDS, d.active.byStage, STAGE_LABEL, (s) => `/clients?stage=${s}`)} emptyText="Belum ada klien aktif." />
          </ChartCard>
          <ChartCard id="active-category" title="Klien aktif: dewasa dan anak">
            <BarChart id="chart-category" title="Klien aktif dewasa dan anak" series={ONE} rows={count(CLIENT_CATEGORIES, d.active.byCategory, CLIENT_CATEGORY_LABEL, (c) => `/clients?category=${c}`)} emptyText="Belum ada klien aktif." />
          </ChartCard>
          <ChartCard id="active-gender" title="Klien aktif per jenis kelamin">
            <BarChart id="chart-gender" title="Klien aktif per jenis kelamin" series={ONE} rows={count(GENDERS, d.active.byGender, GENDER_LABEL, (g) => `/clients?gender=${g}`)} emptyText="Belum ada klien aktif." />
          </ChartCard>
          <ChartCard id="active-employment" title="Pekerjaan klien aktif" description="Status pekerjaan terakhir yang dicatat di berkas klien.">
            <BarChart id="chart-employment" title="Pekerjaan klien aktif" series={ONE} emptyText="Belum ada klien aktif."
              rows={([...EMPLOYMENT_STATUSES, NOT_RECORDED] as const).filter((k) => d.active.byEmployment[k]).map((k) => ({ label: k === NOT_RECORDED ? "Belum dicatat" : EMPLOYMENT_STATUS_LABEL[k], values: [d.active.byEmployment[k] ?? 0], hrefs: [`/clients?kerja=${k === NOT_RECORDED ? "BELUM" : k}`] }))} />
          </ChartCard>
        </div>

        <div className="space-y-3">
          <h2 className="text-lg font-semibold text-slate-900">Menurut periode</h2>
          <PeriodFilter period={period} />
        </div>

        <ChartCard id="trend" title="Klien baru dan berakhir per bulan" description={`Dua belas bulan sampai ${monthShortLabel(d.trend[11].month)}: masa pembimbingan yang mulai, dan yang berakhir (selesai, dicabut, dipindahkan, meninggal).`}>
          <BarChart id="chart-trend" title="Klien baru dan berakhir per bulan" series={FLOW} labelWidth={72} rows={d.trend.map((t) => {
              const ym = toIsoDate(t.month).slice(0, 7);
              return { label: monthShortLabel(t.month), values: [t.started, t.ended], hrefs: [`/clients?status=SEMUA&mulai=${ym}`, `/clients?berakhir=${ym}`] };
            })} />
        </ChartCard>

        <div className="grid gap-6 xl:grid-cols-2">
          <ChartCard id="ontime" title="Litmas selesai tepat waktu per tujuan" description={`${span}. Disetujui paling lambat pada tenggatnya, dari litmas yang disetujui dalam periode.`}>
            <BarChart id="chart-ontime" title="Litmas selesai tepat waktu per tujuan" series={[{ name: "Tepat waktu", fill: "fill-emerald-700", swatch: "bg-emerald-700" }]} max={100}
              rows={d.onTime.map((p) => ({
                label: LITMAS_PURPOSE_LABEL[p.purpose], values: [p.percent ?? 0], hrefs: [`/litmas?status=APPROVED&purpose=${p.purpose}`],
                display: [p.percent === null ? `tanpa tenggat (${p.finished})` : `${p.percent}% (${p.onTime} dari ${p.withDeadline})`],
              }))}
              emptyText="Tidak ada litmas yang disetujui dalam periode ini." />
          </ChartCard>
          <ChartCard id="violations" title="Pelanggaran dan pencabutan per program" description={span}>
            <BarChart id="chart-violations" title="Pelanggaran dan pencabutan per program" series={VIOLATIONS}
              rows={d.violationsByProgram.map((r) => ({ label: PROGRAM_SHORT[r.program], values: [r.violations, r.revocationsProposed, r.suspended], hrefs: ["/violations"] }))}
              emptyText="Tidak ada pelanggaran dalam periode ini." />
          </ChartCard>
        </div>

        <div className="grid gap-6 xl:grid-cols-2">
          <ChartCard id="pk-load" title="Beban kerja PK" description={d.pks.length > TOP_PKS ? `${TOP_PKS} PK dengan beban tertinggi dari ${d.pks.length}: klien aktif terhadap kapasitas, saat ini. Semua PK ada di Beban kerja.` : "Klien aktif terhadap kapasitas tiap PK, saat ini."}
            action={<Link href="/workload" className="text-sm font-medium text-brand-700 hover:underline">Lihat semua PK</Link>}>
            <BarChart id="chart-pk-load" title="Beban kerja PK" series={[{ name: "Beban", fill: "fill-brand-700", swatch: "bg-brand-700" }]} max={Math.max(100, ...d.pks.map((p) => p.workloadPercent))}
              rows={topBy(d.pks, (p) => p.workloadPercent).map((p) => ({ label: p.active ? p.name : `${p.name} (nonaktif)`, values: [p.workloadPercent], hrefs: [`/clients?pk=${p.id}`], display: [`${p.workloadPercent}% (${p.activeClients}/${p.capacity})`] }))}
              emptyText="Belum ada PK di kantor ini." />
          </ChartCard>
          <ChartCard id="pk-overdue" title="Litmas lewat tenggat per PK" description={`Litmas yang sedang dikerjakan dan sudah melewati tenggatnya, saat ini${overduePks.length > TOP_PKS ? `: ${TOP_PKS} PK terbanyak dari ${overduePks.length}` : ""}.`}>
            <BarChart id="chart-pk-overdue" title="Litmas lewat tenggat per PK" series={[{ name: "Lewat tenggat", fill: "fill-red-700", swatch: "bg-red-700" }]}
              rows={topBy(overduePks, (p) => p.litmasOverdue).map((p) => ({ label: p.name, values: [p.litmasOverdue], hrefs: [`/litmas?pk=${p.id}&overdue=1`] }))}
              emptyText="Tidak ada litmas yang lewat tenggat." />
          </ChartCard>
        </div>
        <ReportsUpwardCard defaultMonth={toIsoDate(reportMonth(null, today)).slice(0, 7)} today={toIsoDate(today)} />
        <Card aria-labelledby="outreach-count">
          <CardHeader id="outreach-count" title="Penjangkauan masyarakat" description={`${span}. Bapas Goes to Village / to School, penyuluhan hukum, sosialisasi.`} action={<Link href="/outreach" className="text-sm font-medium text-brand-700 hover:underline">Lihat kegiatan</Link>} />
          <div className="grid grid-cols-2 gap-3 border-t border-slate-100 px-4 py-4 text-sm sm:px-5">
            <div><div className="text-slate-600">Kegiatan</div><div className="text-2xl font-semibold tabular-nums" data-testid="outreach-activities">{d.outreach.activities}</div></div>
            <div><div className="text-slate-600">Peserta</div><div className="text-2xl font-semibold tabular-nums">{d.outreach.participants}</div></div>
          </div>
        </Card>
      </div>
    </>
  );
}
