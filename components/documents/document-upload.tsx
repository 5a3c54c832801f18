"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { DOCUMENT_KINDS } from "@/lib/domain/enums";
import { DOCUMENT_KIND_LABEL } from "@/lib/domain/labels";

type Res = { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Uploads a scanned SK, putusan or statement to the case: PDF, JPEG or PNG up to 10 MB. */
export function DocumentUpload({ clientId }: { clientId: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<Res | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const err = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      ref={form}
      noValidate
      aria-label="Unggah dokumen"
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const file = fd.get("file");
        if (!(file instanceof File) || file.size === 0) {
          setRes({ ok: false, error: "Pilih berkas yang akan diunggah.", fieldErrors: { file: ["Pilih berkas yang akan diunggah."] } });
          return;
        }
        setPending(true);
        setRes(null);
        try {
          const r = await fetch(`/api/clients/${clientId}/documents`, { method: "POST", body: fd });
          const body = (await r.json().catch(() => null)) as Res | null;
          setRes(body ?? { ok: false, error: r.status === 413 ? "Berkas terlalu besar: paling besar 10 MB." : "Unggahan gagal. Coba lagi." });
          if (body?.ok) {
            form.current?.reset();
            setChosen(null);
            router.refresh();
          }
        } catch {
          setRes({ ok: false, error: "Tidak ada koneksi. Berkas belum terunggah; coba lagi saat sinyal kembali." });
        } finally {
          setPending(false);
        }
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="docKind" label="Jenis dokumen" error={err("kind")}>
          <Select name="kind" defaultValue="SK" {...describedBy("docKind", err("kind"))}>
            {DOCUMENT_KINDS.map((k) => <option key={k} value={k}>{DOCUMENT_KIND_LABEL[k]}</option>)}
          </Select>
        </Field>
        <Field id="docTitle" label="Judul (opsional)" error={err("title")}>
          <Input name="title" placeholder="mis. SK PB No. PAS-1234.PK.01.05" {...describedBy("docTitle", err("title"))} />
        </Field>
      </div>
      <Field id="docFile" label="Berkas" hint="PDF, JPEG atau PNG, paling besar 10 MB." error={err("file")}>
        {/* The browser's own file button speaks its own language: ours says it in the officers' words. */}
        <div className="flex flex-wrap items-center gap-3">
          <input
            type="file" name="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="peer sr-only"
            onChange={(e) => setChosen(e.currentTarget.files?.[0]?.name ?? null)} {...describedBy("docFile", err("file"), "x")}
          />
          <label htmlFor="docFile" className="inline-flex h-10 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
            Pilih berkas
          </label>
          <span className="min-w-0 truncate text-sm text-slate-600">{chosen ?? "Belum ada berkas dipilih"}</span>
        </div>
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Mengunggah…" : "Unggah dokumen"}
      </Button>
    </form>
  );
}
