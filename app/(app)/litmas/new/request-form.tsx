"use client";
import { ClientPicker, type ClientOption } from "@/components/clients/client-picker";
import { PersonMatches, type PersonMatch } from "@/components/persons/person-matches";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { GENDERS, REQUESTER_TYPES, type LitmasPurpose } from "@/lib/domain/enums";
import { dueRuleText, LITMAS_PURPOSE_GROUPS, litmasDueRule } from "@/lib/domain/litmas";
import { GENDER_LABEL, LITMAS_PURPOSE_LABEL, REQUESTER_TYPE_LABEL } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { ZRequestLitmas, type RequestLitmasInput } from "@/lib/schemas/litmas";
import { findPersonMatchesAction, requestLitmasAction, searchRequestableClientsAction } from "../actions";

type Subject = "CLIENT" | "PERSON" | "";
type FormValues = {
  subject: Subject;
  clientId: string;
  person: { fullName: string; nik: string; birthPlace: string; birthDate: string; gender: string; address: string; guardianName: string; guardianRelation: string; guardianPhone: string };
  purpose: string;
  requesterType: string;
  requesterInstitution: string;
  requesterLetterNumber: string;
  requesterLetterDate: string;
  custodyInstitution: string;
  offence: string;
  offenceArticle: string;
};

const EMPTY_PERSON = { fullName: "", nik: "", birthPlace: "", birthDate: "", gender: "", address: "", guardianName: "", guardianRelation: "", guardianPhone: "" };

export function RequestLitmasForm({ preselected }: { preselected: ClientOption | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [matches, setMatches] = useState<PersonMatch[] | null>(null);
  const { register, handleSubmit, formState, setError: setFieldError, control, getValues, setValue } = useForm<FormValues, unknown, RequestLitmasInput>({
    resolver: zodResolver(ZRequestLitmas as never) as never,
    defaultValues: {
      subject: preselected ? "CLIENT" : "", clientId: preselected?.id ?? "", person: EMPTY_PERSON, purpose: "", requesterType: "", requesterInstitution: "",
      requesterLetterNumber: "", requesterLetterDate: "", custodyInstitution: "", offence: "", offenceArticle: "",
    },
  });
  const { errors, isSubmitting } = formState;
  const [busy, setBusy] = useState(false);
  const [chosenClient, setChosenClient] = useState<ClientOption | null>(preselected);
  const subject = useWatch({ control, name: "subject" });
  const purpose = useWatch({ control, name: "purpose" }) as LitmasPurpose | "";

  /** Sends the request; `chosen` is a matched person the officer picked, `confirmed` says "someone else". */
  const send = async (values: RequestLitmasInput, chosen?: { personId?: string; confirmNewPerson?: boolean }) => {
    setError(null);
    setBusy(true);
    const payload: RequestLitmasInput = values.subject === "CLIENT"
      ? { ...values, person: undefined, personId: undefined }
      : chosen?.personId
        ? { ...values, clientId: undefined, person: undefined, personId: chosen.personId }
        : { ...values, clientId: undefined, confirmNewPerson: chosen?.confirmNewPerson };
    const res = await requestLitmasAction(payload);
    if (res.ok && res.data) {
      router.push(`/litmas/${res.data.id}`);
      return;
    }
    setBusy(false);
    if (!res.ok) {
      for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
        if (messages?.[0] && field !== "person") setFieldError(field as keyof FormValues, { message: messages[0] });
      }
      setError(res.error);
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    if (values.subject === "PERSON" && values.person) {
      // Look for the same person on file first; the officer decides, nothing is merged.
      const found = await findPersonMatchesAction({ nik: values.person.nik, fullName: values.person.fullName, birthDate: values.person.birthDate });
      if (found.ok && found.data && found.data.length > 0) {
        setMatches(found.data);
        return;
      }
    }
    await send(values);
  });

  const resolveMatch = (choice: { personId?: string; confirmNewPerson?: boolean }) => {
    const parsed = ZRequestLitmas.safeParse(getValues());
    if (!parsed.success) return;
    setMatches(null);
    void send(parsed.data, choice);
  };

  const pending = isSubmitting || busy;
  const clientHint = "Klien aktif yang dapat Anda akses.";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Permintaan litmas">
      {error ? <Alert tone="error">{error}</Alert> : null}

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Litmas ini tentang</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          <label className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" value="CLIENT" className="mt-0.5" {...register("subject")} />
            <span><span className="font-medium">Klien pembimbingan</span><span className="block text-xs text-slate-600">sudah terdaftar dan dalam bimbingan</span></span>
          </label>
          <label className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" value="PERSON" className="mt-0.5" {...register("subject")} />
            <span><span className="font-medium">Orang yang belum menjadi klien</span><span className="block text-xs text-slate-600">tahanan, warga binaan, anak yang berhadapan dengan hukum</span></span>
          </label>
        </div>
        {errors.subject?.message ? <p className="text-xs font-medium text-red-700">{errors.subject.message}</p> : null}
      </fieldset>

      {subject === "CLIENT" ? (
        <Field id="clientId" label="Klien" hint={clientHint} error={errors.clientId?.message}>
          <ClientPicker
            id="clientId"
            search={searchRequestableClientsAction}
            value={chosenClient}
            onChange={(c) => { setChosenClient(c); setValue("clientId", c?.id ?? "", { shouldValidate: formState.isSubmitted }); }}
            invalid={!!errors.clientId?.message}
            describedById={describedBy("clientId", errors.clientId?.message, clientHint)["aria-describedby"]}
          />
        </Field>
      ) : null}

      {subject === "PERSON" ? (
        <div className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
          <p className="text-sm text-slate-700">Isi sesuai surat permintaan; yang belum diketahui boleh dikosongkan dan dilengkapi PK saat penelitian. Tidak ada klien, tahap atau wajib lapor yang dibuat.</p>
          <Field id="person.fullName" label="Nama lengkap" error={errors.person?.fullName?.message}>
            <Input autoComplete="off" {...describedBy("person.fullName", errors.person?.fullName?.message)} {...register("person.fullName")} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="person.nik" label="NIK (jika ada)" error={errors.person?.nik?.message}>
              <Input inputMode="numeric" autoComplete="off" maxLength={16} {...describedBy("person.nik", errors.person?.nik?.message)} {...register("person.nik")} />
            </Field>
            <Field id="person.gender" label="Jenis kelamin (jika diketahui)" error={errors.person?.gender?.message}>
              <Select {...describedBy("person.gender", errors.person?.gender?.message)} {...register("person.gender")}>
                <option value="">Belum diketahui</option>
                {GENDERS.map((g) => <option key={g} value={g}>{GENDER_LABEL[g]}</option>)}
              </Select>
            </Field>
            <Field id="person.birthPlace" label="Tempat lahir (jika ada)" error={errors.person?.birthPlace?.message}>
              <Input {...describedBy("person.birthPlace", errors.person?.birthPlace?.message)} {...register("person.birthPlace")} />
            </Field>
            <Field id="person.birthDate" label="Tanggal lahir (jika ada)" error={errors.person?.birthDate?.message}>
              <Input type="date" min="1900-01-01" {...describedBy("person.birthDate", errors.person?.birthDate?.message)} {...register("person.birthDate")} />
            </Field>
          </div>
          <Field id="person.address" label="Alamat (jika ada)" error={errors.person?.address?.message}>
            <Input {...describedBy("person.address", errors.person?.address?.message)} {...register("person.address")} />
          </Field>
          <Field id="custodyInstitution" label="Tempat penahanan atau pembinaan (jika ada)" hint="mis. Lapas Kelas I Cipinang, Rutan Salemba, Polres Jakarta Selatan" error={errors.custodyInstitution?.message}>
            <Input {...describedBy("custodyInstitution", errors.custodyInstitution?.message, "ada")} {...register("custodyInstitution")} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="offence" label="Perkara (jika ada)" error={errors.offence?.message}>
              <Input {...describedBy("offence", errors.offence?.message)} {...register("offence")} />
            </Field>
            <Field id="offenceArticle" label="Pasal (jika ada)" error={errors.offenceArticle?.message}>
              <Input {...describedBy("offenceArticle", errors.offenceArticle?.message)} {...register("offenceArticle")} />
            </Field>
          </div>
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">Orang tua atau wali (untuk anak)</summary>
            <div className="mt-3 grid gap-4 sm:grid-cols-3">
              <Field id="person.guardianName" label="Nama" error={errors.person?.guardianName?.message}>
                <Input {...describedBy("person.guardianName", errors.person?.guardianName?.message)} {...register("person.guardianName")} />
              </Field>
              <Field id="person.guardianRelation" label="Hubungan" error={errors.person?.guardianRelation?.message}>
                <Input placeholder="mis. ibu kandung" {...describedBy("person.guardianRelation", errors.person?.guardianRelation?.message)} {...register("person.guardianRelation")} />
              </Field>
              <Field id="person.guardianPhone" label="Telepon" error={errors.person?.guardianPhone?.message}>
                <Input inputMode="tel" {...describedBy("person.guardianPhone", errors.person?.guardianPhone?.message)} {...register("person.guardianPhone")} />
              </Field>
            </div>
          </details>
        </div>
      ) : null}

      {matches ? (
        <PersonMatches matches={matches} noun="orang" pending={pending} onPick={(personId) => resolveMatch({ personId })} onNew={() => resolveMatch({ confirmNewPerson: true })} />
      ) : null}

      {subject === "CLIENT" ? (
        <p className="-mt-2 text-sm text-slate-600">
          Klien belum terdaftar? <Link href="/clients/new?lanjut=litmas" className="font-medium text-brand-700 hover:underline">Daftarkan klien baru</Link>; setelah tersimpan Anda kembali ke permintaan ini.
        </p>
      ) : null}
      <Field
        id="purpose"
        label="Tujuan litmas"
        hint={purpose ? `${dueRuleText(litmasDueRule(purpose))}${purpose === "PEMINDAHAN" ? " Pemindahan narapidana ke Lapas/Rutan lain, atas permintaannya." : ""}` : "Pelimpahan bimbingan (klien pindah ke Bapas lain) bukan litmas: catat di menu Pelimpahan bimbingan."}
        error={errors.purpose?.message}
      >
        <Select {...describedBy("purpose", errors.purpose?.message, "x")} {...register("purpose")}>
          <option value="">Pilih tujuan…</option>
          {LITMAS_PURPOSE_GROUPS.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.purposes.map((p) => <option key={p} value={p}>{LITMAS_PURPOSE_LABEL[p]}</option>)}
            </optgroup>
          ))}
        </Select>
      </Field>
      {purpose === "PEMINDAHAN" ? (
        <p className="-mt-2 text-sm text-slate-600">
          Bukan pemindahan narapidana, melainkan klien yang pindah ke Bapas lain? Itu <Link href="/transfers" className="font-medium text-brand-700 hover:underline">pelimpahan bimbingan</Link>.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field id="requesterType" label="Jenis instansi peminta" error={errors.requesterType?.message}>
          <Select {...describedBy("requesterType", errors.requesterType?.message)} {...register("requesterType")}>
            <option value="">Pilih…</option>
            {REQUESTER_TYPES.map((t) => <option key={t} value={t}>{REQUESTER_TYPE_LABEL[t]}</option>)}
          </Select>
        </Field>
        <Field id="requesterInstitution" label="Instansi peminta" hint="mis. Lapas Kelas I Cipinang, Polres Jakarta Selatan, Pengadilan Negeri" error={errors.requesterInstitution?.message}>
          <Input {...describedBy("requesterInstitution", errors.requesterInstitution?.message, "ada")} {...register("requesterInstitution")} />
        </Field>
      </div>
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
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Catat permintaan"}
      </Button>
    </form>
  );
}
