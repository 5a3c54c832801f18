import { DueBadge } from "@/components/litmas/badges";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { Stat, StatGrid } from "@/components/ui/stat";
import { WorkloadTable } from "@/components/workload-table";
import { PendampinganClockCard } from "@/components/pendampingan/clock-card";
import { LITMAS_PURPOSE_LABEL, SECTION_LABEL, SECTION_SHORT } from "@/lib/domain/labels";
import { formatDateTime, formatDayOf } from "@/lib/format";
import type { CurrentUser } from "@/lib/server/auth";
import { getPkWorkloads } from "@/lib/server/queries/home";
import { getKasiInbox } from "@/lib/server/queries/litmas";
import { clock } from "@/lib/clock";

/** The Kasi's home: the litmas the Kepala disposed to the section awaiting a PK, and the section's PKs. */
export async function KasiHome({ user }: { user: CurrentUser }) {
  const [inbox, workloads] = await Promise.all([getKasiInbox(user), getPkWorkloads(user)]);
  const sectionPkIds = new Set(inbox.pks.map((p) => p.id));
  const rows = workloads.filter((w) => sectionPkIds.has(w.id));
  const section = inbox.section;
  return (
    <>
      <PageHeader
        eyebrow={formatDayOf(clock.now(), user.timeZone)}
        title={section ? `Seksi ${SECTION_LABEL[section]}` : "Beranda Kasi"}
        description="Disposisi Kepala Bapas yang menunggu Anda tugaskan kepada PK seksi, dan beban kerja PK seksi."
        actions={<ButtonLink href="/litmas" variant="secondary">Semua litmas</ButtonLink>}
      />
      <PendampinganClockCard user={user} />
      {!section ? (
        <EmptyState title="Akun Anda belum memiliki seksi">Minta admin mengatur seksi (BKD atau BKA) pada akun Anda agar disposisi Kepala Bapas muncul di sini.</EmptyState>
      ) : (
        <>
          <StatGrid>
            <Stat label="Menunggu penugasan PK" value={inbox.waiting.length} href={`/litmas?seksi=${section}`} tone={inbox.waiting.length ? "warn" : "neutral"} />
            <Stat label="Lewat tenggat" value={inbox.waiting.filter((l) => l.dueState === "OVERDUE").length} tone={inbox.waiting.some((l) => l.dueState === "OVERDUE") ? "danger" : "neutral"} />
            <Stat label={`PK seksi ${SECTION_SHORT[section]}`} value={inbox.pks.length} href="/workload" />
          </StatGrid>
          <div className="mt-6 grid gap-6 lg:grid-cols-3">
            <Card className="lg:col-span-2" aria-labelledby="kasi-inbox">
              <CardHeader id="kasi-inbox" title="Litmas menunggu penugasan PK" description="Yang paling mendesak di atas. Buka litmas untuk menugaskan PK seksi Anda." />
              {inbox.waiting.length === 0 ? (
                <div className="p-4">
                  <EmptyState title="Tidak ada disposisi yang menunggu">Litmas yang didisposisikan Kepala Bapas ke seksi {SECTION_SHORT[section]} muncul di sini.</EmptyState>
                </div>
              ) : (
                <ul className="divide-y divide-slate-100" aria-label="Litmas menunggu penugasan PK">
                  {inbox.waiting.map((l) => (
                    <li key={l.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3 sm:px-5">
                      <div className="min-w-0">
                        <PendingLink href={`/litmas/${l.id}`} className="font-medium text-brand-700 hover:underline">{l.person.fullName}</PendingLink>
                        <div className="text-xs text-slate-600">{LITMAS_PURPOSE_LABEL[l.purpose]} · {l.requesterInstitution}</div>
                        <div className="text-xs text-slate-600">
                          Diterima {formatDateTime(l.receivedAt, user.timeZone)}{l.disposedAt ? ` · disposisi ${formatDateTime(l.disposedAt, user.timeZone)}` : ""}
                        </div>
                      </div>
                      <div className="text-right text-xs text-slate-700">
                        {l.dueAt ? <>Tenggat {formatDateTime(l.dueAt, user.timeZone)}</> : <>Tenggat dimulai saat PK ditugaskan</>}
                        <div className="mt-1"><DueBadge state={l.dueState} /></div>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card aria-labelledby="kasi-pks">
              <CardHeader id="kasi-pks" title="PK seksi" description="Litmas yang sedang dikerjakan tiap PK." />
              {inbox.pks.length === 0 ? (
                <div className="p-4"><EmptyState title="Belum ada PK di seksi ini">Minta admin mengatur seksi pada akun PK.</EmptyState></div>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {inbox.pks.map((p) => (
                    <li key={p.id} className="flex items-center justify-between gap-3 px-4 py-2 text-sm sm:px-5">
                      <span>{p.name}</span>
                      <span className="text-slate-600">{p.openLitmas} litmas</span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
          {rows.length > 0 ? (
            <Card className="mt-6" aria-labelledby="kasi-workload">
              <CardHeader id="kasi-workload" title="Beban kerja PK seksi" description="Klien aktif dibanding kapasitas tiap PK." />
              <WorkloadTable rows={rows} />
            </Card>
          ) : null}
        </>
      )}
    </>
  );
}
