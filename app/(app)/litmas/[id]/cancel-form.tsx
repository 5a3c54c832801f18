"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { cancelLitmasAction } from "../actions";

export function CancelForm({ litmasId, version }: { litmasId: string; version: number }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    start(async () => {
      const res = await cancelLitmasAction({ litmasId, version, reason });
      if (res.ok) router.refresh();
      else setError(res.fieldErrors?.reason?.[0] ?? res.error);
    });
  };
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-red-700 hover:underline">Batalkan permintaan…</summary>
      <form onSubmit={submit} className="mt-3 space-y-3" aria-label="Batalkan permintaan litmas">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Field id="cancel-reason" label="Alasan pembatalan">
          <Textarea id="cancel-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <Button type="submit" variant="danger" size="sm" disabled={pending}>
          {pending ? <Spinner /> : null}
          {pending ? "Membatalkan…" : "Batalkan litmas"}
        </Button>
      </form>
    </details>
  );
}
