"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";

type Res = { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Records a perjanjian kerja sama with its scanned document (PDF, JPEG or PNG, 10 MB). */
export function AgreementUpload({ partnerId }: { partnerId: string }) {
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
      aria-label="Catat perjanjian kerja sama"
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        setRes(null);
        try {
          const r = await fetch(`/api/partners/${partnerId}/agreements`, { method: "POST", body: new FormData(e.currentTarget) });
          const body = (await r.json().catch(() => null)) as Res | null;
          setRes(body ?? { ok: false, error: r.status === 413 ? "Berkas terlalu besar: paling besar 10 MB." : "Penyimpanan gagal. Coba lagi." });
          if (body?.ok) {
            form.current?.reset();
            setChosen(null);
            router.refresh();
          }
        } catch {
          setRes({ ok: false, error: "Tidak ada koneksi. Perjanjian belum tersimpan; coba lagi saat sinyal kembali." });
        } finally {
          setPending(false);
        }
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="ag-number" label="Nomor perjanjian" error={err("number")}>
          <Input name="number" {...describedBy("ag-number", err("number"))} />
        </Field>
        <Field id="ag-signedOn" label="Tanggal perjanjian" error={err("signedOn")}>
          <Input type="date" name="signedOn" {...describedBy("ag-signedOn", err("signedOn"))} />
        </Field>
        <Field id="ag-expiresOn" label="Berlaku sampai" error={err("expiresOn")}>
          <Input type="date" name="expiresOn" {...describedBy("ag-expiresOn", err("expiresOn"))} />
        </Field>
      </div>
      <Field id="ag-note" label="Keterangan (opsional)" error={err("note")}>
        <Input name="note" placeholder="mis. ruang lingkup: pelatihan las dan penempatan kerja" {...describedBy("ag-note", err("note"))} />
      </Field>
      <Field id="ag-file" label="Dokumen perjanjian (opsional)" hint="PDF, JPEG atau PNG, paling besar 10 MB." error={err("file")}>
        <div className="flex flex-wrap items-center gap-3">
          <input type="file" name="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="peer sr-only" onChange={(e) => setChosen(e.currentTarget.files?.[0]?.name ?? null)} {...describedBy("ag-file", err("file"), "x")} />
          <label htmlFor="ag-file" className="inline-flex h-10 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">Pilih berkas</label>
          <span className="min-w-0 truncate text-sm text-slate-600">{chosen ?? "Belum ada berkas dipilih"}</span>
        </div>
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Simpan perjanjian"}
      </Button>
    </form>
  );
}
