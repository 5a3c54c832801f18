"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { PreparationStep } from "@/lib/domain/end-preparation";
import { recordPreparationStepAction } from "./actions";

type Res = { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

type ContactOption = { id: string; label: string };

/** One step's form: done (the activity, or a date and a note) or not needed with a reason. The activities that fit the step are listed first. */
export function PreparationStepForm({ clientId, step, label, contacts, today }: {
  clientId: string; step: PreparationStep; label: string; contacts: { fitting: ContactOption[]; others: ContactOption[] }; today: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<Res | null>(null);
  const [state, setState] = useState<"DONE" | "NOT_NEEDED">("DONE");
  const err = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  const p = `prep-${step}`;
  return (
    <form
      noValidate
      aria-label={`Catat: ${label}`}
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        setPending(true);
        setRes(null);
        const r = await recordPreparationStepAction({ clientId, step, state, contactId: fd.get("contactId") || undefined, doneOn: fd.get("doneOn") || undefined, note: fd.get("note") ?? "" });
        setPending(false);
        setRes(r);
        if (r.ok) router.refresh();
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Keadaan</legend>
        <label className="flex items-center gap-1.5"><input type="radio" name={`${p}-state`} checked={state === "DONE"} onChange={() => setState("DONE")} className="size-4" /> Sudah dilaksanakan</label>
        <label className="flex items-center gap-1.5"><input type="radio" name={`${p}-state`} checked={state === "NOT_NEEDED"} onChange={() => setState("NOT_NEEDED")} className="size-4" /> Tidak diperlukan</label>
      </fieldset>
      {state === "DONE" ? (
        <div className="grid gap-3">
          <Field id={`${p}-contact`} label="Kegiatan bimbingan" error={err("contactId")}>
            <Select name="contactId" defaultValue="" {...describedBy(`${p}-contact`, err("contactId"))}>
              <option value="">Tidak tercatat sebagai kegiatan</option>
              {contacts.fitting.length ? (
                <optgroup label="Sesuai langkah ini">
                  {contacts.fitting.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
                </optgroup>
              ) : null}
              {contacts.others.length ? (
                <optgroup label={contacts.fitting.length ? "Kegiatan lain" : "Kegiatan bimbingan klien"}>
                  {contacts.others.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
                </optgroup>
              ) : null}
            </Select>
          </Field>
          <Field id={`${p}-date`} label="Tanggal (bila bukan kegiatan)" error={err("doneOn")}>
            <Input type="date" name="doneOn" max={today} {...describedBy(`${p}-date`, err("doneOn"))} />
          </Field>
        </div>
      ) : null}
      <Field id={`${p}-note`} label={state === "DONE" ? "Catatan" : "Alasan tidak diperlukan"} error={err("note")}>
        <Textarea name="note" rows={2} {...describedBy(`${p}-note`, err("note"))} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Simpan langkah"}
      </Button>
    </form>
  );
}
