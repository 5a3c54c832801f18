"use client";
import { PersonMatches, type PersonMatch } from "@/components/persons/person-matches";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { CHILD_ROLES, GENDERS, REQUESTER_TYPES } from "@/lib/domain/enums";
import { CHILD_ROLE_LABEL, GENDER_LABEL, REQUESTER_TYPE_LABEL } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { localInputToIso } from "@/lib/schemas/pendampingan";
import { findPersonMatchesAction } from "../../litmas/actions";
import { requestPendampinganAction } from "../actions";

type Errors = Record<string, string | undefined>;

const PERSON_FIELDS = ["fullName", "nik", "birthPlace", "birthDate", "gender", "address", "guardianName", "guardianRelation", "guardianPhone"] as const;

export function RequestPendampinganForm({ timeZone, nowLocal, mayRequestLitmas }: { timeZone: string; nowLocal: string; mayRequestLitmas: boolean }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [matches, setMatches] = useState<PersonMatch[] | null>(null);
  const [pending, setPending] = useState(false);

  const values = () => {
    const fd = new FormData(form.current!);
    const s = (k: string) => String(fd.get(k) ?? "");
    const received = s("receivedAt");
    return {
      person: Object.fromEntries(PERSON_FIELDS.map((k) => [k, s(`person.${k}`)])),
      childRole: s("childRole"), requesterType: s("requesterType"), requesterInstitution: s("requesterInstitution"),
      requesterLetterNumber: s("requesterLetterNumber"), requesterLetterDate: s("requesterLetterDate"),
      investigatorName: s("investigatorName"), investigatorPhone: s("investigatorPhone"),
      offence: s("offence"), offenceArticle: s("offenceArticle"),
      receivedAt: received ? (localInputToIso(received, timeZone) ?? "x") : "",
      litmasPurpose: s("litmasPurpose"),
    };
  };

  const send = async (choice: { personId?: string; confirmNewPerson?: boolean } = {}) => {
    setError(null);
    setErrors({});
    setPending(true);
    const v = values();
    const payload = choice.personId ? { ...v, person: undefined, personId: choice.personId } : { ...v, confirmNewPerson: choice.confirmNewPerson };
    const res = await requestPendampinganAction(payload);
    if (res.ok && res.data) {
      router.push(`/pendampingan/${res.data.id}`);
      return;
    }
    setPending(false);
    if (!res.ok) {
      const fe: Errors = {};
      for (const [k, m] of Object.entries(res.fieldErrors ?? {})) fe[k] = m?.[0];
      setErrors(fe);
      setError(res.error);
    }
  };

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setMatches(null);
    const v = values();
    if (v.person.fullName) {
      setPending(true);
      // The same child may be on file already: the officer decides, nothing is merged.
      const found = await findPersonMatchesAction({ nik: v.person.nik, fullName: v.person.fullName, birthDate: v.person.birthDate });
      setPending(false);
      if (found.ok && found.data && found.data.length > 0) {
        setMatches(found.data);
        return;
      }
    }
    await send();
  };

  const err = (k: string) => errors[k];
  const f = (id: string, hint?: string) => describedBy(id, err(id), hint);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Permintaan pendampingan">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-xs text-slate-600">Kolom bertanda <span aria-hidden="true">*</span><span className="sr-only">bintang</span> wajib diisi.</p>

      <fieldset className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">Anak</legend>
        <Field id="person.fullName" label="Nama lengkap anak *" error={err("person.fullName") ?? err("person")}>
          <Input autoComplete="off" required {...f("person.fullName")} name="person.fullName" />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="person.birthDate" label="Tanggal lahir" error={err("person.birthDate")}>
            <Input type="date" min="1990-01-01" {...f("person.birthDate")} name="person.birthDate" />
          </Field>
          <Field id="person.birthPlace" label="Tempat lahir" error={err("person.birthPlace")}>
            <Input {...f("person.birthPlace")} name="person.birthPlace" />
          </Field>
          <Field id="person.gender" label="Jenis kelamin" error={err("person.gender")}>
            <Select {...f("person.gender")} name="person.gender" defaultValue="">
              <option value="">Belum diketahui</option>
              {GENDERS.map((g) => <option key={g} value={g}>{GENDER_LABEL[g]}</option>)}
            </Select>
          </Field>
          <Field id="person.nik" label="NIK (jika ada)" error={err("person.nik")}>
            <Input inputMode="numeric" maxLength={16} autoComplete="off" {...f("person.nik")} name="person.nik" />
          </Field>
        </div>
        <Field id="person.address" label="Alamat" error={err("person.address")}>
          <Input {...f("person.address")} name="person.address" />
        </Field>
        <Field id="childRole" label="Kedudukan anak *" error={err("childRole")}>
          <Select {...f("childRole")} name="childRole" defaultValue="PELAKU">
            {CHILD_ROLES.map((r) => <option key={r} value={r}>{CHILD_ROLE_LABEL[r]}</option>)}
          </Select>
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="person.guardianName" label="Orang tua / wali" error={err("person.guardianName")}>
            <Input {...f("person.guardianName")} name="person.guardianName" />
          </Field>
          <Field id="person.guardianRelation" label="Hubungan" error={err("person.guardianRelation")}>
            <Input placeholder="mis. ibu kandung" {...f("person.guardianRelation")} name="person.guardianRelation" />
          </Field>
          <Field id="person.guardianPhone" label="Telepon" error={err("person.guardianPhone")}>
            <Input inputMode="tel" {...f("person.guardianPhone")} name="person.guardianPhone" />
          </Field>
        </div>
      </fieldset>

      {matches ? (
        <PersonMatches matches={matches} noun="anak" pending={pending} onPick={(personId) => void send({ personId })} onNew={() => void send({ confirmNewPerson: true })} />
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-800">Permintaan</legend>
        <Field id="receivedAt" label="Diterima pada *" hint="Tanggal dan jam surat/permintaan diterima Bapas: waktu 1×24 jam dihitung dari sini." error={err("receivedAt")}>
          <Input type="datetime-local" required defaultValue={nowLocal} max={nowLocal} {...f("receivedAt", "ada")} name="receivedAt" />
        </Field>
        <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
          <Field id="requesterType" label="Jenis instansi *" error={err("requesterType")}>
            <Select {...f("requesterType")} name="requesterType" defaultValue="KEPOLISIAN">
              {REQUESTER_TYPES.map((t) => <option key={t} value={t}>{REQUESTER_TYPE_LABEL[t]}</option>)}
            </Select>
          </Field>
          <Field id="requesterInstitution" label="Instansi peminta *" hint="mis. Polres Metro Jakarta Selatan – Unit PPA" error={err("requesterInstitution")}>
            <Input required {...f("requesterInstitution", "ada")} name="requesterInstitution" />
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="requesterLetterNumber" label="Nomor surat" error={err("requesterLetterNumber")}>
            <Input {...f("requesterLetterNumber")} name="requesterLetterNumber" />
          </Field>
          <Field id="requesterLetterDate" label="Tanggal surat" error={err("requesterLetterDate")}>
            <Input type="date" {...f("requesterLetterDate")} name="requesterLetterDate" />
          </Field>
          <Field id="investigatorName" label="Nama penyidik" error={err("investigatorName")}>
            <Input {...f("investigatorName")} name="investigatorName" />
          </Field>
          <Field id="investigatorPhone" label="Telepon penyidik" error={err("investigatorPhone")}>
            <Input inputMode="tel" {...f("investigatorPhone")} name="investigatorPhone" />
          </Field>
          <Field id="offence" label="Perkara *" hint="mis. Pencurian" error={err("offence")}>
            <Input required {...f("offence", "ada")} name="offence" />
          </Field>
          <Field id="offenceArticle" label="Pasal" hint="mis. Pasal 362 KUHP" error={err("offenceArticle")}>
            <Input {...f("offenceArticle", "ada")} name="offenceArticle" />
          </Field>
        </div>
        {mayRequestLitmas ? (
          <Field id="litmasPurpose" label="Penyidik juga meminta litmas?" hint="Litmas diversi atau sidang anak: tenggat 3×24 jam sejak permintaan diterima." error={err("litmasPurpose")}>
            <Select {...f("litmasPurpose", "ada")} name="litmasPurpose" defaultValue="">
              <option value="">Tidak</option>
              <option value="DIVERSI">Ya, litmas untuk diversi</option>
              <option value="SIDANG_ANAK">Ya, litmas untuk sidang anak</option>
            </Select>
          </Field>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Catat permintaan"}
      </Button>
    </form>
  );
}
