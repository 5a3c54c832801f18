import { Card, CardHeader } from "@/components/ui/card";
import { PendingLink } from "@/components/ui/pending-link";
import { ClockBadge, PresenceBadge } from "@/components/pendampingan/badges";
import { can } from "@/lib/domain/permissions";
import { describeTimeLeft } from "@/lib/domain/pendampingan";
import { formatDateTime } from "@/lib/format";
import type { CurrentUser } from "@/lib/server/auth";
import { pendampinganClocks } from "@/lib/server/queries/pendampingan";
import { clock } from "@/lib/clock";

const WHAT = {
  PRESENCE: "PK hadir mendampingi (1×24 jam)",
  AGREEMENT_DEADLINE: "Batas pelaksanaan kesepakatan diversi",
  OFFICIAL_ACTION: "Tindak lanjut pejabat atas laporan (7 hari)",
} as const;

/** The home pages' pendampingan clocks: the 1x24-hour presence first. Nothing when none runs. */
export async function PendampinganClockCard({ user }: { user: CurrentUser }) {
  if (!can(user.role, "pendampingan:read")) return null;
  const now = clock.now();
  const items = await pendampinganClocks(user, now, 6);
  if (items.length === 0) return null;
  return (
    <Card className="mb-6" aria-labelledby="pdp-clock">
      <CardHeader id="pdp-clock" title="Pendampingan anak" description="Yang waktunya berjalan, paling mendesak di atas." action={<PendingLink href="/pendampingan" className="text-sm font-medium text-brand-700 hover:underline">Semua pendampingan</PendingLink>} />
      <ul className="divide-y divide-slate-100">
        {items.map((c) => (
          <li key={`${c.kind}-${c.row.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 sm:px-5">
            <div className="min-w-0">
              <PendingLink href={`/pendampingan/${c.row.id}`} className="font-medium text-brand-700 hover:underline">{c.row.person.fullName}</PendingLink>
              <p className="text-xs text-slate-600">{WHAT[c.kind]} · {formatDateTime(c.dueAt, user.timeZone)}{c.row.assignedPk || user.role === "PK" ? "" : " · belum ada PK"}</p>
            </div>
            {c.kind === "PRESENCE" ? (
              <PresenceBadge state={c.state} dueAt={c.dueAt} now={now} />
            ) : (
              <ClockBadge state={c.state} labels={{ OVERDUE: `Lewat (${describeTimeLeft(c.dueAt, now).replace("terlambat ", "")})`, DUE_SOON: describeTimeLeft(c.dueAt, now), ON_TIME: describeTimeLeft(c.dueAt, now) }} />
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
