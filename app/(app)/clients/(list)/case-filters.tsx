import { Button, ButtonLink } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/field";
import { CASE_STATE_LABEL, CASE_STATES, type CaseListKind } from "@/lib/domain/cases";
import type { CaseListParams } from "@/lib/server/queries/cases";

const PLACEHOLDER: Record<CaseListKind, string> = {
  GUIDANCE: "mis. Sutrisno atau 0012/PK",
  LITMAS: "mis. Sutrisno atau nomor litmas",
  PENDAMPINGAN: "mis. Sutrisno atau nomor pendampingan",
  ALL: "mis. Sutrisno, nomor register atau nomor litmas",
};

// The filters of the litmas, pendampingan and "Semua" views: a plain GET form, like the guidance filters.
export function CaseFilters({ kind, params, pks, showPk }: { kind: CaseListKind; params: CaseListParams; pks: { id: string; name: string; active: boolean }[]; showPk: boolean }) {
  return (
    <form method="get" action="/clients" role="search" aria-label="Cari dan saring layanan" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="kind" value={kind} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <Label htmlFor="q">Cari nama atau nomor</Label>
          <Input id="q" name="q" type="search" defaultValue={params.q ?? ""} placeholder={PLACEHOLDER[kind]} className="mt-1" />
        </div>
        <div>
          <Label htmlFor="state">Keadaan</Label>
          <Select id="state" name="state" defaultValue={params.state ?? "OPEN"} className="mt-1">
            {CASE_STATES.map((s) => <option key={s} value={s}>{CASE_STATE_LABEL[s]}</option>)}
          </Select>
        </div>
        {showPk ? (
          <div>
            <Label htmlFor="pk">PK</Label>
            <Select id="pk" name="pk" defaultValue={params.pk ?? ""} className="mt-1">
              <option value="">Semua PK</option>
              {pks.map((p) => <option key={p.id} value={p.id}>{p.name}{p.active ? "" : " (nonaktif)"}</option>)}
            </Select>
          </div>
        ) : null}
      </div>
      <div className="mt-3 flex gap-2">
        <Button type="submit">Terapkan</Button>
        <ButtonLink href={`/clients?kind=${kind}`} variant="ghost">Atur ulang</ButtonLink>
      </div>
    </form>
  );
}
