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
import { getTasks, TASK_HORIZON_DAYS, type TaskKind } from "@/lib/server/queries/tasks";

export const metadata: Metadata = { title: "Tugas saya" };

const KIND_LABEL: Record<TaskKind, string> = {
  REVOCATION: "Pencabutan",
  MISSED_REPORT: "Mangkir",
  REPORT_DUE: "Wajib lapor",
  NO_OUTCOME: "Hasil kontak",
  LITMAS: "Litmas",
  STAGE_REVIEW: "Tahap",
  FOLLOW_UP: "Tindak lanjut",
  PENDAMPINGAN: "Pendampingan",
  REASSESSMENT: "Asesmen ulang",
};

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
        <Card>
          <ul className="divide-y divide-slate-100" aria-label="Daftar tugas">
            {items.map((t) => (
              <li key={t.key} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-5">
                <div className="min-w-0">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <Badge tone={t.kind === "REVOCATION" || t.kind === "MISSED_REPORT" || t.urgent ? "red" : "blue"}>{KIND_LABEL[t.kind]}</Badge>
                    {when(t.lateBy)}
                    <span className="text-xs text-slate-500">{formatDateShort(t.dueOn)}</span>
                  </div>
                  <p className="mt-1 font-medium text-slate-900">{t.title}</p>
                  <p className="text-sm text-slate-600">{t.client.fullName}{t.client.registerNumber ? <> · <span className="font-mono text-xs">{t.client.registerNumber}</span></> : " · belum klien"}</p>
                </div>
                <PendingLink href={t.href} className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-brand-800 shadow-sm hover:bg-slate-50">
                  {t.actionLabel}
                </PendingLink>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
