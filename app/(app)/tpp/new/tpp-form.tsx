"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { SubmitButton } from "@/components/stages/form-bits";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { TPP_RECOMMENDATIONS } from "@/lib/domain/enums";
import { REVOCATION_TPP_RECOMMENDATION_LABEL, TPP_RECOMMENDATION_LABEL } from "@/lib/domain/labels";
import { tppFormToInput, ZTppSessionForm, type TppSessionFormInput } from "@/lib/schemas/stages";
import { recordTppSessionAction } from "../actions";

export interface TppProposal {
  id: string;
  clientName: string;
  registerNumber: string;
  label: string;
  detail: React.ReactNode;
}

/** A submitted integrasi or asimilasi litmas the session can discuss. */
export interface TppLitmas {
  id: string;
  personName: string;
  label: string;
  detail: React.ReactNode;
}

/** A revocation proceeding with the PK's report, waiting for the TPP's recommendation. */
export interface TppRevocation {
  id: string;
  clientName: string;
  registerNumber: string;
  label: string;
  detail: React.ReactNode;
}

export function TppForm({ proposals, litmas = [], revocations = [], today, defaultMembers }: { proposals: TppProposal[]; litmas?: TppLitmas[]; revocations?: TppRevocation[]; today: string; defaultMembers: { name: string; role: string }[] }) {
  const router = useRouter();
  const [error, setErrorMsg] = useState<string | null>(null);
  const { register, handleSubmit, formState, control } = useForm<TppSessionFormInput>({
    resolver: zodResolver(ZTppSessionForm),
    defaultValues: {
      heldOn: today, location: "Ruang sidang TPP", chairName: defaultMembers[0]?.name ?? "", members: defaultMembers, minutes: "",
      items: proposals.map((p) => ({ transitionId: p.id, include: false, recommendation: "SETUJU", notes: "" })),
      litmasItems: litmas.map((l) => ({ litmasId: l.id, include: false, recommendation: "SETUJU", notes: "" })),
      revocationItems: revocations.map((r) => ({ revocationId: r.id, include: false, recommendation: "SETUJU", notes: "" })),
    },
  });
  // "Hapus Ahmad": each remove button says which member it removes.
  const memberNames = useWatch({ control, name: "members" });
  const members = useFieldArray({ control, name: "members" });
  const { errors, isSubmitting } = formState;
  const items = useWatch({ control, name: "items" });
  const litmasItems = useWatch({ control, name: "litmasItems" });
  const revocationItems = useWatch({ control, name: "revocationItems" });
  const onSubmit = handleSubmit(async (values) => {
    setErrorMsg(null);
    const res = await recordTppSessionAction(tppFormToInput(ZTppSessionForm.parse(values)));
    if (res.ok) {
      router.push("/tpp?tercatat=1");
      return;
    }
    const fe = Object.entries(res.fieldErrors ?? {}).map(([, m]) => m?.[0]).filter(Boolean);
    setErrorMsg([res.error, ...fe].join(" "));
  });
  const itemsError = (errors.items as { root?: { message?: string }; message?: string } | undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Catat sidang TPP">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Sidang</legend>
        <Field id="heldOn" label="Tanggal sidang" error={errors.heldOn?.message}>
          <Input type="date" max={today} {...describedBy("heldOn", errors.heldOn?.message)} {...register("heldOn")} />
        </Field>
        <Field id="location" label="Tempat" error={errors.location?.message}>
          <Input {...describedBy("location", errors.location?.message)} {...register("location")} />
        </Field>
        <Field id="chairName" label="Ketua sidang" error={errors.chairName?.message}>
          <Input {...describedBy("chairName", errors.chairName?.message)} {...register("chairName")} />
        </Field>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-900">Anggota TPP yang hadir</legend>
        {errors.members?.message ? <p className="mb-2 text-xs font-medium text-red-700">{errors.members.message}</p> : null}
        <ul className="space-y-2">
          {members.fields.map((f, i) => (
            <li key={f.id} className="grid items-end gap-2 rounded-md border border-slate-100 p-2 sm:grid-cols-[minmax(0,1fr)_12rem_12rem] sm:border-0 sm:p-0">
              <Field id={`m-name-${i}`} label={`Nama anggota ${i + 1}`} error={errors.members?.[i]?.name?.message}>
                <Input {...describedBy(`m-name-${i}`, errors.members?.[i]?.name?.message)} {...register(`members.${i}.name`)} />
              </Field>
              <Field id={`m-role-${i}`} label="Jabatan" error={errors.members?.[i]?.role?.message}>
                <Input {...describedBy(`m-role-${i}`, errors.members?.[i]?.role?.message)} {...register(`members.${i}.role`)} />
              </Field>
              <Button type="button" variant="ghost" size="sm" className="max-w-full justify-self-start" onClick={() => members.remove(i)}><span className="truncate">Hapus {memberNames?.[i]?.name?.trim() || `anggota ${i + 1}`}</span></Button>
            </li>
          ))}
        </ul>
        <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={() => members.append({ name: "", role: "Anggota" })}>Tambah anggota</Button>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-900">Usulan yang dibahas dan rekomendasinya</legend>
        {itemsError?.root?.message || itemsError?.message ? <p className="mb-2 text-xs font-medium text-red-700" role="alert">{itemsError?.root?.message ?? itemsError?.message}</p> : null}
        {proposals.length === 0 ? <p className="text-sm text-slate-600">Tidak ada usulan perubahan tahap yang menunggu sidang.</p> : null}
        <ul className="space-y-3">
          {proposals.map((p, i) => (
            <li key={p.id} className="rounded-md border border-slate-200 p-3">
              <label className="flex items-start gap-2">
                <input type="checkbox" className="mt-1 size-4" {...register(`items.${i}.include`)} />
                <span>
                  <span className="font-medium">{p.clientName}</span> <span className="font-mono text-xs text-slate-500">{p.registerNumber}</span>
                  <span className="block text-sm text-slate-700">{p.label}</span>
                </span>
              </label>
              <div className="mt-2 text-sm">{p.detail}</div>
              {items?.[i]?.include ? (
                <div className="mt-3 grid gap-3 sm:grid-cols-[12rem_1fr]">
                  <Field id={`rec-${i}`} label={`Rekomendasi untuk ${p.clientName}`}>
                    <Select id={`rec-${i}`} {...register(`items.${i}.recommendation`)}>
                      {TPP_RECOMMENDATIONS.map((r) => <option key={r} value={r}>{TPP_RECOMMENDATION_LABEL[r]}</option>)}
                    </Select>
                  </Field>
                  <Field id={`notes-${i}`} label="Catatan TPP">
                    <Input id={`notes-${i}`} {...register(`items.${i}.notes`)} />
                  </Field>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </fieldset>

      {litmas.length > 0 ? (
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-slate-900">Litmas integrasi dan asimilasi yang dibahas</legend>
          <ul className="space-y-3">
            {litmas.map((l, i) => (
              <li key={l.id} className="rounded-md border border-slate-200 p-3">
                <label className="flex items-start gap-2">
                  <input type="checkbox" className="mt-1 size-4" {...register(`litmasItems.${i}.include`)} />
                  <span>
                    <span className="font-medium">{l.personName}</span>
                    <span className="block text-sm text-slate-700">{l.label}</span>
                  </span>
                </label>
                <div className="mt-2 text-sm">{l.detail}</div>
                {litmasItems?.[i]?.include ? (
                  <div className="mt-3 grid gap-3 sm:grid-cols-[12rem_1fr]">
                    <Field id={`lrec-${i}`} label={`Rekomendasi untuk ${l.personName}`}>
                      <Select id={`lrec-${i}`} {...register(`litmasItems.${i}.recommendation`)}>
                        {TPP_RECOMMENDATIONS.map((r) => <option key={r} value={r}>{TPP_RECOMMENDATION_LABEL[r]}</option>)}
                      </Select>
                    </Field>
                    <Field id={`lnotes-${i}`} label="Catatan TPP">
                      <Input id={`lnotes-${i}`} {...register(`litmasItems.${i}.notes`)} />
                    </Field>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      {revocations.length > 0 ? (
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-slate-900">Usulan pencabutan yang dibahas</legend>
          <ul className="space-y-3">
            {revocations.map((r, i) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-3">
                <label className="flex items-start gap-2">
                  <input type="checkbox" className="mt-1 size-4" {...register(`revocationItems.${i}.include`)} />
                  <span>
                    <span className="font-medium">{r.clientName}</span> <span className="font-mono text-xs text-slate-500">{r.registerNumber}</span>
                    <span className="block text-sm text-slate-700">{r.label}</span>
                  </span>
                </label>
                <div className="mt-2 text-sm">{r.detail}</div>
                {revocationItems?.[i]?.include ? (
                  <div className="mt-3 grid gap-3 sm:grid-cols-[12rem_1fr]">
                    <Field id={`rrec-${i}`} label={`Rekomendasi untuk ${r.clientName}`}>
                      <Select id={`rrec-${i}`} {...register(`revocationItems.${i}.recommendation`)}>
                        {TPP_RECOMMENDATIONS.map((x) => <option key={x} value={x}>{REVOCATION_TPP_RECOMMENDATION_LABEL[x]}</option>)}
                      </Select>
                    </Field>
                    <Field id={`rnotes-${i}`} label="Catatan TPP">
                      <Input id={`rnotes-${i}`} {...register(`revocationItems.${i}.notes`)} />
                    </Field>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      <Field id="minutes" label="Notulen sidang" hint="Jalannya sidang, pembahasan tiap usulan, dan kesimpulan (minimal 20 karakter)." error={errors.minutes?.message}>
        <Textarea rows={6} {...describedBy("minutes", errors.minutes?.message, "Jalannya sidang, pembahasan tiap usulan, dan kesimpulan (minimal 20 karakter).")} {...register("minutes")} />
      </Field>

      <SubmitButton pending={isSubmitting}>Simpan hasil sidang</SubmitButton>
    </form>
  );
}
