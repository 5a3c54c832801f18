"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { LITMAS_PURPOSES } from "@/lib/domain/enums";
import { LITMAS_PURPOSE_LABEL } from "@/lib/domain/labels";
import { ZRequestLitmas, type RequestLitmasInput } from "@/lib/schemas/litmas";
import { requestLitmasAction } from "../actions";

type FormValues = { clientId: string; purpose: string; requesterInstitution: string; requesterLetterNumber?: string; requesterLetterDate?: string };

export function RequestLitmasForm({ clients, preselected }: { clients: { id: string; fullName: string; registerNumber: string }[]; preselected: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<FormValues, unknown, RequestLitmasInput>({
    resolver: zodResolver(ZRequestLitmas) as never,
    defaultValues: { clientId: preselected, purpose: "", requesterInstitution: "", requesterLetterNumber: "", requesterLetterDate: "" },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = formState;
  const busy = isSubmitting || (isSubmitSuccessful && !error);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await requestLitmasAction(values);
    if (res.ok && res.data) {
      router.push(`/litmas/${res.data.id}`);
      return;
    }
    if (!res.ok) {
      for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
        if (messages?.[0]) setFieldError(field as keyof FormValues, { message: messages[0] });
      }
      setError(res.error);
    }
  });

  const clientHint = "Klien aktif yang dapat Anda akses.";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Permintaan litmas">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="clientId" label="Klien" hint={clientHint} error={errors.clientId?.message}>
        <Select {...describedBy("clientId", errors.clientId?.message, clientHint)} {...register("clientId")}>
          <option value="">Pilih klien…</option>
          {clients.map((c) => <option key={c.id} value={c.id}>{c.fullName} ({c.registerNumber})</option>)}
        </Select>
      </Field>
      <p className="-mt-2 text-sm text-slate-600">
        Klien belum terdaftar? <Link href="/clients/new?lanjut=litmas" className="font-medium text-brand-700 hover:underline">Daftarkan klien baru</Link>; setelah tersimpan Anda kembali ke permintaan ini.
      </p>
      <Field id="purpose" label="Tujuan litmas" error={errors.purpose?.message}>
        <Select {...describedBy("purpose", errors.purpose?.message)} {...register("purpose")}>
          <option value="">Pilih tujuan…</option>
          {LITMAS_PURPOSES.map((p) => <option key={p} value={p}>{LITMAS_PURPOSE_LABEL[p]}</option>)}
        </Select>
      </Field>
      <Field id="requesterInstitution" label="Instansi peminta" hint="mis. Lapas Kelas I Cipinang, Polres Jakarta Selatan, Pengadilan Negeri" error={errors.requesterInstitution?.message}>
        <Input {...describedBy("requesterInstitution", errors.requesterInstitution?.message, "ada")} {...register("requesterInstitution")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="requesterLetterNumber" label="Nomor surat permintaan (jika ada)" error={errors.requesterLetterNumber?.message}>
          <Input {...describedBy("requesterLetterNumber", errors.requesterLetterNumber?.message)} {...register("requesterLetterNumber")} />
        </Field>
        <Field id="requesterLetterDate" label="Tanggal surat" error={errors.requesterLetterDate?.message}>
          <Input type="date" {...describedBy("requesterLetterDate", errors.requesterLetterDate?.message)} {...register("requesterLetterDate")} />
        </Field>
      </div>
      <Alert tone="info">
        Tenggat: diversi 3 hari sejak permintaan diterima; integrasi (PB, CB, CMB), asimilasi dan pemindahan 7 hari sejak disposisi kepada PK; tujuan lain mengikuti pengaturan kantor.
      </Alert>
      <Button type="submit" disabled={busy}>
        {busy ? <Spinner /> : null}
        {busy ? "Menyimpan…" : "Catat permintaan"}
      </Button>
    </form>
  );
}
