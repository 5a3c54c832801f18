import Link from "next/link";
import { cn } from "./cn";

export function Stat({ label, value, hint, href, tone = "neutral" }: { label: string; value: React.ReactNode; hint?: string; href?: string; tone?: "neutral" | "warn" | "danger" }) {
  const body = (
    <>
      <div className="text-sm text-slate-600">{label}</div>
      <div className={cn("mt-1 text-2xl font-semibold tabular-nums", tone === "danger" ? "text-red-700" : tone === "warn" ? "text-amber-700" : "text-slate-900")}>{value}</div>
      {hint ? <div className="mt-0.5 text-xs text-slate-500">{hint}</div> : null}
    </>
  );
  const cls = "block rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm";
  return href ? (
    <Link href={href} className={cn(cls, "hover:border-brand-600 hover:bg-brand-50/40")}>{body}</Link>
  ) : (
    <div className={cls}>{body}</div>
  );
}

export function StatGrid({ children }: { children: React.ReactNode }) {
  return <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">{children}</div>;
}
