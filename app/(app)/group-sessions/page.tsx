import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { APPROACH_LABEL, GUIDANCE_TYPE_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listGroupSessions } from "@/lib/server/queries/community";

export const metadata: Metadata = { title: "Sesi kelompok" };

export default async function GroupSessionsPage() {
  const user = await requireUser();
  const sessions = await listGroupSessions(user);
  const record = can(user.role, "group-session:record");
  return (
    <>
      <PageHeader
        title="Sesi kelompok dan klasikal"
        description="Bimbingan kelompok atau klasikal dengan daftar hadir, dicatat sekali untuk semua peserta."
        actions={record ? <ButtonLink href="/group-sessions/new">Catat sesi</ButtonLink> : null}
      />
      {sessions.length === 0 ? (
        <EmptyState title="Belum ada sesi kelompok" action={record ? <ButtonLink href="/group-sessions/new" variant="secondary">Catat sesi pertama</ButtonLink> : null}>
          Setelah sesi berlangsung, catat tempat, materi dan fasilitatornya, lalu centang klien yang hadir.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link href={`/group-sessions/${s.id}`} className="block px-4 py-3 hover:bg-slate-50 sm:px-5">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-brand-800">{s.topic}</span>
                  <Badge tone="blue">{s.present} hadir dari {s.visible}{s.total > s.visible ? ` (${s.total} peserta)` : ""}</Badge>
                </div>
                <p className="text-xs text-slate-600">
                  {[formatDateTime(s.heldAt, user.timeZone), s.place, GUIDANCE_TYPE_LABEL[s.guidanceType], APPROACH_LABEL[s.approach], s.facilitator, s.partner?.name].filter(Boolean).join(" · ")}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
