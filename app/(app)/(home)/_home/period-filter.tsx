import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/field";
import { toIsoDate } from "@/lib/domain/calendar";
import { PERIOD_KINDS, PERIOD_LABEL, type Period } from "@/lib/domain/period";

// A plain GET form: the URL keeps the period. The custom days apply when "Rentang lain" is chosen.
export function PeriodFilter({ period }: { period: Period }) {
  return (
    <form method="get" action="/" aria-label="Periode grafik" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div>
        <Label htmlFor="periode">Periode</Label>
        <Select id="periode" name="periode" defaultValue={period.kind} className="mt-1 w-44">
          {PERIOD_KINDS.map((k) => <option key={k} value={k}>{PERIOD_LABEL[k]}</option>)}
        </Select>
      </div>
      <div>
        <Label htmlFor="dari">Dari (rentang lain)</Label>
        <Input id="dari" name="dari" type="date" defaultValue={toIsoDate(period.from)} className="mt-1 w-44" />
      </div>
      <div>
        <Label htmlFor="sampai">Sampai</Label>
        <Input id="sampai" name="sampai" type="date" defaultValue={toIsoDate(period.to)} className="mt-1 w-44" />
      </div>
      <Button type="submit">Tampilkan</Button>
    </form>
  );
}
