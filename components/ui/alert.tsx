import { cn } from "./cn";

const tones = {
  error: "border-red-200 bg-red-50 text-red-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  info: "border-brand-100 bg-brand-50 text-brand-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
};

/** A message box. Errors are announced to screen readers (role="alert"), others politely. */
export function Alert({ tone = "info", title, children, className, id }: { tone?: keyof typeof tones; title?: string; children?: React.ReactNode; className?: string; id?: string }) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-3 py-2 text-sm", tones[tone], className)}>
      {title ? <p className="font-medium">{title}</p> : null}
      {children ? <div className={title ? "mt-0.5" : undefined}>{children}</div> : null}
    </div>
  );
}
