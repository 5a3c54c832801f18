"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/stages/form-bits";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { ZDecideTransition, type DecideTransitionInput } from "@/lib/schemas/stages";
import { decideTransitionAction } from "./actions";

export function DecideForm({ transitionId, clientName }: { transitionId: string; clientName: string }) {
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const router = useRouter();
  const [choice, setChoice] = useState<"APPROVE" | "REJECT" | null>(null);
  const { register, handleSubmit, formState, setError, setValue } = useForm<DecideTransitionInput>({
    resolver: zodResolver(ZDecideTransition),
    defaultValues: { transitionId, decision: "APPROVE", reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const submit = (decision: "APPROVE" | "REJECT") => {
    setChoice(decision);
    setValue("decision", decision);
    return handleSubmit(async (values) => {
      setResult(null);
      const res = await decideTransitionAction(values);
      if (res.ok) {
        setResult({ tone: "success", text: res.message ?? "Tersimpan." });
        router.replace(`/transitions?keputusan=${res.data?.status === "APPROVED" ? "disetujui" : "ditolak"}`, { scroll: false });
        return;
      }
      applyFieldErrors(res.fieldErrors, setError);
      setResult({ tone: "error", text: res.error });
    })();
  };
  const id = `reason-${transitionId}`;
  if (result?.tone === "success") return <Alert tone="success">{result.text}</Alert>;
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-3" aria-label={`Keputusan untuk ${clientName}`}>
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <Field id={id} label="Alasan keputusan" error={errors.reason?.message}>
        <Textarea rows={2} {...describedBy(id, errors.reason?.message)} {...register("reason")} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={isSubmitting} onClick={() => submit("APPROVE")}>
          {isSubmitting && choice === "APPROVE" ? <Spinner /> : null}
          {isSubmitting && choice === "APPROVE" ? "Menyimpan…" : "Setujui"}
        </Button>
        <Button type="button" variant="danger" disabled={isSubmitting} onClick={() => submit("REJECT")}>
          {isSubmitting && choice === "REJECT" ? <Spinner /> : null}
          {isSubmitting && choice === "REJECT" ? "Menyimpan…" : "Tolak"}
        </Button>
      </div>
    </form>
  );
}
