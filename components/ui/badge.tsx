import { cn } from "./cn";

export type Tone = "neutral" | "blue" | "green" | "amber" | "red" | "violet" | "teal" | "orange" | "cyan";

/**
 * A status pill. Its look is `.badge` and `.badge-<tone>` in app/globals.css: one short class per
 * badge rather than ~120 characters of utilities, which a list of 25 rows sent twice (HTML and the
 * page data) adds up to kilobytes.
 */
export function Badge({ tone = "neutral", className, children }: { tone?: Tone; className?: string; children: React.ReactNode }) {
  return <span className={cn("badge", `badge-${tone}`, className)}>{children}</span>;
}
