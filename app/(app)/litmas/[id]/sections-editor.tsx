"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useOffline } from "@/components/offline/offline-provider";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import type { LitmasSectionKey, LitmasSections } from "@/lib/domain/litmas";
import { LITMAS_SECTION_LABEL, ZLitmasSections } from "@/lib/schemas/litmas";
import { clearDraft, loadDraft, saveDraft } from "@/lib/outbox";
import { formatDateTime } from "@/lib/format";
import { saveLitmasDraftAction, submitLitmasAction } from "../actions";

const HINTS: Partial<Record<keyof LitmasSections, string>> = {
  identitas: "Diisi dari data klien saat ini; periksa dan lengkapi.",
  tindakPidana: "Kronologi, faktor penyebab dan sikap klien terhadap perbuatannya.",
  penjamin: "Nama, hubungan, alamat penjamin dan surat jaminan keluarga.",
  riwayatPidana: "Pidana atau pelanggaran sebelumnya, dari register, putusan terdahulu dan keterangan keluarga.",
  tanggapanPemerintah: "Tanggapan Lurah/Kepala Desa atau perangkat setempat.",
  perkembanganPembinaan: "Program pembinaan yang diikuti di Lapas, kelakuan, register F.",
  asesmenRisiko: "Hasil Asesmen Risiko Residivisme Indonesia (RRI) dan kebutuhan kriminogenik.",
  analisis: "Analisis atas data dan hasil asesmen.",
};

/** The PK's editor: saves a new version each time, submits the last saved version. */
export function SectionsEditor({ litmasId, version: initialVersion, sections, keys, canSubmit, unsaved, timeZone }: { litmasId: string; version: number; sections: LitmasSections; keys: LitmasSectionKey[]; canSubmit: boolean; unsaved: boolean; timeZone: string }) {
  const router = useRouter();
  const [version, setVersion] = useState(initialVersion);
  const [msg, setMsg] = useState<{ tone: "error" | "success" | "warning"; text: string } | null>(null);
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const { register, handleSubmit, formState, reset, control } = useForm<LitmasSections>({ resolver: zodResolver(ZLitmasSections), defaultValues: sections });
  const { errors } = formState;
  const [needsSave, setNeedsSave] = useState(unsaved);
  const isDirty = formState.isDirty || needsSave;
  const userId = useOffline()?.userId ?? null;
  const draftForm = `litmas:${litmasId}`;
  const values = useWatch({ control });
  const [restored, setRestored] = useState<string | null>(null);

  // The typed text is kept on this device (for this officer) until the server has it: a timeout or
  // a reload does not lose it. It comes back only when it differs from the saved version.
  const restoreTried = useRef(false);
  useEffect(() => {
    if (!userId || restoreTried.current) return;
    restoreTried.current = true;
    void loadDraft(userId, draftForm).then((d) => {
      if (!d) return;
      const kept = d.values as Partial<LitmasSections>;
      if (keys.every((k) => (kept[k] ?? "") === (sections[k] ?? ""))) return;
      reset({ ...sections, ...kept }, { keepDefaultValues: true });
      setRestored(d.savedAt);
    }).catch(() => {});
  }, [userId, draftForm, keys, sections, reset]);

  useEffect(() => {
    if (!userId || !formState.isDirty) return;
    const t = window.setTimeout(() => void saveDraft(userId, draftForm, { ...values }).catch(() => {}), 500);
    return () => window.clearTimeout(t);
  }, [values, userId, draftForm, formState.isDirty]);

  // Work is never lost: warn before leaving the page with text the officer typed (the identitas
  // prefilled from the client's data on open is not the officer's change: no warning, no "belum disimpan").
  const typed = formState.isDirty;
  useEffect(() => {
    if (!typed) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [typed]);

  const save = async (values: LitmasSections): Promise<number | null> => {
    const res = await saveLitmasDraftAction({ litmasId, version, sections: values });
    if (!res.ok || !res.data) {
      setMsg({ tone: "error", text: res.ok ? "Terjadi kesalahan." : res.error });
      return null;
    }
    setVersion(res.data.version);
    reset(values); // keep the text, mark it saved
    if (userId) void clearDraft(userId, draftForm).catch(() => {});
    setRestored(null);
    setNeedsSave(false);
    setMsg({ tone: "success", text: `Draf disimpan sebagai versi ${res.data.versionNo}.` });
    return res.data.version;
  };

  const onSave = handleSubmit(async (values) => {
    setBusy("save");
    setMsg(null);
    try {
      if (await save(values)) router.refresh();
    } finally {
      setBusy(null);
    }
  });

  const onSubmit = handleSubmit(async (values) => {
    setBusy("submit");
    setMsg(null);
    try {
      let v: number | null = version;
      if (isDirty) v = await save(values);
      if (!v) return;
      const res = await submitLitmasAction({ litmasId, version: v });
      if (!res.ok) {
        setMsg({ tone: "error", text: res.error });
        router.refresh();
        return;
      }
      router.refresh();
    } finally {
      setBusy(null);
    }
  });

  return (
    <form onSubmit={onSave} noValidate className="space-y-5" aria-label="Naskah litmas">
      {restored ? (
        <Alert tone="info">Teks yang belum tersimpan dipulihkan dari perangkat ini (diketik {formatDateTime(new Date(restored), timeZone)}). Periksa, lalu simpan draf.</Alert>
      ) : null}
      {keys.map((k, i) => (
        <Field key={k} id={`section-${k}`} label={`${i + 1}. ${LITMAS_SECTION_LABEL[k]}`} hint={HINTS[k]} error={errors[k]?.message}>
          <Textarea rows={k === "identitas" ? 9 : 6} {...describedBy(`section-${k}`, errors[k]?.message, HINTS[k])} {...register(k)} />
        </Field>
      ))}
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-5 sm:px-5">
        <Button type="submit" disabled={busy !== null}>
          {busy === "save" ? <Spinner /> : null}
          {busy === "save" ? "Menyimpan…" : "Simpan draf"}
        </Button>
        {canSubmit ? (
          <Button type="button" variant="secondary" disabled={busy !== null} onClick={onSubmit}>
            {busy === "submit" ? <Spinner /> : null}
            {busy === "submit" ? "Mengajukan…" : "Ajukan ke Kepala Bapas"}
          </Button>
        ) : null}
        <span className="text-xs text-slate-500" aria-live="polite">{formState.isDirty ? "Ada perubahan yang belum disimpan." : needsSave ? "Identitas diisi dari data klien; simpan draf untuk menyimpannya." : "Semua perubahan tersimpan."}</span>
      </div>
    </form>
  );
}
