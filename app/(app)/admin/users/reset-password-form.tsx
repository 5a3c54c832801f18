"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/schemas/auth";
import { resetUserPasswordAction } from "./actions";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string; field?: string } | null>(null);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setResult(null);
    const res = await resetUserPasswordAction({ id: userId, password });
    setPending(false);
    if (res.ok) {
      setPassword("");
      setResult({ tone: "success", text: `${res.message}${res.data?.endedSessions ? ` ${res.data.endedSessions} sesi diakhiri.` : ""}` });
    } else setResult({ tone: "error", text: res.error, field: res.fieldErrors?.password?.[0] });
  }
  const hint = `Minimal ${PASSWORD_MIN} karakter, huruf dan angka. Sampaikan kepada pengguna secara langsung.`;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Atur ulang kata sandi">
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <Field id="new-password" label="Kata sandi baru" hint={hint} error={result?.field}>
        <Input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} {...describedBy("new-password", result?.field, hint)} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending || password.length === 0}>
        {pending ? <Spinner /> : null}
        Simpan kata sandi baru
      </Button>
    </form>
  );
}
