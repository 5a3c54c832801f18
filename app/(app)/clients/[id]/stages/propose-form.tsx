"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors, SubmitButton } from "@/components/stages/form-bits";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import type { StageKind } from "@/lib/domain/enums";
import { STAGE_LABEL } from "@/lib/domain/labels";
import { ZProposeTransition, type ProposeTransitionInput } from "@/lib/schemas/stages";
import { proposeTransitionAction, replanStagesAction, withdrawTransitionAction } from "./actions";

export function ProposeForm({ clientId, toStage }: { clientId: string; toStage: StageKind }) {
  const router = useRouter();
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ProposeTransitionInput>({
    resolver: zodResolver(ZProposeTransition),
    defaultValues: { clientId, toStage, pkAssessment: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = await proposeTransitionAction(values);
    if (res.ok) {
      reset();
      setResult({ tone: "success", text: res.message ?? "Tersimpan." });
      router.replace(`/clients/${clientId}/stages?pesan=usulan`, { scroll: false });
      return;
    }
    applyFieldErrors(res.fieldErrors, setError);
    setResult({ tone: "error", text: res.error });
  });
  const hint = "Perkembangan klien selama tahap ini, kesiapan untuk tahap berikutnya, dan rencana program (minimal 20 karakter).";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Usulkan tahap berikutnya">
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <input type="hidden" {...register("clientId")} />
      <input type="hidden" {...register("toStage")} />
      <Field id="pkAssessment" label={`Penilaian PK: usulan ke ${STAGE_LABEL[toStage].toLowerCase()}`} hint={hint} error={errors.pkAssessment?.message}>
        <Textarea rows={5} {...describedBy("pkAssessment", errors.pkAssessment?.message, hint)} {...register("pkAssessment")} />
      </Field>
      <SubmitButton pending={isSubmitting}>Kirim usulan ke sidang TPP</SubmitButton>
    </form>
  );
}

export function WithdrawButton({ transitionId, clientId }: { transitionId: string; clientId: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await withdrawTransitionAction({ transitionId }, clientId);
            setError(res.ok ? null : res.error);
          })
        }
      >
        {pending ? <Spinner /> : null}
        {pending ? "Menarik…" : "Tarik usulan"}
      </Button>
      {error ? <p role="alert" className="mt-1 text-xs text-red-700">{error}</p> : null}
    </div>
  );
}

export function ReplanButton({ clientId }: { clientId: string }) {
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await replanStagesAction(clientId);
            setMsg(res.ok ? { tone: "success", text: res.message ?? "Tersimpan." } : { tone: "error", text: res.error });
          })
        }
      >
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Perbarui rencana tahap"}
      </Button>
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
    </div>
  );
}
