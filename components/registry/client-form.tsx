"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import { checkNikAction, registerClientAction, updateClientAction } from "@/app/(app)/clients/_registry/actions";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { CLIENT_CATEGORIES, EDUCATIONS, EMPLOYMENT_STATUSES, GENDERS, MARITAL_STATUSES, OFFENCE_CATEGORIES, ORIGIN_TYPES, PROGRAMS, RELIGIONS } from "@/lib/domain/enums";
import {
  CLIENT_CATEGORY_LABEL, EDUCATION_LABEL, EMPLOYMENT_STATUS_LABEL, GENDER_LABEL, MARITAL_STATUS_LABEL, OFFENCE_CATEGORY_LABEL, ORIGIN_TYPE_LABEL,
  PROGRAM_LABEL, RELIGION_LABEL,
} from "@/lib/domain/labels";
import { CLIENT_FIELD_LABEL, ZRegisterClient, type RegisterClientInput } from "@/lib/schemas/client";

type Values = RegisterClientInput;
type Key = Exclude<keyof Values, "confirmDuplicate" | "fromLitmasId">;
type Match = { id: string; fullName: string; registerNumber: string; canOpen: boolean };

// Nothing about the person is presumed: a field left alone stays empty and is asked for, never
// stored as a guess (the schema refuses an empty choice with its own message).
const NOT_CHOSEN = "" as never;
const SUMMARY_LABEL: Record<string, string> = { ...CLIENT_FIELD_LABEL, decreeNumber: "Nomor SK", decreeDate: "Tanggal SK", decreeIssuer: "Penerbit SK" };
const EMPTY: Values = {
  category: "DEWASA", fullName: "", aliasName: "", nik: "", birthPlace: "", birthDate: "", gender: NOT_CHOSEN, religion: NOT_CHOSEN,
  education: NOT_CHOSEN, occupation: "", maritalStatus: "", address: "", city: "", phone: "", familyContactName: "", familyContactRelation: "",
  familyContactPhone: "", guarantorName: "", guarantorRelation: "", guarantorAddress: "", guarantorPhone: "", originType: NOT_CHOSEN,
  originInstitution: "", offence: "", offenceArticle: "", offenceCategory: "", employmentStatus: "", employmentStatusSince: "", courtDecisionNumber: "", courtDecisionDate: "", sentenceMonths: "", sentenceDays: "", expiryDate: "",
  program: NOT_CHOSEN, guidanceStart: "", guidanceEnd: "",
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <legend className="px-1 text-base font-semibold text-slate-900">{title}</legend>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** Registration and edit form of a client: every identity and case field, one shared zod schema. */
/**
 * `then="litmas"`: after registering, continue to a litmas request for the new client.
 * `decree`: guidance starts from a decree after an approved litmas; the person is carried forward.
 */
export function ClientForm({ mode, initial, clientId, version, then, decree, fromPendampinganId }: {
  mode: "create" | "edit"; initial?: Values; clientId?: string; version?: number; then?: "litmas";
  decree?: { litmasId: string; summary: string };
  /** Guidance starts from a putusan recorded on a pendampingan (an SPPA measure the Bapas supervises). */
  fromPendampinganId?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<{ tone: "error" | "warning"; text: string; conflict?: boolean } | null>(null);
  const [matches, setMatches] = useState<Match[]>([]);
  const { register, handleSubmit, formState, setError: setFieldError, getValues } = useForm<Values>({
    resolver: zodResolver(ZRegisterClient),
    defaultValues: initial ?? EMPTY,
    // The error summary takes the focus instead: it lists every field to fix, not just the first.
    shouldFocusError: false,
  });
  const { errors, isSubmitting, submitCount } = formState;
  const summaryRef = useRef<HTMLDivElement>(null);
  const errorKeys = (Object.keys(errors) as Key[]).filter((k) => errors[k]?.message);
  useEffect(() => {
    if (submitCount > 0 && errorKeys.length > 0) summaryRef.current?.focus();
    // Only after a submit: not while the officer corrects a field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);

  async function checkNik() {
    const nik = getValues("nik")?.trim() ?? "";
    if (!/^\d{16}$/.test(nik)) return setMatches([]);
    if (mode === "edit" && nik === initial?.nik) return setMatches([]);
    const res = await checkNikAction({ nik, excludeId: clientId });
    setMatches(res.ok ? (res.data ?? []) : []);
  }

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = mode === "create"
      ? await registerClientAction(decree ? { ...values, fromLitmasId: decree.litmasId } : fromPendampinganId ? { ...values, fromPendampinganId } : values)
      : await updateClientAction({ ...values, id: clientId, version });
    if (res.ok) {
      const id = mode === "create" ? (res.data as { id: string }).id : clientId;
      router.push(mode === "create" && then === "litmas" ? `/litmas/new?client=${id}` : `/clients/${id}?saved=${mode === "create" ? "baru" : "ubah"}`);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
      if (messages?.[0]) setFieldError(field as Key, { message: messages[0] });
    }
    if (res.fieldErrors?.nik?.[0]?.startsWith("NIK sudah terdaftar")) await checkNik();
    setError({ tone: "error", text: res.error, conflict: res.error.includes("TIDAK disimpan") });
  });

  const f = (key: Key, label: string, control: (p: ReturnType<typeof describedBy> & UseFormRegisterReturn) => React.ReactNode, opts: { hint?: string; wide?: boolean } = {}) => (
    <Field id={key} label={label} hint={opts.hint} error={errors[key]?.message} className={opts.wide ? "sm:col-span-2" : undefined}>
      {control({ ...describedBy(key, errors[key]?.message, opts.hint), ...register(key) })}
    </Field>
  );
  const text = (key: Key, label: string, opts: { hint?: string; wide?: boolean; autoComplete?: string; inputMode?: "numeric" | "tel" } = {}) =>
    f(key, label, (p) => <Input type="text" autoComplete={opts.autoComplete ?? "off"} inputMode={opts.inputMode} {...p} />, opts);
  const date = (key: Key, label: string, hint?: string) => f(key, label, (p) => <Input type="date" {...p} />, { hint });
  const select = <T extends string>(key: Key, label: string, values: readonly T[], labels: Record<T, string>, empty?: string) =>
    f(key, label, (p) => (
      <Select {...p}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {values.map((v) => <option key={v} value={v}>{labels[v]}</option>)}
      </Select>
    ));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={mode === "create" ? "Pendaftaran klien" : "Ubah data klien"}>
      {!error?.conflict ? <ErrorSummary ref={summaryRef} errors={errorKeys.map((k) => ({ id: k, label: SUMMARY_LABEL[k] ?? "Isian", message: errors[k]?.message ?? "" }))} /> : null}
      {error ? (
        <Alert tone={error.tone} title={error.conflict ? "Perubahan tidak disimpan" : undefined}>
          {error.text}
          {error.conflict ? (
            <div className="mt-2">
              <Button type="button" variant="secondary" size="sm" onClick={() => window.location.reload()}>Muat data terbaru</Button>
            </div>
          ) : null}
        </Alert>
      ) : null}

      {decree ? (
        <Section title="Dasar pembimbingan">
          <p className="text-sm text-slate-700 sm:col-span-2">{decree.summary}</p>
          {text("decreeNumber", "Nomor SK", { hint: "mis. PAS-1234.PK.05.09 Tahun 2026" })}
          {date("decreeDate", "Tanggal SK")}
          {text("decreeIssuer", "Diterbitkan oleh", { hint: "mis. Direktur Jenderal Pemasyarakatan", wide: true })}
        </Section>
      ) : null}

      <Section title="Identitas klien">
        {select("category", "Kategori klien", CLIENT_CATEGORIES, CLIENT_CATEGORY_LABEL)}
        {text("fullName", "Nama lengkap", { autoComplete: "off" })}
        {text("aliasName", "Alias (bila ada)")}
        <div className="space-y-2">
          {f("nik", "NIK", (p) => <Input type="text" inputMode="numeric" maxLength={16} autoComplete="off" {...p} onBlur={(e) => { void p.onBlur(e); void checkNik(); }} />, { hint: "16 digit. Kosongkan bila klien belum memiliki NIK." })}
        </div>
        {matches.length > 0 ? (
          <div className="sm:col-span-2">
            <Alert tone="warning" title="NIK ini sudah terdaftar di kantor Anda">
              <ul className="mt-1 list-disc pl-5">
                {matches.map((m) => (
                  <li key={m.id}>
                    {m.canOpen ? <Link href={`/clients/${m.id}`} target="_blank" className="font-medium underline">{m.fullName}</Link> : <span className="font-medium">{m.fullName}</span>}{" "}
                    ({m.registerNumber}){m.canOpen ? "" : " — klien PK lain"}
                  </li>
                ))}
              </ul>
              <label className="mt-2 flex items-start gap-2">
                <input type="checkbox" className="mt-0.5 size-4" {...register("confirmDuplicate")} />
                <span>Saya sudah memeriksa: ini klien yang berbeda atau registrasi baru yang sah. Tetap simpan.</span>
              </label>
            </Alert>
          </div>
        ) : null}
        {text("birthPlace", "Tempat lahir")}
        {date("birthDate", "Tanggal lahir")}
        {select("gender", "Jenis kelamin", GENDERS, GENDER_LABEL, "Pilih jenis kelamin")}
        {select("religion", "Agama", RELIGIONS, RELIGION_LABEL, "Pilih agama")}
        {select("education", "Pendidikan terakhir", EDUCATIONS, EDUCATION_LABEL, "Pilih pendidikan")}
        {text("occupation", "Pekerjaan")}
        {select("maritalStatus", "Status perkawinan", MARITAL_STATUSES, MARITAL_STATUS_LABEL, "— Pilih —")}
        {f("address", "Alamat tinggal", (p) => <Textarea rows={2} {...p} />, { wide: true })}
        {text("city", "Kota/kabupaten")}
        {text("phone", "Telepon klien", { inputMode: "tel" })}
      </Section>

      <Section title="Keluarga dan penjamin">
        {text("familyContactName", "Nama kontak keluarga")}
        {text("familyContactRelation", "Hubungan", { hint: "mis. istri, orang tua" })}
        {text("familyContactPhone", "Telepon kontak keluarga", { inputMode: "tel" })}
        <div className="hidden sm:block" />
        {text("guarantorName", "Nama penjamin")}
        {text("guarantorRelation", "Hubungan penjamin")}
        {text("guarantorAddress", "Alamat penjamin", { wide: true })}
        {text("guarantorPhone", "Telepon penjamin", { inputMode: "tel" })}
      </Section>

      <Section title="Perkara dan program">
        {select("originType", "Asal klien", ORIGIN_TYPES, ORIGIN_TYPE_LABEL, "Pilih asal klien")}
        {text("originInstitution", "Nama instansi asal", { hint: "mis. Lapas Kelas I Cipinang atau PN Jakarta Selatan" })}
        {text("offence", "Tindak pidana")}
        {text("offenceArticle", "Pasal", { hint: "mis. Pasal 362 KUHP" })}
        {select("offenceCategory", "Kategori perkara", OFFENCE_CATEGORIES, OFFENCE_CATEGORY_LABEL, "— Belum dipilih —")}
        {select("employmentStatus", "Status pekerjaan", EMPLOYMENT_STATUSES, EMPLOYMENT_STATUS_LABEL, "— Belum dicatat —")}
        {date("employmentStatusSince", "Status pekerjaan sejak", "Untuk laporan bulanan: klien bekerja atau tidak.")}
        <div className="hidden sm:block" />
        {text("courtDecisionNumber", "Nomor putusan")}
        {date("courtDecisionDate", "Tanggal putusan")}
        {text("sentenceMonths", "Pidana (bulan)", { inputMode: "numeric" })}
        {text("sentenceDays", "Pidana (hari)", { inputMode: "numeric" })}
        {select("program", "Program", PROGRAMS, PROGRAM_LABEL, "Pilih program")}
        {date("expiryDate", "Tanggal ekspirasi (bila ada)", "Akhir pidana menurut SK. Untuk PB, masa percobaan satu tahun sesudahnya.")}
        {date("guidanceStart", "Awal bimbingan")}
        {date("guidanceEnd", "Akhir bimbingan", mode === "create" ? "Tahap awal, lanjutan dan akhir disusun dari masa ini." : "Bila diubah, rencana ketiga tahap disusun ulang.")}
      </Section>

      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? <Spinner /> : null}
          {isSubmitting ? "Menyimpan…" : decree ? "Mulai pembimbingan" : mode === "create" ? "Daftarkan klien" : "Simpan perubahan"}
        </Button>
        <ButtonLink variant="ghost" href={mode === "create" ? "/clients" : `/clients/${clientId}`}>Batal</ButtonLink>
      </div>
    </form>
  );
}
