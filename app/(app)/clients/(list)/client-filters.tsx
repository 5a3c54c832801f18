import { Label, Select } from "@/components/ui/field";
import { SearchField } from "@/components/registry/search-field";
import { FilterActions, PkFilter, type PkOption } from "./filter-parts";
import { CLIENT_STATUSES, PROGRAMS, STAGE_KINDS } from "@/lib/domain/enums";
import { CLIENT_STATUS_LABEL, PROGRAM_SHORT, STAGE_LABEL } from "@/lib/domain/labels";
import type { ClientListParams } from "@/lib/server/queries/clients";

// A plain GET form: works without JavaScript, and the URL keeps the filters (never the NIK).
export function ClientFilters({ params, pks, showPk }: { params: ClientListParams; pks: PkOption[]; showPk: boolean }) {
  return (
    <form method="get" action="/clients" role="search" aria-label="Cari dan saring klien" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <Label htmlFor="q">Cari nama atau nomor register</Label>
          <SearchField id="q" defaultValue={params.q ?? ""} placeholder="mis. Sutrisno atau 0012/PK" className="mt-1" />
        </div>
        <div>
          <Label htmlFor="program">Program</Label>
          <Select id="program" name="program" defaultValue={params.program ?? ""} className="mt-1">
            <option value="">Semua program</option>
            {PROGRAMS.map((p) => <option key={p} value={p}>{PROGRAM_SHORT[p]}</option>)}
          </Select>
        </div>
        <div>
          <Label htmlFor="stage">Tahap</Label>
          <Select id="stage" name="stage" defaultValue={params.stage ?? ""} className="mt-1">
            <option value="">Semua tahap</option>
            {STAGE_KINDS.map((s) => <option key={s} value={s}>{STAGE_LABEL[s]}</option>)}
          </Select>
        </div>
        <div>
          <Label htmlFor="status">Status</Label>
          <Select id="status" name="status" defaultValue={params.status ?? "AKTIF"} className="mt-1">
            {CLIENT_STATUSES.map((s) => <option key={s} value={s}>{CLIENT_STATUS_LABEL[s]}</option>)}
            <option value="SEMUA">Semua status</option>
          </Select>
        </div>
        {showPk ? <PkFilter pks={pks} value={params.pk} /> : null}
      </div>
      <FilterActions resetHref="/clients" />
    </form>
  );
}
