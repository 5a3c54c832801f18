"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors, SubmitButton } from "@/components/stages/form-bits";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { ZRevokeLetter, type RevokeLetterInput } from "@/lib/schemas/stages";
import { revokeLetterAction } from "./actions";

export function RevokeLetterButton({ letterId, number }: { letterId: string; number: string }) {
  const [open, setOpen] = useState(false);
  const [error, setErrorMsg] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<RevokeLetterInput>({ resolver: zodResolver(ZRevokeLetter), defaultValues: { letterId, reason: "" } });
  const { errors, isSubmitting } = formState;
  const id = `revoke-${letterId}`;
  const onSubmit = handleSubmit(async (values) => {
    setErrorMsg(null);
    const res = await revokeLetterAction(values);
    if (res.ok) {
      setOpen(false);
      return;
    }
    applyFieldErrors(res.fieldErrors, setError);
    setErrorMsg(res.error);
  });
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <Button variant="secondary" size="sm" aria-label={`Batalkan surat ${number}`}>Batalkan</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">Batalkan surat {number}?</AlertDialog.Title>
          <AlertDialog.Description className="mt-1 text-sm text-slate-600">
            Halaman verifikasi akan menyatakan surat ini dibatalkan. Pembatalan tidak dapat diurungkan.
          </AlertDialog.Description>
          <form onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
            {error ? <Alert tone="error">{error}</Alert> : null}
            <input type="hidden" {...register("letterId")} />
            <Field id={id} label="Alasan pembatalan" error={errors.reason?.message}>
              <Textarea rows={3} {...describedBy(id, errors.reason?.message)} {...register("reason")} />
            </Field>
            <div className="flex justify-end gap-2">
              {/* Not "Batal": beside "Batalkan surat" it would read as the same word. */}
              <AlertDialog.Cancel asChild><Button type="button" variant="secondary">Kembali</Button></AlertDialog.Cancel>
              <SubmitButton pending={isSubmitting} variant="danger" pendingLabel="Membatalkan…">Batalkan surat</SubmitButton>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
