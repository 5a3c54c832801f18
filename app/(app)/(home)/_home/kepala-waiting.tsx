import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { KepalaDashboard } from "@/lib/server/queries/dashboard";

/**
 * What waits for the Kepala's own decision or signature, apart from the office's counts: each
 * item a full-width link (no hover needed on a phone), the ones with work first.
 */
export function KepalaWaiting({ w }: { w: KepalaDashboard["waiting"] }) {
  const items: { label: string; n: number; href: string; urgent?: boolean }[] = [
    { label: "Litmas menunggu persetujuan Anda", n: w.litmasToApprove, href: "/litmas?status=SUBMITTED" },
    { label: "Permintaan litmas menunggu disposisi", n: w.litmasToDispose, href: "/litmas?status=REQUESTED" },
    { label: "Usulan tahap menunggu keputusan", n: w.transitionsToDecide, href: "/transitions" },
    { label: "Usulan pencabutan menunggu keputusan", n: w.revocationsToDecide, href: "/violations" },
    { label: "Pencabutan PB/CB/CMB lewat 20 hari kerja", n: w.revocationsOverdue, href: "/violations", urgent: true },
    { label: "Pencabutan PB/CB/CMB tinggal ≤ 5 hari kerja", n: w.revocationsAtRisk, href: "/violations" },
    { label: "Surat keterangan akhir perlu diterbitkan", n: w.lettersToIssue, href: "/letters" },
    { label: "Litmas lewat tenggat", n: w.litmasOverdue, href: "/litmas?overdue=1", urgent: true },
    { label: "Litmas bertenggat ≤ 2 hari", n: w.litmasDueSoon, href: "/litmas" },
    { label: "Tahap terlambat ditinjau", n: w.stagesOverdue, href: "/transitions", urgent: true },
    { label: "Litmas disetujui belum dikirim", n: w.litmasUndelivered, href: "/litmas?kirim=BELUM" },
    { label: "Perjanjian kerja sama sudah berakhir", n: w.agreementsExpired, href: "/partners", urgent: true },
    { label: "Perjanjian kerja sama berakhir ≤ 60 hari", n: w.agreementsToRenew - w.agreementsExpired, href: "/partners" },
  ];
  const open = items.filter((i) => i.n > 0);
  return (
    <Card aria-labelledby="waiting-heading" className="border-amber-300 bg-amber-50/40">
      <CardHeader id="waiting-heading" title="Menunggu Anda" description={open.length ? "Keputusan, tanda tangan dan tenggat yang perlu Anda tangani." : undefined} />
      {open.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-700 sm:px-5">Tidak ada yang menunggu keputusan Anda saat ini.</p>
      ) : (
        <ul className="divide-y divide-amber-100">
          {open.map((i) => (
            <li key={i.label}>
              <Link href={i.href} className="flex min-h-11 items-center justify-between gap-3 px-4 py-2.5 text-sm hover:bg-amber-50 sm:px-5">
                <span className="font-medium text-slate-900">{i.label}</span>
                <span className={cn("min-w-8 rounded-full px-2.5 py-0.5 text-center font-semibold tabular-nums", i.urgent ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950")}>{i.n}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
