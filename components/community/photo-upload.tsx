"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";

type Res = { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Adds photos to an outreach, one request each (JPEG or PNG, 10 MB each). */
export function PhotoUpload({ outreachId, left }: { outreachId: string; left: number }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [res, setRes] = useState<Res | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <form
      ref={form}
      noValidate
      aria-label="Tambah foto kegiatan"
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const files = new FormData(e.currentTarget).getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
        if (files.length === 0) return setRes({ ok: false, error: "Pilih foto yang akan diunggah.", fieldErrors: { photos: ["Pilih foto."] } });
        if (files.length > left) return setRes({ ok: false, error: `Masih dapat ditambah ${left} foto.`, fieldErrors: { photos: [`Pilih paling banyak ${left} foto.`] } });
        const failed: string[] = [];
        for (const [i, file] of files.entries()) {
          setPending(`Mengunggah foto ${i + 1} dari ${files.length}…`);
          const one = new FormData();
          one.set("photo", file);
          const r = await fetch(`/api/outreach/${outreachId}/photos`, { method: "POST", body: one }).catch(() => null);
          const body = (await r?.json().catch(() => null)) as Res | null;
          if (!body?.ok) failed.push(`${file.name}: ${body && !body.ok ? body.error : r?.status === 413 ? "terlalu besar (paling besar 10 MB)" : "gagal terunggah, periksa koneksi"}`);
        }
        setPending(null);
        setRes(failed.length ? { ok: false, error: `Belum terunggah: ${failed.join("; ")}` } : { ok: true, message: "Foto tersimpan." });
        form.current?.reset();
        setChosen([]);
        router.refresh();
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <Field id="ph-photos" label="Tambah foto" hint={`JPEG atau PNG, masing-masing paling besar 10 MB; masih dapat ditambah ${left} foto.`} error={res && !res.ok ? res.fieldErrors?.photos?.[0] : undefined}>
        <div className="flex flex-wrap items-center gap-3">
          <input type="file" name="photos" multiple accept=".jpg,.jpeg,.png,image/jpeg,image/png" className="peer sr-only"
            onChange={(e) => setChosen(Array.from(e.currentTarget.files ?? []).map((f) => f.name))} {...describedBy("ph-photos", undefined, "x")} />
          <label htmlFor="ph-photos" className="inline-flex h-10 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">Pilih foto</label>
          <span className="min-w-0 truncate text-sm text-slate-600">{chosen.length ? `${chosen.length} foto dipilih` : "Belum ada foto dipilih"}</span>
        </div>
      </Field>
      <Button type="submit" variant="secondary" disabled={!!pending}>
        {pending ? <Spinner /> : null}
        {pending ?? "Unggah foto"}
      </Button>
    </form>
  );
}
