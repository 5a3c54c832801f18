import type { Metadata } from "next";
import { OutboxSync } from "@/components/visits/outbox-sync";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PendingLink } from "@/components/ui/pending-link";
import { formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getTasks, TASK_HORIZON_DAYS } from "@/lib/server/queries/tasks";

export const metadata: Metadata = { title: "Tugas saya" };

// The task's type is said once, by its title; the groups are the PK's day.
const GROUPS = [
  { id: "terlambat", title: "Terlambat", test: (lateBy: number) => lateBy > 0 },
  { id: "hari-ini", title: "Hari ini", test: (lateBy: number) => lateBy === 0 },
  { id: "mendatang", title: `${TASK_HORIZON_DAYS} hari ke depan`, test: (lateBy: number) => lateBy < 0 },
] as const;

function when(lateBy: number) {
  if (lateBy > 0) return <Badge tone="red">Terlambat {lateBy} hari</Badge>;
  if (lateBy === 0) return <Badge tone="amber">Hari ini</Badge>;
  return <Badge>{-lateBy} hari lagi</Badge>;
}

export default async function TasksPage() {
  const user = await requireUser();
  const { items } = await getTasks(user);
  const overdue = items.filter((i) => i.lateBy > 0).length;
  return (
    <>
      <PageHeader
        title="Tugas saya"
        description={`${items.length} tugas${overdue ? `, ${overdue} terlambat` : ""} · yang terlambat di atas, lalu yang jatuh tempo hingga ${TASK_HORIZON_DAYS} hari ke depan.`}
      />
      <OutboxSync />
      {items.length === 0 ? (
        <EmptyState title="Tidak ada tugas yang jatuh tempo" action={<ButtonLink href="/clients" variant="secondary">Lihat klien</ButtonLink>}>
          Jadwal lapor, kunjungan tanpa hasil, litmas, tahap dan tindak lanjut akan muncul di sini saat jatuh tempo.
        </EmptyState>
      ) : (
        <div className="space-y-6">
          {GROUPS.map((g) => {
            const rows = items.filter((t) => g.test(t.lateBy));
            if (rows.length === 0) return null;
            return (
              <section key={g.id} aria-labelledby={`tugas-${g.id}`}>
                <h2 id={`tugas-${g.id}`} className={`mb-2 text-base font-semibold ${g.id === "terlambat" ? "text-red-800" : "text-slate-900"}`}>
                  {g.title} <span className="font-normal text-slate-600">({rows.length})</span>
                </h2>
                <Card>
                  <ul className="divide-y divide-slate-100" aria-label={g.title}>
                    {rows.map((t) => (
                      <li key={t.key} className="task-row">
                        <div className="min-w-0">
                          <p className="text-base font-semibold">
                            {t.client.id ? (
                              <PendingLink href={`/clients/${t.client.id}`} prefetch={false} className="task-client">{t.client.fullName}</PendingLink>
                            ) : (
                              <span className="text-slate-900">{t.client.fullName}</span>
                            )}
                            {t.client.registerNumber ? <span className="task-register">{t.client.registerNumber}</span> : <span className="ml-2 text-xs font-normal text-slate-600">belum klien</span>}
                          </p>
                          <p className="mt-0.5 text-sm text-slate-800">{t.title}{t.detail ? <span className="text-slate-600"> · {t.detail}</span> : null}</p>
                          <p className="task-when">
                            {when(t.lateBy)}
                            <span>{formatDateShort(t.dueOn)}</span>
                          </p>
                        </div>
                        <PendingLink href={t.href} prefetch={false} className={t.kind === "REVOCATION" || t.kind === "MISSED_REPORT" || t.urgent ? "task-action task-action-urgent" : "task-action"}>
                          {t.actionLabel}
                        </PendingLink>
                      </li>
                    ))}
                  </ul>
                </Card>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
