"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors, SubmitButton } from "@/components/stages/form-bits";
import { Alert } from "@/components/ui/alert";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { APPROACHES, GUIDANCE_GROUPS, GUIDANCE_PROGRAM_STATUSES, PARTNER_TYPES, PROGRAM_RATINGS, STAGE_KINDS, type ProgramRating, type StageKind } from "@/lib/domain/enums";
import { APPROACH_LABEL, GUIDANCE_PROGRAM_STATUS_LABEL, GUIDANCE_TYPE_LABEL, PARTNER_TYPE_LABEL, PROGRAM_RATING_LABEL, STAGE_LABEL } from "@/lib/domain/labels";
import { ZCreateProgram, ZRecordProgramProgress, type CreateProgramInput, type RecordProgramProgressInput } from "@/lib/schemas/stages";
import { createProgramAction, recordProgressAction } from "./actions";

type Msg = { tone: "error" | "success"; text: string } | null;

export function ProgramForm({ clientId, stage, defaultStart, defaultEnd }: { clientId: string; stage: StageKind; defaultStart: string; defaultEnd: string }) {
  const [result, setResult] = useState<Msg>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<CreateProgramInput>({
    resolver: zodResolver(ZCreateProgram),
    defaultValues: { clientId, stage, guidanceType: "MENTAL", approach: "INDIVIDUAL", title: "", objectives: "", clientGoals: "", partnerType: "", partnerName: "", plannedStart: defaultStart, plannedEnd: defaultEnd },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = await createProgramAction(values);
    if (res.ok) {
      reset();
      setResult({ tone: "success", text: res.message ?? "Tersimpan." });
      return;
    }
    applyFieldErrors(res.fieldErrors, setError);
    setResult({ tone: "error", text: res.error });
  });
  const e = errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" aria-label="Tambah program bimbingan">
      {result ? <Alert tone={result.tone} className="sm:col-span-2">{result.text}</Alert> : null}
      <input type="hidden" {...register("clientId")} />
      <Field id="p-title" label="Nama kegiatan" error={e.title?.message} className="sm:col-span-2">
        <Input {...describedBy("p-title", e.title?.message)} {...register("title")} />
      </Field>
      <Field id="p-stage" label="Tahap" error={e.stage?.message}>
        <Select {...describedBy("p-stage", e.stage?.message)} {...register("stage")}>
          {STAGE_KINDS.map((s) => <option key={s} value={s}>{STAGE_LABEL[s]}</option>)}
        </Select>
      </Field>
      <Field id="p-type" label="Jenis bimbingan" error={e.guidanceType?.message}>
        <Select {...describedBy("p-type", e.guidanceType?.message)} {...register("guidanceType")}>
          {GUIDANCE_GROUPS.map((g) => (
            <optgroup key={g.id} label={g.label}>
              {g.types.map((s) => <option key={s} value={s}>{GUIDANCE_TYPE_LABEL[s]}</option>)}
            </optgroup>
          ))}
        </Select>
      </Field>
      <Field id="p-approach" label="Pendekatan" error={e.approach?.message}>
        <Select {...describedBy("p-approach", e.approach?.message)} {...register("approach")}>
          {APPROACHES.map((s) => <option key={s} value={s}>{APPROACH_LABEL[s]}</option>)}
        </Select>
      </Field>
      <Field id="p-partnerType" label="Mitra (jika ada)" error={e.partnerType?.message}>
        <Select {...describedBy("p-partnerType", e.partnerType?.message)} {...register("partnerType")}>
          <option value="">Tanpa mitra</option>
          {PARTNER_TYPES.map((s) => <option key={s} value={s}>{PARTNER_TYPE_LABEL[s]}</option>)}
        </Select>
      </Field>
      <Field id="p-partnerName" label="Nama mitra" error={e.partnerName?.message}>
        <Input placeholder="mis. BLK Jakarta Selatan" {...describedBy("p-partnerName", e.partnerName?.message)} {...register("partnerName")} />
      </Field>
      <Field id="p-start" label="Mulai" error={e.plannedStart?.message}>
        <Input type="date" {...describedBy("p-start", e.plannedStart?.message)} {...register("plannedStart")} />
      </Field>
      <Field id="p-end" label="Selesai" error={e.plannedEnd?.message}>
        <Input type="date" {...describedBy("p-end", e.plannedEnd?.message)} {...register("plannedEnd")} />
      </Field>
      <Field id="p-objectives" label="Tujuan" error={e.objectives?.message} className="sm:col-span-2">
        <Textarea rows={3} {...describedBy("p-objectives", e.objectives?.message)} {...register("objectives")} />
      </Field>
      <Field id="p-goals" label="Tujuan menurut klien" hint="Apa yang ingin dicapai klien sendiri, dari perencanaan bersama klien (partisipatif)." error={e.clientGoals?.message} className="sm:col-span-2">
        <Textarea rows={2} {...describedBy("p-goals", e.clientGoals?.message, "x")} {...register("clientGoals")} />
      </Field>
      <div className="sm:col-span-2">
        <SubmitButton pending={isSubmitting}>Simpan program</SubmitButton>
      </div>
    </form>
  );
}

export function ProgressForm({ programId, clientId, rating, status, today, title }: { programId: string; clientId: string; rating: ProgramRating | null; status: "PLANNED" | "ONGOING"; today: string; title: string }) {
  const [result, setResult] = useState<Msg>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<RecordProgramProgressInput>({
    resolver: zodResolver(ZRecordProgramProgress),
    defaultValues: { programId, occurredOn: today, description: "", rating: rating ?? undefined, status: status === "PLANNED" ? "ONGOING" : status },
  });
  const { errors, isSubmitting } = formState;
  const id = (s: string) => `${s}-${programId}`;
  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = await recordProgressAction(values, clientId);
    if (res.ok) {
      reset({ ...values, description: "" });
      setResult({ tone: "success", text: res.message ?? "Tersimpan." });
      return;
    }
    applyFieldErrors(res.fieldErrors, setError);
    setResult({ tone: "error", text: res.error });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3" aria-label={`Catat penilaian: ${title}`}>
      {result ? <Alert tone={result.tone} className="sm:col-span-3">{result.text}</Alert> : null}
      <input type="hidden" {...register("programId")} />
      <Field id={id("on")} label="Tanggal" error={errors.occurredOn?.message}>
        <Input type="date" {...describedBy(id("on"), errors.occurredOn?.message)} {...register("occurredOn")} />
      </Field>
      <Field id={id("rating")} label="Penilaian" error={errors.rating?.message}>
        <Select {...describedBy(id("rating"), errors.rating?.message)} {...register("rating")}>
          <option value="">Pilih penilaian</option>
          {PROGRAM_RATINGS.map((r) => <option key={r} value={r}>{PROGRAM_RATING_LABEL[r]}</option>)}
        </Select>
      </Field>
      <Field id={id("st")} label="Status" error={errors.status?.message}>
        <Select {...describedBy(id("st"), errors.status?.message)} {...register("status")}>
          {GUIDANCE_PROGRAM_STATUSES.map((s) => <option key={s} value={s}>{GUIDANCE_PROGRAM_STATUS_LABEL[s]}</option>)}
        </Select>
      </Field>
      <Field id={id("desc")} label="Uraian penilaian" error={errors.description?.message} className="sm:col-span-3">
        <Textarea rows={2} {...describedBy(id("desc"), errors.description?.message)} {...register("description")} />
      </Field>
      <div className="sm:col-span-3">
        <SubmitButton pending={isSubmitting}>Simpan penilaian</SubmitButton>
      </div>
    </form>
  );
}
