"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { OUTREACH_KIND_LABEL, OUTREACH_KINDS } from "@/lib/domain/community";

type Res = { ok: true; message: string; id: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Records an office outreach with its partners and up to six photos (JPEG or PNG, 10 MB each). */
export function OutreachForm({ partners, today }: { partners: { id: string; name: string }[]; today: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<Res | null>(null);
  const [photos, setPhotos] = useState<string[]>([]);
  const [progress, setProgress] = useState<string | null>(null);
  const err = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      noValidate
      aria-label="Catat kegiatan penjangkauan"
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        setRes(null);
        const fd = new FormData(e.currentTarget);
        const files = fd.getAll("photos").filter((f): f is File => f instanceof File && f.size > 0);
        fd.delete("photos");
        if (files.length > 6) {
          setPending(false);
          setRes({ ok: false, error: "Paling banyak 6 foto.", fieldErrors: { photos: ["Pilih paling banyak 6 foto."] } });
          return;
        }
        try {
          const r = await fetch("/api/outreach", { method: "POST", body: fd });
          const body = (await r.json().catch(() => null)) as Res | null;
          if (!body?.ok) {
            setRes(body ?? { ok: false, error: "Penyimpanan gagal. Coba lagi." });
            return;
          }
          // The activity is saved; each photo goes in its own request (each up to 10 MB).
          const failed: string[] = [];
          for (const [i, file] of files.entries()) {
            setProgress(`Mengunggah foto ${i + 1} dari ${files.length}…`);
            const one = new FormData();
            one.set("photo", file);
            const pr = await fetch(`/api/outreach/${body.id}/photos`, { method: "POST", body: one }).catch(() => null);
            const pb = (await pr?.json().catch(() => null)) as Res | null;
            if (!pb?.ok) failed.push(`${file.name}: ${pb && !pb.ok ? pb.error : pr?.status === 413 ? "terlalu besar (paling besar 10 MB)" : "gagal terunggah"}`);
          }
          router.push(`/outreach/${body.id}${failed.length ? `?foto_gagal=${encodeURIComponent(failed.join("; ").slice(0, 500))}` : ""}`);
        } catch {
          setRes({ ok: false, error: "Tidak ada koneksi. Kegiatan belum tersimpan; coba lagi saat sinyal kembali." });
        } finally {
          setPending(false);
          setProgress(null);
        }
      }}
    >
      {res && !res.ok ? <Alert tone="error">{res.error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="o-kind" label="Jenis kegiatan" error={err("kind")}>
          <Select name="kind" defaultValue="GOES_TO_VILLAGE" {...describedBy("o-kind", err("kind"))}>
            {OUTREACH_KINDS.map((k) => <option key={k} value={k}>{OUTREACH_KIND_LABEL[k]}</option>)}
          </Select>
        </Field>
        <Field id="o-heldOn" label="Tanggal" error={err("heldOn")}>
          <Input type="date" name="heldOn" defaultValue={today} {...describedBy("o-heldOn", err("heldOn"))} />
        </Field>
      </div>
      <Field id="o-title" label="Nama kegiatan" error={err("title")}>
        <Input name="title" placeholder="mis. Bapas Goes to Village Desa Cilandak" {...describedBy("o-title", err("title"))} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="o-place" label="Tempat" error={err("place")}>
          <Input name="place" placeholder="mis. Balai Desa Cilandak" {...describedBy("o-place", err("place"))} />
        </Field>
        <Field id="o-count" label="Jumlah peserta" error={err("participantCount")}>
          <Input name="participantCount" inputMode="numeric" {...describedBy("o-count", err("participantCount"))} />
        </Field>
      </div>
      <Field id="o-officials" label="Perangkat desa dan tokoh yang hadir (opsional)" hint="Satu nama per baris, dengan jabatannya: mis. H. Sutrisno (Kepala Desa)." error={err("villageOfficials")}>
        <Textarea name="villageOfficials" rows={3} {...describedBy("o-officials", err("villageOfficials"), "x")} />
      </Field>
      {partners.length ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Mitra yang terlibat (opsional)</legend>
          {err("partnerIds") ? <p className="text-sm text-red-700">{err("partnerIds")}</p> : null}
          <div className="grid gap-1 sm:grid-cols-2">
            {partners.map((p) => (
              <label key={p.id} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="partnerIds" value={p.id} className="size-4" /> {p.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <Field id="o-summary" label="Ringkasan" error={err("summary")}>
        <Textarea name="summary" rows={5} placeholder="Materi, tanggapan warga, tindak lanjut." {...describedBy("o-summary", err("summary"))} />
      </Field>
      <Field id="o-photos" label="Foto kegiatan (opsional)" hint="Paling banyak 6 foto JPEG atau PNG, masing-masing paling besar 10 MB." error={err("photos")}>
        <div className="flex flex-wrap items-center gap-3">
          <input type="file" name="photos" multiple accept=".jpg,.jpeg,.png,image/jpeg,image/png" className="peer sr-only"
            onChange={(e) => setPhotos(Array.from(e.currentTarget.files ?? []).map((f) => f.name))} {...describedBy("o-photos", err("photos"), "x")} />
          <label htmlFor="o-photos" className="inline-flex h-10 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">Pilih foto</label>
          <span className="min-w-0 truncate text-sm text-slate-600">{photos.length ? `${photos.length} foto: ${photos.join(", ")}` : "Belum ada foto dipilih"}</span>
        </div>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? progress ?? "Menyimpan…" : "Simpan kegiatan"}
      </Button>
    </form>
  );
}
