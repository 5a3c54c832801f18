"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { localInputToIso } from "@/lib/schemas/pendampingan";

export type CommandField =
  | { name: string; label: string; type: "text" | "date" | "datetime" | "textarea"; required?: boolean; hint?: string; defaultValue?: string; max?: string; placeholder?: string }
  | { name: string; label: string; type: "select"; required?: boolean; hint?: string; defaultValue?: string; options: { value: string; label: string }[] }
  | { name: string; label: string; type: "checkbox"; hint?: string; defaultChecked?: boolean };

/**
 * One form for one command on a pendampingan: sends its fields with the case's id and version to
 * a server action, shows the pending state and the messages, and refreshes the page when done.
 * Date-times are typed in the office's time zone.
 */
export function CommandForm({
  action, pendampinganId, version, fields, submitLabel, pendingLabel = "Menyimpan…", variant = "primary", timeZone, label, idPrefix,
}: {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  pendampinganId: string;
  version: number;
  fields: CommandField[];
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  timeZone: string;
  label: string;
  idPrefix: string;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [msg, setMsg] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [pending, setPending] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setMsg(null);
    setErrors({});
    const fd = new FormData(form.current!);
    const payload: Record<string, unknown> = { pendampinganId, version };
    for (const f of fields) {
      const raw = String(fd.get(f.name) ?? "");
      if (f.type === "checkbox") payload[f.name] = fd.get(f.name) === "on";
      else if (f.type === "datetime") payload[f.name] = raw ? (localInputToIso(raw, timeZone) ?? "x") : "";
      else payload[f.name] = raw;
    }
    setPending(true);
    const res = await action(payload);
    setPending(false);
    if (res.ok) {
      setMsg({ tone: "success", text: res.message ?? "Tersimpan." });
      form.current?.reset();
      router.refresh();
    } else {
      const fe: Record<string, string | undefined> = {};
      for (const [k, m] of Object.entries(res.fieldErrors ?? {})) fe[k] = m?.[0];
      setErrors(fe);
      setMsg({ tone: "error", text: res.error });
    }
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="space-y-3" aria-label={label}>
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        const err = errors[f.name];
        if (f.type === "checkbox") {
          return (
            <div key={f.name}>
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input type="checkbox" name={f.name} defaultChecked={f.defaultChecked} className="mt-0.5 size-4 rounded border-slate-300" aria-invalid={err ? true : undefined} aria-describedby={err ? `${id}-error` : undefined} />
                <span>{f.label}{f.hint ? <span className="block text-xs text-slate-500">{f.hint}</span> : null}</span>
              </label>
              {err ? <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">{err}</p> : null}
            </div>
          );
        }
        const lbl = f.required ? `${f.label} *` : f.label;
        const props = { ...describedBy(id, err, f.hint), name: f.name, required: f.required };
        return (
          <Field key={f.name} id={id} label={lbl} hint={f.hint} error={err}>
            {f.type === "textarea" ? (
              <Textarea rows={3} defaultValue={f.defaultValue} placeholder={f.placeholder} {...props} />
            ) : f.type === "select" ? (
              <Select defaultValue={f.defaultValue ?? ""} {...props}>
                {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            ) : (
              <Input type={f.type === "datetime" ? "datetime-local" : f.type} defaultValue={f.defaultValue} max={f.max} placeholder={f.placeholder} {...props} />
            )}
          </Field>
        );
      })}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
