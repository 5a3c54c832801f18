import { Button, ButtonLink } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";

export type PkOption = { id: string; name: string; active: boolean };

/** The PK filter of the lists (the office's PKs, a deactivated one marked). */
export function PkFilter({ pks, value }: { pks: PkOption[]; value: string | undefined }) {
  return (
    <div>
      <Label htmlFor="pk">PK</Label>
      <Select id="pk" name="pk" defaultValue={value ?? ""} className="mt-1">
        <option value="">Semua PK</option>
        {pks.map((p) => <option key={p.id} value={p.id}>{p.name}{p.active ? "" : " (nonaktif)"}</option>)}
      </Select>
    </div>
  );
}

/** Apply / reset under a filter form. */
export function FilterActions({ resetHref }: { resetHref: string }) {
  return (
    <div className="mt-3 flex gap-2">
      <Button type="submit">Terapkan</Button>
      <ButtonLink href={resetHref} variant="ghost">Atur ulang</ButtonLink>
    </div>
  );
}

/**
 * The filters after the search box. On a phone they fold behind "Saring" (a <details>, open when a
 * filter is in use) so the first client is in view; from `md` up they are always shown (the
 * summary is hidden and `.filter-more` in globals.css shows the content).
 */
export function FilterMore({ active, children }: { active: number; children: React.ReactNode }) {
  return (
    <details className="filter-more group sm:col-span-2 lg:col-span-4" open={active > 0 ? true : undefined}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md text-sm font-medium text-brand-800 md:hidden [&::-webkit-details-marker]:hidden">
        <span aria-hidden className="inline-block transition-transform group-open:rotate-90">▸</span>
        Saring{active > 0 ? ` (${active} aktif)` : ""}
      </summary>
      <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2 md:mt-0 lg:grid-cols-4">{children}</div>
    </details>
  );
}
