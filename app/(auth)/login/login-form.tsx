"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { loginErrorMessage } from "@/lib/auth-messages";
import { ZLogin, type LoginInput } from "@/lib/schemas/auth";

export function LoginForm({ initialError, next = "/" }: { initialError: string | null; next?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError && initialError !== "SessionRequired" ? loginErrorMessage(initialError) : null);
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(ZLogin) });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      setError(loginErrorMessage(res?.error));
      return;
    }
    router.replace(next);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Formulir masuk">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="username" inputMode="email" autoFocus {...describedBy("email", errors.email?.message)} {...register("email")} />
      </Field>
      <Field id="password" label="Kata sandi" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...describedBy("password", errors.password?.message)} {...register("password")} />
      </Field>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? <Spinner /> : null}
        {isSubmitting ? "Memeriksa…" : "Masuk"}
      </Button>
    </form>
  );
}
