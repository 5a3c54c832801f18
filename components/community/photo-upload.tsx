"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FileChooser, type UploadResult } from "@/components/ui/multipart-form";

type Res = UploadResult;

/** Adds photos to an outreach, one request each (JPEG or PNG, 10 MB each). */
export function PhotoUpload({ outreachId, left }: { outreachId: string; left: number }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [res, setRes] = useState<Res | null>(null);
  const [resets, setResets] = useState(0);
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
        setResets((n) => n + 1);
        router.refresh();
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <Field id="ph-photos" label="Tambah foto" hint={`JPEG atau PNG, masing-masing paling besar 10 MB; masih dapat ditambah ${left} foto.`} error={res && !res.ok ? res.fieldErrors?.photos?.[0] : undefined}>
        <FileChooser key={resets} id="ph-photos" name="photos" multiple accept=".jpg,.jpeg,.png,image/jpeg,image/png" buttonLabel="Pilih foto" describe={(f) => (f.length ? `${f.length} foto dipilih` : "Belum ada foto dipilih")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={!!pending}>
        {pending ? <Spinner /> : null}
        {pending ?? "Unggah foto"}
      </Button>
    </form>
  );
}
