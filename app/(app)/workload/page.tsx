import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { CapacityForm } from "@/components/registry/capacity-form";
import { PROGRAMS, STAGE_KINDS, type PkLevel } from "@/lib/domain/enums";
import { PK_LEVEL_LABEL, PROGRAM_SHORT } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getWorkloadDetails } from "@/lib/server/queries/workload";
import { ExportLinks } from "@/components/ui/export-links";

export const metadata: Metadata = { title: "Beban kerja" };

function Bar({ pct }: { pct: number }) {
  const bar = pct > 100 ? "bg-red-600" : pct >= 85 ? "bg-amber-500" : "bg-emerald-600";
  return (
    <div className="flex items-center gap-2">
      <div className="h-2 flex-1 rounded-full bg-slate-100" aria-hidden="true"><div className={cn("h-2 rounded-full", bar)} style={{ width: `${Math.min(pct, 100)}%` }} /></div>
      <span className={cn("w-12 text-right text-xs tabular-nums", pct > 100 ? "font-semibold text-red-700" : "text-slate-700")}>{pct}%</span>
    </div>
  );
}

const breakdown = <K extends string>(keys: readonly K[], counts: Partial<Record<K, number>>, labels: Record<K, string>) =>
  keys.filter((k) => counts[k]).map((k) => `${labels[k]} ${counts[k]}`).join(" · ") || "—";

export default async function WorkloadPage() {
  const user = await requireUser();
  if (!can(user.role, "workload:read")) notFound();
  const { rows, week } = await getWorkloadDetails(user);
  const isAdmin = can(user.role, "user:manage");
  const stageShort = { AWAL: "Awal", LANJUTAN: "Lanjutan", AKHIR: "Akhir" } as const;
  return (
    <>
      <PageHeader
        title="Beban kerja PK"
        description={`Klien aktif per PK terhadap kapasitasnya, litmas berjalan dan wajib lapor minggu ini (${formatDateShort(week.from)} – ${formatDateShort(week.to)}).`}
        actions={<ExportLinks list="beban-kerja" label="beban kerja" />}
      />
      <Card aria-labelledby="wl">
        <CardHeader id="wl" title={`PK ${user.officeName}`} description="Laporan minggu ini dihitung dari jadwal wajib lapor tiap klien aktif (mingguan, dua mingguan, bulanan) dikurangi yang sudah hadir atau izin: perkiraan." />
        {rows.length === 0 ? (
          <div className="p-4"><EmptyState title="Belum ada PK di kantor ini">Admin menambahkan akun PK; setelah itu beban kerjanya tampil di sini.</EmptyState></div>
        ) : (
          <>
            <Table caption="Beban kerja per PK">
              <thead>
                <tr>
                  <Th>PK</Th>
                  <Th className="min-w-36">Beban</Th>
                  <Th className="text-right">Kapasitas</Th>
                  <Th className="text-right">Litmas</Th>
                  <Th className="text-right">Lapor minggu ini</Th>
                  <Th className="min-w-48">Per program dan tahap</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <tr key={r.id}>
                    <Td className="whitespace-nowrap">
                      <Link href={`/clients?pk=${r.id}`} className="font-medium text-brand-700 hover:underline">{r.name}</Link>
                      <div className="flex items-center gap-2 text-xs text-slate-500">{r.pkLevel ? PK_LEVEL_LABEL[r.pkLevel as PkLevel] : "PK"}{!r.active ? <Badge>Nonaktif</Badge> : null}</div>
                    </Td>
                    <Td>
                      <Bar pct={r.workloadPercent} />
                      <div className="mt-1 text-xs tabular-nums text-slate-600">{r.activeClients} dari {r.capacity} klien</div>
                    </Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{isAdmin ? <CapacityForm pkId={r.id} capacity={r.capacity} pkName={r.name} /> : r.capacity}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">
                      {r.litmasOpen} berjalan
                      <div className={cn("text-xs", r.litmasOverdue ? "font-semibold text-red-700" : "text-slate-500")}>{r.litmasOverdue} lewat tenggat</div>
                    </Td>
                    <Td className="text-right tabular-nums">{r.reportsDueThisWeek}</Td>
                    <Td className="text-xs text-slate-600">
                      <div>{breakdown(PROGRAMS, r.byProgram, PROGRAM_SHORT)}</div>
                      <div className="text-slate-500">{breakdown(STAGE_KINDS, r.byStage, stageShort)}</div>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </>
        )}
      </Card>
    </>
  );
}
