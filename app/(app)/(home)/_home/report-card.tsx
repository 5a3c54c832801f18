import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/field";

/** The laporan bulanan for a month, as PDF (to print and sign) or Excel. A plain GET form. */
export function MonthlyReportCard({ defaultMonth }: { defaultMonth: string }) {
  return (
    <Card aria-labelledby="report-heading">
      <CardHeader id="report-heading" title="Laporan bulanan ke Kanwil" description="Klien aktif dewasa dan anak per program, litmas diterima dan selesai per tujuan, pendampingan, dan pegawai per jabatan." />
      <form method="get" action="/api/reports/monthly" className="flex flex-wrap items-end gap-3 px-4 py-4 sm:px-5">
        <div>
          <Label htmlFor="bulan">Bulan</Label>
          <Input id="bulan" name="bulan" type="month" defaultValue={defaultMonth} required className="mt-1 w-48" />
        </div>
        <Button type="submit" name="format" value="pdf">Unduh PDF</Button>
        <Button type="submit" name="format" value="xlsx" variant="secondary">Unduh Excel</Button>
      </form>
    </Card>
  );
}
