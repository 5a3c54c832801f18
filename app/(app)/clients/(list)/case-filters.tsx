import { Label, Select } from "@/components/ui/field";
import { SearchField } from "@/components/registry/search-field";
import { FilterActions, PkFilter, type PkOption } from "./filter-parts";
import { CASE_STATE_LABEL, CASE_STATES, type CaseListKind } from "@/lib/domain/cases";
import type { CaseListParams } from "@/lib/server/queries/cases";

const PLACEHOLDER: Record<CaseListKind, string> = {
  GUIDANCE: "mis. Sutrisno atau 0012/PK",
  LITMAS: "mis. Sutrisno atau nomor litmas",
  PENDAMPINGAN: "mis. Sutrisno atau nomor pendampingan",
  ALL: "mis. Sutrisno, nomor register atau nomor litmas",
};

// The filters of the litmas, pendampingan and "Semua" views: a plain GET form, like the guidance filters.
export function CaseFilters({ kind, params, pks, showPk }: { kind: CaseListKind; params: CaseListParams; pks: PkOption[]; showPk: boolean }) {
  return (
    <form method="get" action="/clients" role="search" aria-label="Cari dan saring layanan" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="kind" value={kind} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <Label htmlFor="q">Cari nama atau nomor</Label>
          <SearchField id="q" defaultValue={params.q ?? ""} placeholder={PLACEHOLDER[kind]} className="mt-1" />
        </div>
        <div>
          <Label htmlFor="state">Keadaan</Label>
          <Select id="state" name="state" defaultValue={params.state ?? "OPEN"} className="mt-1">
            {CASE_STATES.map((s) => <option key={s} value={s}>{CASE_STATE_LABEL[s]}</option>)}
          </Select>
        </div>
        {showPk ? <PkFilter pks={pks} value={params.pk} /> : null}
      </div>
      <FilterActions resetHref={`/clients?kind=${kind}`} />
    </form>
  );
}
