"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changeStatusAction, deleteClientAction } from "@/app/(app)/clients/_registry/actions";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { CLOSING_STATUSES } from "@/lib/domain/enums";
import { CLIENT_STATUS_LABEL } from "@/lib/domain/labels";
import { ZChangeClientStatus, ZDeleteClient, type ChangeClientStatusInput, type DeleteClientInput } from "@/lib/schemas/client";

export function StatusForm({ id, version, today }: { id: string; version: number; today: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<ChangeClientStatusInput>({
    resolver: zodResolver(ZChangeClientStatus),
    defaultValues: { id, version, toStatus: "SELESAI", effectiveDate: today, reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await changeStatusAction(values);
    if (res.ok) {
      router.push(`/clients/${id}?saved=status`);
      router.refresh();
      return;
    }
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) if (m?.[0]) setFieldError(k as keyof ChangeClientStatusInput, { message: m[0] });
    setError(res.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Ubah status klien">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="toStatus" label="Status baru" error={errors.toStatus?.message}>
        <Select {...describedBy("toStatus", errors.toStatus?.message)} {...register("toStatus")}>
          {CLOSING_STATUSES.map((s) => <option key={s} value={s}>{CLIENT_STATUS_LABEL[s]}</option>)}
        </Select>
      </Field>
      <Field id="effectiveDate" label="Tanggal berlaku" error={errors.effectiveDate?.message}>
        <Input type="date" max={today} {...describedBy("effectiveDate", errors.effectiveDate?.message)} {...register("effectiveDate")} />
      </Field>
      <Field id="reason" label="Alasan" hint="mis. masa bimbingan berakhir, nomor SK pencabutan, atau surat keterangan kematian." error={errors.reason?.message}>
        <Textarea rows={3} {...describedBy("reason", errors.reason?.message, "hint")} {...register("reason")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? <Spinner /> : null}
        {isSubmitting ? "Menyimpan…" : "Simpan status"}
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
