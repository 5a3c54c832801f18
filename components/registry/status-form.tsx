"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { deleteClientAction, recordDeathAction } from "@/app/(app)/clients/_registry/actions";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { ZDeleteClient, ZRecordClientDeath, type DeleteClientInput, type RecordClientDeathInput } from "@/lib/schemas/client";

/** Records the client's death with its evidence: the one status change made by hand. */
export function DeathForm({ id, version, today }: { id: string; version: number; today: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<RecordClientDeathInput>({
    resolver: zodResolver(ZRecordClientDeath),
    defaultValues: { id, version, effectiveDate: today, evidence: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await recordDeathAction(values);
    if (res.ok) {
      router.push(`/clients/${id}?saved=status`);
      router.refresh();
      return;
    }
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) if (m?.[0]) setFieldError(k as keyof RecordClientDeathInput, { message: m[0] });
    setError(res.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Catat klien meninggal dunia">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="effectiveDate" label="Tanggal meninggal" error={errors.effectiveDate?.message}>
        <Input type="date" max={today} {...describedBy("effectiveDate", errors.effectiveDate?.message)} {...register("effectiveDate")} />
      </Field>
      <Field id="evidence" label="Bukti kematian" hint="mis. Surat Keterangan Kematian No. 474.3/112/2026 dari Kelurahan Tallo." error={errors.evidence?.message}>
        <Textarea rows={3} {...describedBy("evidence", errors.evidence?.message, "hint")} {...register("evidence")} />
      </Field>
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? <Spinner /> : null}
        {isSubmitting ? "Menyimpan…" : "Catat meninggal dunia"}
      </Button>
    </form>
  );
}

export function DeleteClientForm({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<DeleteClientInput>({
    resolver: zodResolver(ZDeleteClient),
    defaultValues: { id, version, reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    if (!window.confirm("Hapus klien ini dari daftar? Riwayatnya tetap tersimpan dan tercatat di log audit.")) return;
    const res = await deleteClientAction(values);
    if (res.ok) {
      router.push("/clients?deleted=1");
      router.refresh();
      return;
    }
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) if (m?.[0]) setFieldError(k as keyof DeleteClientInput, { message: m[0] });
    setError(res.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Hapus klien">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="deleteReason" label="Alasan penghapusan" hint="mis. data ganda, salah input." error={errors.reason?.message}>
        <Textarea rows={2} {...describedBy("deleteReason", errors.reason?.message, "hint")} {...register("reason")} />
      </Field>
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? <Spinner /> : null}
        {isSubmitting ? "Menghapus…" : "Hapus klien"}
      </Button>
    </form>
  );
}
