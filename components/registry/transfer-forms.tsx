"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { decideTransferAction, requestTransferAction } from "@/app/(app)/clients/_registry/actions";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { ZRequestTransfer, type RequestTransferInput } from "@/lib/schemas/client";

export function RequestTransferForm({ clientId, offices }: { clientId: string; offices: { id: string; name: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<RequestTransferInput>({
    resolver: zodResolver(ZRequestTransfer),
    defaultValues: { clientId, toOfficeId: "", reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await requestTransferAction(values);
    if (res.ok) {
      router.push("/transfers?sent=1");
      router.refresh();
      return;
    }
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) if (m?.[0]) setFieldError(k as keyof RequestTransferInput, { message: m[0] });
    setError(res.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Minta pelimpahan bimbingan">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="toOfficeId" label="Bapas tujuan" error={errors.toOfficeId?.message}>
        <Select {...describedBy("toOfficeId", errors.toOfficeId?.message)} {...register("toOfficeId")}>
          <option value="">— Pilih Bapas —</option>
          {offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </Select>
      </Field>
      <Field id="reason" label="Alasan pelimpahan" hint="mis. klien pindah domisili, dengan alamat baru." error={errors.reason?.message}>
        <Textarea rows={3} {...describedBy("reason", errors.reason?.message, "hint")} {...register("reason")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? <Spinner /> : null}
        {isSubmitting ? "Mengirim…" : "Kirim permintaan"}
      </Button>
    </form>
  );
}

/** Accept / refuse (target office) or cancel (origin office) an open transfer. */
export function TransferDecision({ transferId, version, side }: { transferId: string; version: number; side: "in" | "out" }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function decide(decision: "ACCEPT" | "REFUSE" | "CANCEL") {
    setError(null);
    setPending(decision);
    const res = await decideTransferAction({ transferId, version, decision, note });
    setPending(null);
    if (!res.ok) return setError(res.fieldErrors?.note?.[0] ?? res.error);
    router.refresh();
  }
  const noteId = `note-${transferId}`;
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div>
        <label htmlFor={noteId} className="sr-only">Catatan jawaban</label>
        <Input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} placeholder={side === "in" ? "Catatan (wajib bila menolak)" : "Alasan pembatalan"} />
      </div>
      <div className="flex flex-wrap gap-2">
        {side === "in" ? (
          <>
            <Button size="sm" disabled={!!pending} onClick={() => decide("ACCEPT")}>{pending === "ACCEPT" ? <Spinner /> : null}Terima</Button>
            <Button size="sm" variant="secondary" disabled={!!pending} onClick={() => decide("REFUSE")}>{pending === "REFUSE" ? <Spinner /> : null}Tolak</Button>
          </>
        ) : (
          <Button size="sm" variant="secondary" disabled={!!pending} onClick={() => decide("CANCEL")}>{pending === "CANCEL" ? <Spinner /> : null}Batalkan permintaan</Button>
        )}
      </div>
    </div>
  );
}
