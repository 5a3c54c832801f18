"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";

export type FieldSpec =
  | { kind: "textarea"; name: string; label: string; rows?: number; hint?: string; defaultValue?: string }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string }
  | { kind: "date"; name: string; label: string; defaultValue?: string }
  | { kind: "text"; name: string; label: string; defaultValue?: string; hint?: string }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean };

type Res = { ok: true; message?: string; data?: unknown } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * A small form of a few fields posting to a server action with fixed extra values (ids, version).
 * Shows the pending state, the field errors next to their fields, and refreshes on success.
 */
export function SimpleForm({
  label, fields, fixed, submitLabel, action, variant = "primary", redirectTo, redirectQuery, idPrefix,
}: {
  label: string;
  /** The fields' id prefix, where several forms with the same words share a page (one per row). */
  idPrefix?: string;
  fields: FieldSpec[];
  fixed: Record<string, unknown>;
  submitLabel: string;
  action: (input: unknown) => Promise<Res>;
  variant?: "primary" | "secondary" | "danger";
  redirectTo?: string;
  /** Query parameters added to `redirectTo` from the action's data, { param: dataKey }: the page opened
   *  next can say what was saved and link to it (SavedNotice). */
  redirectQuery?: Record<string, string>;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<Res | null>(null);
  const prefix = idPrefix ?? label.toLowerCase().replace(/[^a-z]+/g, "-");
  const err = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      noValidate
      aria-label={label}
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const input: Record<string, unknown> = { ...fixed };
        for (const f of fields) input[f.name] = f.kind === "checkbox" ? fd.get(f.name) === "on" : fd.get(f.name);
        setPending(true);
        setRes(null);
        const r = await action(input);
        setPending(false);
        setRes(r);
        if (r.ok) {
          if (redirectTo) {
            const data = (r.data ?? {}) as Record<string, unknown>;
            const qs = new URLSearchParams();
            for (const [param, key] of Object.entries(redirectQuery ?? {})) if (typeof data[key] === "string") qs.set(param, data[key]);
            router.push(qs.size ? `${redirectTo}${redirectTo.includes("?") ? "&" : "?"}${qs}` : redirectTo);
          }
          else router.refresh();
        }
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      {fields.map((f) => {
        const id = `${prefix}-${f.name}`;
        if (f.kind === "checkbox") {
          return (
            <label key={f.name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={f.name} className="size-4" defaultChecked={f.defaultChecked} /> {f.label}
            </label>
          );
        }
        return (
          <Field key={f.name} id={id} label={f.label} error={err(f.name)} hint={f.kind === "textarea" || f.kind === "text" ? f.hint : undefined}>
            {f.kind === "textarea" ? (
              <Textarea name={f.name} rows={f.rows ?? 4} defaultValue={f.defaultValue} {...describedBy(id, err(f.name), f.hint)} />
            ) : f.kind === "select" ? (
              <Select name={f.name} defaultValue={f.defaultValue} {...describedBy(id, err(f.name))}>
                {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            ) : f.kind === "text" ? (
              <Input name={f.name} defaultValue={f.defaultValue} {...describedBy(id, err(f.name), f.hint)} />
            ) : (
              <Input type="date" name={f.name} defaultValue={f.defaultValue} {...describedBy(id, err(f.name))} />
            )}
          </Field>
        );
      })}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : submitLabel}
      </Button>
    </form>
  );
}
