import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TransferDecision } from "@/components/registry/transfer-forms";
import type { TransferStatus } from "@/lib/domain/enums";
import { TRANSFER_STATUS_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listTransfers } from "@/lib/server/queries/transfers";

export const metadata: Metadata = { title: "Pelimpahan bimbingan" };

const tone = (s: TransferStatus) => (s === "REQUESTED" ? "amber" : s === "ACCEPTED" ? "green" : s === "REFUSED" ? "red" : "neutral");

type Row = Awaited<ReturnType<typeof listTransfers>>["incoming"][number];

function TransferList({ rows, side, tz, empty }: { rows: Row[]; side: "in" | "out"; tz: string; empty: React.ReactNode }) {
  if (rows.length === 0) return <div className="p-4">{empty}</div>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((t) => (
        <li key={t.id} className="grid gap-3 px-4 py-3 sm:px-5 md:grid-cols-3">
          <div className="md:col-span-2">
            <div className="flex flex-wrap items-center gap-2">
              {t.clientHref ? <Link href={t.clientHref} className="font-medium text-brand-700 hover:underline">{t.clientName}</Link> : <span className="font-medium">{t.clientName}</span>}
              <Badge tone={tone(t.status)}>{TRANSFER_STATUS_LABEL[t.status]}</Badge>
            </div>
            <div className="text-xs text-slate-600">
              {side === "in" ? `Dari ${t.fromOffice.name}` : `Ke ${t.toOffice.name}`} · diminta {formatDateTime(t.requestedAt, tz)}
              {t.decidedAt ? ` · dijawab ${formatDateTime(t.decidedAt, tz)}` : ""}
              {t.registerNumber ? ` · ${t.registerNumber}` : ""}
            </div>
            <p className="mt-1 text-sm text-slate-700">Alasan: {t.reason}</p>
            {t.decisionNote ? <p className="text-sm text-slate-700">Catatan: {t.decisionNote}</p> : null}
          </div>
          <div>{t.status === "REQUESTED" ? <TransferDecision transferId={t.id} version={t.version} side={side} /> : null}</div>
        </li>
      ))}
    </ul>
  );
}

export default async function TransfersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  if (!can(user.role, "client:transfer")) notFound();
  const { incoming, outgoing } = await listTransfers(user);
  const sent = (await searchParams).sent;
  return (
    <>
      <PageHeader title="Pelimpahan bimbingan" description="Permintaan klien masuk dari Bapas lain dan permintaan yang dikirim kantor Anda." />
      {sent ? <Alert tone="success" className="mb-4">Permintaan pelimpahan bimbingan dikirim. Bapas tujuan akan menerima atau menolaknya.</Alert> : null}
      <div className="space-y-6">
        <Card aria-labelledby="in">
          <CardHeader id="in" title="Masuk" description="Diterima: klien pindah ke kantor Anda tanpa PK; tugaskan PK dari berkasnya." />
          <TransferList rows={incoming} side="in" tz={user.timeZone} empty={<EmptyState title="Belum ada permintaan masuk">Permintaan dari Bapas lain akan muncul di sini untuk diterima atau ditolak.</EmptyState>} />
        </Card>
        <Card aria-labelledby="out">
          <CardHeader id="out" title="Keluar" description="Setelah diterima, berkas klien tidak lagi dapat dibuka di kantor Anda; catatan pelimpahannya tetap di sini." />
          <TransferList rows={outgoing} side="out" tz={user.timeZone} empty={<EmptyState title="Belum ada permintaan keluar">Untuk memindahkan klien, buka berkasnya lalu pilih &quot;Pindahkan&quot;.</EmptyState>} />
        </Card>
      </div>
    </>
  );
}
