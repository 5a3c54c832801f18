import { Button, ButtonLink } from "@/components/ui/button";
import { FilterSelect, Label, Select } from "@/components/ui/field";
import { LITMAS_PURPOSES, LITMAS_STATUSES } from "@/lib/domain/enums";
import { LITMAS_PURPOSE_LABEL, LITMAS_STATUS_LABEL } from "@/lib/domain/labels";
import type { LitmasListParams } from "@/lib/schemas/litmas";

// A plain GET form: works without JavaScript and the URL keeps the filters.
export function LitmasFilters({ params, pks, showPk }: { params: LitmasListParams; pks: { id: string; name: string }[]; showPk: boolean }) {
  return (
    <form method="get" action="/litmas" role="search" aria-label="Saring litmas" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <Label htmlFor="status">Status</Label>
          <Select id="status" name="status" defaultValue={params.kirim ? "APPROVED" : (params.status ?? "AKTIF")} className="mt-1">
            <option value="AKTIF">Belum selesai</option>
            <option value="DIKERJAKAN">Sedang dikerjakan PK</option>
            {LITMAS_STATUSES.map((s) => <option key={s} value={s}>{LITMAS_STATUS_LABEL[s]}</option>)}
            <option value="SEMUA">Semua status</option>
          </Select>
        </div>
        <FilterSelect id="purpose" label="Tujuan" value={params.purpose} allLabel="Semua tujuan" options={LITMAS_PURPOSES.map((p) => [p, LITMAS_PURPOSE_LABEL[p]])} />
        {showPk ? <FilterSelect id="pk" label="PK" value={params.pk} allLabel="Semua PK" options={pks.map((p) => [p.id, p.name])} /> : null}
        <div>
          <Label htmlFor="kirim">Pengiriman</Label>
          <Select id="kirim" name="kirim" defaultValue={params.kirim ?? ""} className="mt-1">
            <option value="">Semua</option>
            <option value="BELUM">Disetujui, belum dikirim</option>
            <option value="SUDAH">Sudah dikirim</option>
          </Select>
        </div>
        <div className="flex items-end">
          <label className="flex h-10 items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="overdue" value="1" defaultChecked={params.overdue === "1"} className="size-4 rounded border-slate-300" />
            Hanya yang lewat tenggat
          </label>
        </div>
      </div>
      <div className="mt-3 flex gap-2">
        <Button type="submit">Terapkan</Button>
        <ButtonLink href="/litmas" variant="ghost">Atur ulang</ButtonLink>
      </div>
    </form>
  );
}
