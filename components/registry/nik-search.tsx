"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { searchByNikAction } from "@/app/(app)/clients/_registry/actions";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { NIK_SEARCH_EVENT } from "./search-field";

type Hit = { id: string; fullName: string; registerNumber: string; nikMasked: string; pkName: string | null };

/**
 * NIK search: sent by POST (a server action), so the NIK never appears in a URL or a log. A NIK
 * typed into the list's name box comes here too (SearchField); `droppedFromUrl`: the page removed
 * one that arrived in the URL without JavaScript.
 */
export function NikSearch({ droppedFromUrl = false }: { droppedFromUrl?: boolean }) {
  const [nik, setNik] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hits, setHits] = useState<Hit[] | null>(null);
  // On a phone the separate NIK box is folded into the list's search box (a NIK typed there comes
  // here); it shows once a NIK was searched, or from md up.
  const [shown, setShown] = useState(droppedFromUrl);
  const search = useCallback(async (value: string) => {
    setPending(true);
    setError(null);
    const res = await searchByNikAction({ nik: value.trim() });
    setPending(false);
    if (!res.ok) {
      setHits(null);
      return setError(res.fieldErrors?.nik?.[0] ?? res.error);
    }
    setHits((res.data as Hit[]) ?? []);
  }, []);
  useEffect(() => {
    const onNik = (e: Event) => {
      const value = (e as CustomEvent<string>).detail;
      setNik(value);
      setShown(true);
      void search(value).then(() => document.getElementById("nik-search")?.focus());
    };
    window.addEventListener(NIK_SEARCH_EVENT, onNik);
    return () => window.removeEventListener(NIK_SEARCH_EVENT, onNik);
  }, [search]);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await search(nik);
  }
  return (
    <form onSubmit={submit} role="search" aria-label="Cari klien dengan NIK" className={`mt-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${shown || hits || error ? "" : "hidden md:block"}`}>
      <Label htmlFor="nik-search">Cari dengan NIK</Label>
      {droppedFromUrl ? <Alert tone="info" className="mt-1">NIK tidak dicari lewat alamat halaman. Ketik NIK di kotak ini; pencarian dikirim tanpa menampilkannya di alamat.</Alert> : null}
      <div className="mt-1 flex flex-wrap gap-2">
        <Input id="nik-search" name="nik" inputMode="numeric" autoComplete="off" maxLength={16} value={nik} onChange={(e) => setNik(e.target.value)} placeholder="16 digit NIK" className="max-w-xs" aria-invalid={error ? true : undefined} aria-describedby={error ? "nik-search-error" : undefined} />
        <Button type="submit" variant="secondary" disabled={pending}>{pending ? <Spinner /> : null}{pending ? "Mencari…" : "Cari NIK"}</Button>
      </div>
      {error ? <p id="nik-search-error" className="mt-1 text-xs font-medium text-red-700">{error}</p> : null}
      {hits ? (
        hits.length === 0 ? (
          <Alert tone="info" className="mt-3">Tidak ada klien dengan NIK ini dalam daftar Anda. Periksa angkanya, atau daftarkan klien baru.</Alert>
        ) : (
          <ul className="mt-3 space-y-1 text-sm" aria-label="Hasil pencarian NIK">
            {hits.map((h) => (
              <li key={h.id}>
                <Link href={`/clients/${h.id}`} className="font-medium text-brand-700 hover:underline">{h.fullName}</Link>{" "}
                <span className="text-slate-600">{h.registerNumber} · NIK {h.nikMasked} · PK: {h.pkName ?? "belum ditugaskan"}</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </form>
  );
}
