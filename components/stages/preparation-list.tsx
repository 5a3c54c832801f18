import { Badge } from "@/components/ui/badge";
import type { PreparationItem } from "@/lib/domain/end-preparation";
import { CONTACT_SUBJECT_LABEL } from "@/lib/domain/labels";
import { formatDateShort } from "@/lib/format";

/** The tahap akhir checklist: each step done, not needed (with the reason) or still open. */
export function PreparationList({ items }: { items: PreparationItem[] }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {items.map((i) => (
        <li key={i.step} className="flex flex-wrap items-start justify-between gap-2 py-2">
          <div className="min-w-0">
            <p className="font-medium text-slate-900">{i.label}</p>
            {i.row ? (
              <p className="text-xs text-slate-600">
                {i.row.doneOn ? `${formatDateShort(i.row.doneOn)} · ` : ""}
                {i.row.contact ? `tercatat sebagai kegiatan bimbingan${i.row.contact.subject && i.row.contact.subject !== "KLIEN" ? ` bersama ${CONTACT_SUBJECT_LABEL[i.row.contact.subject].toLowerCase()}` : ""} · ` : ""}
                {i.row.note}
              </p>
            ) : null}
          </div>
          {i.state === "DONE" ? <Badge tone="green">Selesai</Badge> : i.state === "NOT_NEEDED" ? <Badge>Tidak diperlukan</Badge> : <Badge tone="amber">Belum</Badge>}
        </li>
      ))}
    </ul>
  );
}
