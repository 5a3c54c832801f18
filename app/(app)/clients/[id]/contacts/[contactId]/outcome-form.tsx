"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { CONTACT_OUTCOMES, type ContactOutcome } from "@/lib/domain/enums";
import { CONTACT_OUTCOME_LABEL } from "@/lib/domain/labels";
import { setContactOutcomeAction } from "../actions";

export function OutcomeForm({ contactId, notes }: { contactId: string; notes: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ text: string; fields: Record<string, string[] | undefined> } | null>(null);
  const [outcome, setOutcome] = useState<ContactOutcome>("HADIR");

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await setContactOutcomeAction({ contactId, outcome, excuseReason: fd.get("excuseReason") || undefined, notes: fd.get("notes") || undefined });
    setPending(false);
    if (res.ok) router.push(`/tasks`);
    else setError({ text: res.error, fields: res.fieldErrors ?? {} });
  }
  const err = (k: string) => error?.fields[k]?.[0];
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Isi hasil kontak">
      {error ? <Alert tone="error">{error.text}</Alert> : null}
      <Field id="outcome" label="Hasil">
        <Select {...describedBy("outcome")} value={outcome} onChange={(e) => setOutcome(e.target.value as ContactOutcome)}>
          {CONTACT_OUTCOMES.map((o) => <option key={o} value={o}>{CONTACT_OUTCOME_LABEL[o]}</option>)}
        </Select>
      </Field>
      {outcome === "IZIN" ? (
        <Field id="excuseReason" label="Alasan izin" error={err("excuseReason")}>
          <Input name="excuseReason" {...describedBy("excuseReason", err("excuseReason"))} />
        </Field>
      ) : null}
      <Field id="notes" label="Catatan" error={err("notes")}>
        <Textarea name="notes" rows={5} defaultValue={notes} {...describedBy("notes", err("notes"))} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Simpan hasil"}
      </Button>
    </form>
  );
}
