import { cn } from "./cn";

export type Tone = "neutral" | "blue" | "green" | "amber" | "red" | "violet" | "teal" | "orange" | "cyan";

const tones: Record<Tone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  blue: "bg-brand-50 text-brand-800 ring-brand-100",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
  violet: "bg-violet-50 text-violet-800 ring-violet-200",
  // Litmas only (components/litmas/badges.tsx): distinct from the stage colours (amber, blue, violet).
  teal: "bg-teal-50 text-teal-800 ring-teal-200",
  orange: "bg-orange-50 text-orange-800 ring-orange-200",
  cyan: "bg-cyan-50 text-cyan-800 ring-cyan-200",
};

export function Badge({ tone = "neutral", className, children }: { tone?: Tone; className?: string; children: React.ReactNode }) {
  return (
    <span className={cn("inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tones[tone], className)}>
      {children}
    </span>
  );
}
