import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listAccountChanges, type AccountChangeItem } from "@/lib/server/queries/account-changes";
import { DecideAccountChange } from "./decide-account-change";

export const metadata: Metadata = { title: "Konfirmasi akun" };

const STATUS_LABEL = { PENDING: "Menunggu konfirmasi", CONFIRMED: "Dikonfirmasi", REFUSED: "Ditolak", CANCELLED: "Dibatalkan" } as const;
const STATUS_TONE = { PENDING: "amber", CONFIRMED: "green", REFUSED: "red", CANCELLED: "neutral" } as const;

function describe(c: AccountChangeItem): string {
  if (c.kind === "CREATE_USER") return `Akun baru ${ROLE_LABEL[c.toRole!]}`;
  if (c.kind === "CHANGE_ROLE") return `Peran diubah dari ${ROLE_LABEL[c.fromRole!]} menjadi ${ROLE_LABEL[c.toRole!]}`;
  return `Atur ulang kata sandi ${ROLE_LABEL[c.fromRole!]} (wajib diganti saat masuk berikutnya)`;
}

function ChangeList({ rows, tz, empty }: { rows: AccountChangeItem[]; tz: string; empty: React.ReactNode }) {
  if (rows.length === 0) return <div className="p-4">{empty}</div>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((c) => (
        <li key={c.id} className="grid gap-3 px-4 py-3 sm:px-5 md:grid-cols-3" data-testid="account-change">
          <div className="md:col-span-2">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{c.targetName}</span>
              <Badge tone={STATUS_TONE[c.status]}>{STATUS_LABEL[c.status]}</Badge>
            </div>
            <p className="text-sm text-slate-700">{describe(c)} · {c.targetEmail}</p>
            <div className="text-xs text-slate-600">
              Diajukan oleh {c.requestedByName} · {formatDateTime(c.requestedAt, tz)}
              {c.decidedAt ? ` · dijawab oleh ${c.decidedByName ?? "-"} ${formatDateTime(c.decidedAt, tz)}` : ""}
            </div>
            {c.decisionNote ? <p className="text-sm text-slate-700">Catatan: {c.decisionNote}</p> : null}
          </div>
          <div>
            {c.mayConfirm || c.mayCancel ? (
              <DecideAccountChange changeId={c.id} version={c.version} mayConfirm={c.mayConfirm} mayCancel={c.mayCancel} />
            ) : c.status === "PENDING" ? (
              <p className="text-sm text-slate-600">Menunggu orang kedua.</p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function AccountChangesPage({ searchParams }: { searchParams: Promise<{ diajukan?: string }> }) {
  const user = await requireUser();
  if (!can(user.role, "account-change:decide")) notFound();
  const [{ pending, decided }, { diajukan }] = await Promise.all([listAccountChanges(user), searchParams]);
  return (
    <>
      <PageHeader
        title="Konfirmasi akun"
        description="Akun Kepala Bapas atau admin baru, perubahan peran menjadi salah satunya, dan pengaturan ulang kata sandinya berlaku setelah dikonfirmasi orang kedua: Kepala Bapas untuk akun admin, admin lain (atau Kepala Bapas bila hanya ada satu admin) untuk akun Kepala."
      />
      {diajukan ? <Alert tone="success" className="mb-4">Permintaan dicatat. Akun dibuat setelah dikonfirmasi orang kedua.</Alert> : null}
      <div className="space-y-6">
        <Card aria-labelledby="pending">
          <CardHeader id="pending" title="Menunggu konfirmasi" description="Pengaju tidak dapat mengonfirmasi permintaannya sendiri." />
          <ChangeList rows={pending} tz={user.timeZone} empty={<EmptyState title="Tidak ada permintaan yang menunggu">Permintaan baru muncul di sini saat admin menambah atau mengubah akun Kepala Bapas atau admin.</EmptyState>} />
        </Card>
        <Card aria-labelledby="decided">
          <CardHeader id="decided" title="Riwayat 90 hari terakhir" />
          <ChangeList rows={decided} tz={user.timeZone} empty={<EmptyState title="Belum ada riwayat">Permintaan yang dijawab tercatat di sini dan di log audit.</EmptyState>} />
        </Card>
      </div>
    </>
  );
}
