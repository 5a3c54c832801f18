import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FilterSelect, Input, Label } from "@/components/ui/field";
import { AUDIT_ACTION_FILTERS } from "@/lib/domain/audit";
import type { AuditListParams } from "@/lib/server/queries/audit";

const keep = (params: AuditListParams, view?: "terdampak") => {
  const qs = new URLSearchParams();
  for (const k of ["user", "action", "from", "to"] as const) if (params[k]) qs.set(k, params[k]!);
  if (view) qs.set("view", view);
  return `/audit${qs.size ? `?${qs}` : ""}`;
};

/** The two views of the trail: the events, and the people they touched (for a breach notice). */
export function AuditViews({ params, retention = false }: { params: AuditListParams; retention?: boolean }) {
  const tab = (label: string, href: string, current: boolean) => (
    <Link href={href} aria-current={current ? "page" : undefined}
      className={cn("inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium", current ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100")}>{label}</Link>
  );
  return (
    <nav aria-label="Tampilan jejak audit" className="mb-3 flex flex-wrap gap-2">
      {tab("Kejadian", keep(params, undefined), !retention && params.view === undefined)}
      {tab("Orang terdampak", keep(params, "terdampak"), !retention && params.view === "terdampak")}
      {tab("Masa simpan", "/audit/retensi", retention)}
    </nav>
  );
}

/** A plain GET form: who, which action group, which days (the office's). */
export function AuditFilterForm({ params, users, children }: { params: AuditListParams; users: { id: string; name: string }[]; children?: React.ReactNode }) {
  return (
    <form method="get" action="/audit" role="search" aria-label="Saring jejak audit" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {params.person ? <input type="hidden" name="person" value={params.person} /> : null}
      {params.view ? <input type="hidden" name="view" value={params.view} /> : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect id="user" label="Pengguna" value={params.user} allLabel="Semua pengguna" options={users.map((u) => [u.id, u.name])} />
        <FilterSelect id="action" label="Tindakan" value={params.action} allLabel="Semua tindakan" options={AUDIT_ACTION_FILTERS.map((a) => [a.value, a.label])} />
        <div>
          <Label htmlFor="from">Dari tanggal</Label>
          <Input id="from" name="from" type="date" defaultValue={params.from ?? ""} className="mt-1" />
        </div>
        <div>
          <Label htmlFor="to">Sampai tanggal</Label>
          <Input id="to" name="to" type="date" defaultValue={params.to ?? ""} className="mt-1" />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button type="submit">Terapkan</Button>
        <ButtonLink href={params.view ? "/audit?view=terdampak" : "/audit"} variant="ghost">Atur ulang</ButtonLink>
        {children}
      </div>
    </form>
  );
}
