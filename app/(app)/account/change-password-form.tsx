"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { PASSWORD_MIN, ZChangePassword, type ChangePasswordInput } from "@/lib/schemas/auth";
import { changePasswordAction } from "./actions";

/** `afterChange`: where to go once the password is changed (the forced change goes home). */
export function ChangePasswordForm({ afterChange, currentLabel = "Kata sandi saat ini" }: { afterChange?: string; currentLabel?: string } = {}) {
  const router = useRouter();
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangePasswordInput>({ resolver: zodResolver(ZChangePassword) });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = await changePasswordAction(values);
    if (res.ok) {
      if (afterChange) {
        router.replace(afterChange);
        router.refresh();
        return;
      }
      reset();
      const ended = res.data?.endedSessions ?? 0;
      setResult({ tone: "success", text: `${res.message}${ended ? ` ${ended} sesi lain diakhiri.` : ""}` });
      return;
    }
    for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
      if (messages?.[0]) setError(field as keyof ChangePasswordInput, { message: messages[0] });
    }
    setResult({ tone: "error", text: res.error });
  });

  const hint = `Minimal ${PASSWORD_MIN} karakter, gabungan huruf dan angka.`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Ganti kata sandi">
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <Field id="currentPassword" label={currentLabel} error={errors.currentPassword?.message}>
        <Input type="password" autoComplete="current-password" {...describedBy("currentPassword", errors.currentPassword?.message)} {...register("currentPassword")} />
      </Field>
      <Field id="newPassword" label="Kata sandi baru" hint={hint} error={errors.newPassword?.message}>
        <Input type="password" autoComplete="new-password" {...describedBy("newPassword", errors.newPassword?.message, hint)} {...register("newPassword")} />
      </Field>
      <Field id="confirmPassword" label="Ulangi kata sandi baru" error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...describedBy("confirmPassword", errors.confirmPassword?.message)} {...register("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? <Spinner /> : null}
        {isSubmitting ? "Menyimpan…" : "Simpan kata sandi"}
      </Button>
    </form>
  );
}
