"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors, SubmitButton } from "@/components/stages/form-bits";
import { Alert } from "@/components/ui/alert";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { ZIssueLetter, type IssueLetterInput } from "@/lib/schemas/stages";
import { issueLetterAction } from "./actions";

export function IssueLetterForm({ clientId, defaultStatement, early = false }: { clientId: string; defaultStatement: string; early?: boolean }) {
  const router = useRouter();
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string; letterId?: string } | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<IssueLetterInput>({
    resolver: zodResolver(ZIssueLetter),
    defaultValues: { clientId, statement: defaultStatement, early, earlyReason: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = await issueLetterAction(values);
    if (res.ok) {
      setResult({ tone: "success", text: `${res.message} Nomor ${res.data?.number}.`, letterId: res.data?.id });
      router.replace(`/clients/${clientId}/stages?pesan=surat#surat`, { scroll: false });
      return;
    }
    applyFieldErrors(res.fieldErrors, setError);
    setResult({ tone: "error", text: res.error });
  });
  const hint = "Status klien menjadi Selesai dan surat diberi nomor kantor saat diterbitkan.";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Terbitkan surat keterangan akhir pembimbingan">
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <input type="hidden" {...register("clientId")} />
      {early ? (
        <Field id="earlyReason" label="Alasan pembimbingan diakhiri lebih awal" error={errors.earlyReason?.message}>
          <Textarea rows={2} {...describedBy("earlyReason", errors.earlyReason?.message)} {...register("earlyReason")} />
        </Field>
      ) : null}
      <Field id="statement" label="Pernyataan dalam surat" hint={hint} error={errors.statement?.message}>
        <Textarea rows={5} {...describedBy("statement", errors.statement?.message, hint)} {...register("statement")} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingLabel="Menerbitkan…">{early ? "Akhiri pembimbingan dan terbitkan surat" : "Terbitkan surat"}</SubmitButton>
    </form>
  );
}
