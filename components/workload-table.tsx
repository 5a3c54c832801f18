import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { PK_LEVEL_LABEL } from "@/lib/domain/labels";
import type { PkLevel } from "@/lib/domain/enums";
import { cn } from "@/components/ui/cn";
import type { PkWorkload } from "@/lib/server/queries/home";


export function WorkloadTable({ rows }: { rows: PkWorkload[] }) {
  return (
    <Table caption="Beban kerja PK">
      <thead>
        <tr>
          <Th>PK</Th>
          <Th className="text-right">Klien / kapasitas</Th>
          <Th>Beban</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => {
          const pct = r.workloadPercent;
          const bar = pct > 100 ? "bg-red-600" : pct >= 85 ? "bg-amber-500" : "bg-emerald-600";
          return (
            <tr key={r.id}>
              <Td>
                <Link href={`/clients?pk=${r.id}`} className="font-medium text-brand-700 hover:underline">{r.name}</Link>
                <div className="flex items-center gap-2 text-xs text-slate-500">
                  {r.pkLevel ? PK_LEVEL_LABEL[r.pkLevel as PkLevel] : "PK"}
                  {!r.active ? <Badge>Nonaktif</Badge> : null}
                </div>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">
                {r.activeClients} / {r.capacity}
              </Td>
              <Td className="min-w-32">
                <div className="flex items-center gap-2">
                  <div className="h-2 flex-1 rounded-full bg-slate-100" aria-hidden="true">
                    <div className={cn("h-2 rounded-full", bar)} style={{ width: `${Math.min(pct, 100)}%` }} />
                  </div>
                  <span className={cn("w-12 text-right text-xs tabular-nums", pct > 100 ? "font-semibold text-red-700" : "text-slate-700")}>{pct}%</span>
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
