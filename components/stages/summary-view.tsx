import { GUIDANCE_PROGRAM_STATUS_LABEL, STAGE_LABEL } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { TransitionSummary } from "@/lib/server/transition-summary";

/** The record a proposal rests on, as the TPP and the Kepala read it. */
export function SummaryView({ s, compact = false }: { s: TransitionSummary; compact?: boolean }) {
  return (
    <div className="space-y-2 text-sm">
      <dl className={`grid grid-cols-2 gap-2 ${compact ? "" : "sm:grid-cols-4"}`}>
        <Fig label="Kontak & kunjungan" value={s.contacts} />
        <Fig label="Lapor hadir" value={s.attendance.hadir} />
        <Fig label="Izin / mangkir" value={`${s.attendance.izin} / ${s.attendance.mangkir}`} warn={s.attendance.mangkir > 0} />
        <Fig label="Pelanggaran" value={s.violations} warn={s.violations > 0} />
      </dl>
      {s.since ? <p className="text-xs text-slate-500">Dihitung sejak {formatDate(s.since)}{s.stage ? ` (${STAGE_LABEL[s.stage].toLowerCase()})` : ""}.</p> : null}
      {s.programs.length > 0 ? (
        <ul className="space-y-1">
          {s.programs.map((p, i) => (
            <li key={i} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-100 px-2 py-1">
              <span>{p.title}</span>
              <span className="text-xs text-slate-600">{GUIDANCE_PROGRAM_STATUS_LABEL[p.status]} · {p.progress}%</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-slate-500">Belum ada program bimbingan pada tahap ini.</p>
      )}
    </div>
  );
}

function Fig({ label, value, warn }: { label: string; value: React.ReactNode; warn?: boolean }) {
  return (
    <div className="rounded-md bg-slate-50 px-2 py-1.5">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className={`text-base font-semibold tabular-nums ${warn ? "text-red-700" : "text-slate-900"}`}>{value}</dd>
    </div>
  );
}
