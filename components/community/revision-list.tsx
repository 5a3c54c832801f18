import { CORRECTION_ACTION_LABEL, type CorrectionAction } from "@/lib/domain/community";
import { formatDateTime } from "@/lib/format";

export type RevisionRow = { id: string; action: CorrectionAction; reason: string; revisedAt: Date; revisedBy: string; summary?: string };

/** Riwayat koreksi: each correction or removal of a community record, newest first, with who and why. */
export function RevisionList({ rows, timeZone, id }: { rows: RevisionRow[]; timeZone: string; id: string }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-sm font-semibold text-slate-800">Riwayat koreksi</h3>
      <ol className="space-y-2">
        {rows.map((r) => (
          <li key={r.id} className="border-l-2 border-slate-200 pl-3 text-sm">
            <p className="text-xs text-slate-600">{CORRECTION_ACTION_LABEL[r.action]} oleh {r.revisedBy} · {formatDateTime(r.revisedAt, timeZone)}</p>
            {r.summary ? <p className="text-slate-700">Sebelumnya: {r.summary}</p> : null}
            <p className="text-slate-800">Alasan: {r.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
