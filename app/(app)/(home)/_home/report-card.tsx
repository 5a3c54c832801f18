import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/field";

/**
 * The reports upward: the laporan harian for a day and the laporan bulanan for a month, each as
 * PDF (to print and sign) or Excel. Plain GET forms: a download, no client code.
 */
export function ReportsUpwardCard({ defaultMonth, today }: { defaultMonth: string; today: string }) {
  return (
    <Card aria-labelledby="report-heading">
      <CardHeader id="report-heading" title="Laporan ke Kanwil" description="Klien aktif dewasa dan anak per program, pekerjaan, tindak pidana, litmas diterima dan selesai per tujuan, pendampingan, dan pegawai per jabatan." />
      <div className="grid gap-4 px-4 py-4 sm:px-5 lg:grid-cols-2">
        <form method="get" action="/api/reports/daily" className="flex flex-wrap items-end gap-3" aria-label="Laporan harian">
          <div>
            <Label htmlFor="tanggal">Laporan harian, tanggal</Label>
            <Input id="tanggal" name="tanggal" type="date" defaultValue={today} max={today} min="2000-01-01" required className="mt-1 w-48" />
          </div>
          <Button type="submit" name="format" value="pdf">Unduh PDF</Button>
          <Button type="submit" name="format" value="xlsx" variant="secondary">Unduh Excel</Button>
        </form>
        <form method="get" action="/api/reports/monthly" className="flex flex-wrap items-end gap-3" aria-label="Laporan bulanan">
          <div>
            <Label htmlFor="bulan">Laporan bulanan, bulan</Label>
            <Input id="bulan" name="bulan" type="month" defaultValue={defaultMonth} min="2000-01" required className="mt-1 w-48" />
          </div>
          <Button type="submit" name="format" value="pdf">Unduh PDF</Button>
          <Button type="submit" name="format" value="xlsx" variant="secondary">Unduh Excel</Button>
        </form>
      </div>
    </Card>
  );
}
