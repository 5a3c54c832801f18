import { FilterSelect, Label, Select } from "@/components/ui/field";
import { SearchField } from "@/components/registry/search-field";
import { FilterActions, FilterMore, PkFilter, type PkOption } from "./filter-parts";
import { CLIENT_CATEGORIES, CLIENT_STATUSES, GENDERS, PROGRAMS, STAGE_KINDS } from "@/lib/domain/enums";
import { CLIENT_CATEGORY_LABEL, CLIENT_STATUS_LABEL, GENDER_LABEL, PROGRAM_SHORT, STAGE_LABEL } from "@/lib/domain/labels";
import type { ClientListParams } from "@/lib/server/queries/clients";

// A plain GET form: works without JavaScript, and the URL keeps the filters (never the NIK).
export function ClientFilters({ params, pks, showPk }: { params: ClientListParams; pks: PkOption[]; showPk: boolean }) {
  return (
    <form method="get" action="/clients" role="search" aria-label="Cari dan saring klien" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <Label htmlFor="q">Cari nama, nomor register atau NIK</Label>
          <SearchField id="q" defaultValue={params.q ?? ""} placeholder="mis. Sutrisno atau 0012/PK" className="mt-1" />
        </div>
        <FilterMore active={[params.program, params.stage, params.category, params.gender, params.pk, params.status && params.status !== "AKTIF" ? params.status : undefined].filter(Boolean).length}>
        <FilterSelect id="program" label="Program" value={params.program} allLabel="Semua program" options={PROGRAMS.map((p) => [p, PROGRAM_SHORT[p]])} />
        <FilterSelect id="stage" label="Tahap" value={params.stage} allLabel="Semua tahap" options={STAGE_KINDS.map((s) => [s, STAGE_LABEL[s]])} />
        <div>
          <Label htmlFor="status">Status</Label>
          <Select id="status" name="status" defaultValue={params.status ?? "AKTIF"} className="mt-1">
            {CLIENT_STATUSES.map((s) => <option key={s} value={s}>{CLIENT_STATUS_LABEL[s]}</option>)}
            <option value="SEMUA">Semua status</option>
          </Select>
        </div>
        <FilterSelect id="category" label="Dewasa / anak" value={params.category} allLabel="Semua klien" options={CLIENT_CATEGORIES.map((c) => [c, CLIENT_CATEGORY_LABEL[c]])} />
        <FilterSelect id="gender" label="Jenis kelamin" value={params.gender} allLabel="Semua" options={GENDERS.map((g) => [g, GENDER_LABEL[g]])} />
        {showPk ? <PkFilter pks={pks} value={params.pk} /> : null}
        </FilterMore>
      </div>
      <FilterActions resetHref="/clients" />
    </form>
  );
}
