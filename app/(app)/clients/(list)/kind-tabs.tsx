import Link from "next/link";
import { CASE_LIST_KIND_LABEL, type CaseListKind } from "@/lib/domain/cases";
import { cn } from "@/components/ui/cn";

// "Jenis layanan": plain links (no JavaScript needed); the name search and the PK carry over.
export function KindTabs({ kinds, current, keep }: { kinds: CaseListKind[]; current: CaseListKind; keep: { q?: string; pk?: string } }) {
  const href = (k: CaseListKind) => {
    const qs = new URLSearchParams();
    if (k !== "GUIDANCE") qs.set("kind", k);
    if (keep.q) qs.set("q", keep.q);
    if (keep.pk) qs.set("pk", keep.pk);
    const s = qs.toString();
    return s ? `/clients?${s}` : "/clients";
  };
  return (
    <nav aria-label="Jenis layanan" className="mb-4">
      <p className="mb-1.5 text-sm font-medium text-slate-700">Jenis layanan</p>
      <ul className="flex flex-wrap gap-2">
        {kinds.map((k) => (
          <li key={k}>
            <Link
              href={href(k)}
              aria-current={k === current ? "page" : undefined}
              className={cn(
                "inline-flex min-h-10 items-center rounded-full px-4 text-sm font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                k === current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
              )}
            >
              {CASE_LIST_KIND_LABEL[k]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
