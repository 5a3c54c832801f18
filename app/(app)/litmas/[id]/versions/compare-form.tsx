import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";

/** Pick two saved versions to compare (a plain GET form: the newest against the one before, at first). */
export function CompareVersionsForm({ litmasId, versions }: { litmasId: string; versions: number[] }) {
  const sorted = [...versions].sort((a, b) => b - a);
  const options = sorted.map((n) => <option key={n} value={n}>Versi {n}</option>);
  return (
    <form method="get" action={`/litmas/${litmasId}/versions/compare`} aria-label="Bandingkan dua versi" className="border-t border-slate-100 px-4 py-3 sm:px-5">
      <div className="grid grid-cols-2 gap-2">
        <div>
          <Label htmlFor="banding-dari">Dari</Label>
          <Select id="banding-dari" name="dari" defaultValue={sorted[1]} className="mt-1 w-full">{options}</Select>
        </div>
        <div>
          <Label htmlFor="banding-ke">Ke</Label>
          <Select id="banding-ke" name="ke" defaultValue={sorted[0]} className="mt-1 w-full">{options}</Select>
        </div>
      </div>
      <Button type="submit" variant="secondary" size="sm" className="mt-2 w-full">Bandingkan versi</Button>
    </form>
  );
}
