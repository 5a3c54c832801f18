"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { APPROACHES, CONTACT_OUTCOMES, CONTACT_SUBJECTS, CONTACT_TYPES, GUIDANCE_GROUPS, type ContactSubject, type ContactType } from "@/lib/domain/enums";
import { APPROACH_LABEL, CONTACT_OUTCOME_LABEL, CONTACT_SUBJECT_LABEL, CONTACT_TYPE_LABEL, GUIDANCE_TYPE_LABEL } from "@/lib/domain/labels";
import { formatQuickDateTime, parseQuickDateTime } from "@/lib/domain/quick-datetime";
import { formatDateTime } from "@/lib/format";
import { classifySend, clearDraft, isQuotaError, loadDraft, newEntryKey, putOutbox, removeOutbox, saveDraft, type SendResult } from "@/lib/outbox";
import { sendContact, useOffline } from "@/components/offline/offline-provider";
import { CONTACT_NOTES_MAX, filledParticipants, ZContactForm, type ContactFormValues, type LogContactInput } from "@/lib/schemas/contact";
import { ParticipantsField, type KnownPerson } from "./participants-field";
import { clock } from "@/lib/clock";

type Geo = { state: "idle" } | { state: "asking" } | { state: "ok"; latitude: number; longitude: number; accuracy: number } | { state: "error"; message: string };

const IN_PERSON: ContactType[] = ["KUNJUNGAN_RUMAH", "KUNJUNGAN_TEMPAT_KERJA"];

function Chips<T extends string>({ name, legend, options, labels, value, onChange, error }: { name: string; legend: string; options: readonly T[]; labels: Record<T, string>; value: T; onChange: (v: T) => void; error?: string }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-1.5 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {options.map((o) => (
          <label
            key={o}
            className={cn(
              "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm",
              value === o ? "border-brand-600 bg-brand-50 font-medium text-brand-900" : "border-slate-300 bg-white text-slate-800",
            )}
          >
            <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} className="size-4 accent-[var(--color-brand-700)]" />
            {labels[o]}
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-xs font-medium text-red-700">{error}</p> : null}
    </fieldset>
  );
}

export function ContactForm({ clientId, clientName, timeZone, defaultType, defaultSubject = "KLIEN", knownPeople, openedAt }: {
  clientId: string; clientName: string; timeZone: string; defaultType: ContactType; defaultSubject?: ContactSubject;
  knownPeople: Partial<Record<ContactSubject, KnownPerson[]>>; openedAt: string;
}) {
  const router = useRouter();
  const [result, setResult] = useState<{ tone: "error" | "warning" | "success"; text: string } | null>(null);
  const [geo, setGeo] = useState<Geo>({ state: "idle" });
  const initialWhen = useMemo(() => formatQuickDateTime(new Date(openedAt), timeZone), [openedAt, timeZone]);
  const { register, handleSubmit, formState, setError, control, setValue, getValues, reset } = useForm<ContactFormValues>({
    resolver: zodResolver(ZContactForm),
    defaultValues: { when: initialWhen, type: defaultType, subject: defaultSubject, participants: defaultSubject === "KLIEN" ? [] : [{ name: "", role: "" }], outcome: "HADIR", notes: "", excuseReason: "", guidanceType: defaultSubject === "KLIEN" ? "" : "SOSIAL", approach: "INDIVIDUAL", followUpOn: "" },
  });
  const { errors, isSubmitting } = formState;
  const [when, type, subject, outcome, notes] = useWatch({ control, name: ["when", "type", "subject", "outcome", "notes"] });
  const parsed = parseQuickDateTime(when ?? "", clock.now(), timeZone);
  const offline = useOffline();
  const userId = offline?.userId ?? null;
  const draftForm = `contact:${clientId}`;
  const all = useWatch({ control });
  const dirty = useRef(false);
  const [restored, setRestored] = useState<string | null>(null);

  // A draft of the typed text survives a timeout, a reload or a closed tab, for this officer only.
  useEffect(() => {
    if (!userId) return;
    let cancelled = false;
    void loadDraft(userId, draftForm).then((d) => {
      if (cancelled || !d || !String(d.values.notes ?? "").trim()) return;
      // A draft from before the subject and participants existed keeps the form's own for those.
      reset({ ...getValues(), ...(d.values as Partial<ContactFormValues>) });
      setRestored(d.savedAt);
    }).catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [userId, draftForm, reset, getValues]);

  useEffect(() => {
    const typed = Boolean((all.notes ?? "").trim() || (all.excuseReason ?? "").trim());
    dirty.current = typed;
    if (!userId) return;
    const t = window.setTimeout(() => {
      if (typed) void saveDraft(userId, draftForm, { ...all }).catch(() => {});
      else void clearDraft(userId, draftForm).catch(() => {});
    }, 400);
    return () => window.clearTimeout(t);
  }, [all, userId, draftForm]);

  // Leaving the page with unsaved text: the browser asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  // Arahan keluarga and penyuluhan sosial name who was there: an empty row is ready to type into,
  // and the guidance type defaults to sosial (living in the family and the community).
  const chooseSubject = (v: ContactSubject) => {
    setValue("subject", v);
    if (v !== "KLIEN" && getValues("participants").length === 0) setValue("participants", [{ name: "", role: "" }]);
    if (v !== "KLIEN" && !getValues("guidanceType")) setValue("guidanceType", "SOSIAL");
  };

  const locate = () => {
    if (!("geolocation" in navigator)) {
      setGeo({ state: "error", message: "Perangkat ini tidak mendukung lokasi." });
      return;
    }
    setGeo({ state: "asking" });
    navigator.geolocation.getCurrentPosition(
      (p) => setGeo({ state: "ok", latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) }),
      (e) => setGeo({ state: "error", message: e.code === e.PERMISSION_DENIED ? "Izin lokasi ditolak. Kunjungan tetap dapat disimpan tanpa lokasi." : "Lokasi tidak dapat diambil. Coba lagi di tempat terbuka, atau simpan tanpa lokasi." }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const at = parseQuickDateTime(values.when, clock.now(), timeZone);
    if (!at.ok) {
      setError("when", { message: at.error });
      return;
    }
    // One key per entry: every resend of this entry (from the outbox) carries the same key.
    const idempotencyKey = newEntryKey();
    const located = geo.state === "ok" && IN_PERSON.includes(values.type);
    const payload: LogContactInput = {
      clientId, idempotencyKey, occurredAt: at.at.toISOString(), type: values.type,
      subject: values.subject, participants: filledParticipants(values.participants),
      outcome: values.outcome === "BELUM" ? undefined : values.outcome,
      excuseReason: values.outcome === "IZIN" ? values.excuseReason : undefined,
      guidanceType: (values.guidanceType || undefined) as LogContactInput["guidanceType"],
      approach: (values.approach || undefined) as LogContactInput["approach"],
      notes: values.notes, followUpOn: values.followUpOn || undefined,
      ...(located ? { latitude: geo.latitude, longitude: geo.longitude, accuracyMeters: geo.accuracy } : {}),
    };
    // On the device first: if the connection drops now, the entry waits in the outbox.
    let stored = false;
    let storageError: string | null = null;
    if (userId) {
      try {
        await putOutbox({ key: idempotencyKey, ownerId: userId, clientId, clientName, payload, savedAt: clock.now().toISOString() });
        stored = true;
      } catch (e) {
        storageError = isQuotaError(e)
          ? "Penyimpanan perangkat penuh, jadi catatan ini BELUM tersimpan di perangkat."
          : "Catatan ini tidak dapat disimpan di perangkat.";
      }
    }
    // Kept on the device: the form starts afresh for the next contact, and the toast says where this one is.
    const keptOnDevice = (text: string) => {
      reset({ ...values, when: formatQuickDateTime(clock.now(), timeZone), notes: "", excuseReason: "", followUpOn: "", participants: values.subject === "KLIEN" ? [] : [{ name: "", role: "" }] });
      setGeo({ state: "idle" });
      if (userId) void clearDraft(userId, draftForm).catch(() => {});
      setResult({ tone: "warning", text });
    };
    // Not kept anywhere: the typed text stays in the form (and its draft) and the officer is told.
    const notKept = (why: string) =>
      setResult({ tone: "error", text: `Belum terkirim: ${why}. ${storageError ?? ""} Isian tetap di formulir; jangan tutup halaman ini, lalu coba simpan lagi.`.replace(/\s+/g, " ") });
    let res: SendResult;
    try {
      res = await sendContact(payload);
    } catch {
      if (stored) keptOnDevice("Tersimpan di perangkat, belum terkirim (tidak ada koneksi). Akan dikirim otomatis saat sinyal kembali.");
      else notKept("tidak ada koneksi");
      return;
    }
    const verdict = classifySend(res);
    if (verdict === "sent") {
      if (stored && userId) await removeOutbox(userId, idempotencyKey).catch(() => {});
      if (userId) await clearDraft(userId, draftForm).catch(() => {});
      router.push(`/clients/${clientId}?kontak=tersimpan`);
      return;
    }
    if (verdict === "login") {
      if (stored) keptOnDevice("Sesi Anda telah berakhir. Kontak tersimpan di perangkat dan terkirim setelah Anda masuk kembali.");
      else notKept("sesi Anda telah berakhir");
      void offline?.flush();
      return;
    }
    if (verdict === "later") {
      if (stored) keptOnDevice("Tersimpan di perangkat, belum terkirim (layanan Bimbing sedang terganggu). Akan dikirim otomatis saat layanan kembali.");
      else notKept("layanan Bimbing sedang terganggu");
      return;
    }
    // The server refused the content: nothing to resend; the officer corrects the form.
    if (stored && userId) await removeOutbox(userId, idempotencyKey).catch(() => {});
    if (!res.ok) {
      for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
        if (messages?.[0]) setError((field === "occurredAt" ? "when" : field) as keyof ContactFormValues, { message: messages[0] });
      }
      setResult({ tone: "error", text: res.error });
    }
  });

  const hint = parsed.ok ? `Tercatat: ${formatDateTime(parsed.at, timeZone)}` : 'Mis. "23/11 14.30", "hari ini 10.00", "kemarin 16.15".';
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Catat kontak bimbingan">
      {restored ? (
        <Alert tone="info">Draf catatan dipulihkan dari perangkat ini (disimpan {formatDateTime(new Date(restored), timeZone)}). Periksa, lalu simpan.</Alert>
      ) : null}
      <Field id="when" label="Tanggal dan jam" hint={hint} error={errors.when?.message}>
        <Input inputMode="text" autoComplete="off" enterKeyHint="next" {...describedBy("when", errors.when?.message, hint)} {...register("when")} />
      </Field>

      <Chips name="type" legend="Jenis kontak" options={CONTACT_TYPES} labels={CONTACT_TYPE_LABEL} value={type} onChange={(v) => setValue("type", v)} error={errors.type?.message} />

      <Chips name="subject" legend="Kegiatan bersama" options={CONTACT_SUBJECTS} labels={CONTACT_SUBJECT_LABEL} value={subject} onChange={chooseSubject} error={errors.subject?.message} />
      <ParticipantsField control={control} register={register} errors={errors} subject={subject} known={knownPeople[subject] ?? []} />

      {IN_PERSON.includes(type) ? (
        <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-3 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium text-slate-800">Lokasi kunjungan</span>
            <Button type="button" size="sm" variant="secondary" onClick={locate} disabled={geo.state === "asking"}>
              {geo.state === "asking" ? <Spinner /> : null}
              {geo.state === "ok" ? "Perbarui lokasi" : geo.state === "asking" ? "Mengambil lokasi…" : "Ambil lokasi"}
            </Button>
          </div>
          <p className="mt-1 text-slate-600" role="status">
            {geo.state === "ok"
              ? `Lokasi tercatat (akurasi ± ${geo.accuracy} m): ${geo.latitude.toFixed(5)}, ${geo.longitude.toFixed(5)}`
              : geo.state === "error"
                ? geo.message
                : "Opsional. Lokasi diambil dari perangkat hanya jika Anda mengizinkan."}
          </p>
        </div>
      ) : null}

      <Chips
        name="outcome"
        legend="Hasil"
        options={[...CONTACT_OUTCOMES, "BELUM"] as const}
        labels={{ ...CONTACT_OUTCOME_LABEL, BELUM: "Belum ada (direncanakan)" }}
        value={outcome}
        onChange={(v) => setValue("outcome", v)}
        error={errors.outcome?.message}
      />
      {outcome === "IZIN" ? (
        <Field id="excuseReason" label="Alasan izin" error={errors.excuseReason?.message}>
          <Input {...describedBy("excuseReason", errors.excuseReason?.message)} {...register("excuseReason")} />
        </Field>
      ) : null}

      <div className="grid grid-cols-2 gap-3">
        <Field id="guidanceType" label="Jenis bimbingan">
          <Select {...describedBy("guidanceType")} {...register("guidanceType")}>
            <option value="">—</option>
            {GUIDANCE_GROUPS.map((grp) => (
              <optgroup key={grp.id} label={grp.label}>
                {grp.types.map((g) => <option key={g} value={g}>{GUIDANCE_TYPE_LABEL[g]}</option>)}
              </optgroup>
            ))}
          </Select>
        </Field>
        <Field id="approach" label="Pendekatan">
          <Select {...describedBy("approach")} {...register("approach")}>
            <option value="">—</option>
            {APPROACHES.map((a) => <option key={a} value={a}>{APPROACH_LABEL[a]}</option>)}
          </Select>
        </Field>
      </div>

      <Field id="notes" label="Catatan" hint={`${(notes ?? "").length.toLocaleString("id-ID")} / ${CONTACT_NOTES_MAX.toLocaleString("id-ID")} karakter`} error={errors.notes?.message}>
        <Textarea rows={6} {...describedBy("notes", errors.notes?.message, "x")} {...register("notes")} />
      </Field>

      <Field id="followUpOn" label="Tindak lanjut pada (opsional)" error={errors.followUpOn?.message}>
        <Input type="date" {...describedBy("followUpOn", errors.followUpOn?.message)} {...register("followUpOn")} />
      </Field>

      <div className="sticky bottom-0 -mx-4 space-y-2 border-t border-slate-200 bg-white/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0 sm:py-0">
        {/* The save's outcome where the thumb is, right above the button. */}
        {result ? <Alert tone={result.tone} className="shadow-md" id="hasil-simpan">{result.text}</Alert> : null}
        <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
          {isSubmitting ? <Spinner /> : null}
          {isSubmitting ? "Menyimpan…" : "Simpan kontak"}
        </Button>
      </div>
    </form>
  );
}
