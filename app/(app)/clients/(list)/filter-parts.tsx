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
