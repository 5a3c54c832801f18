"use client";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";

/** A person on the office's file who may be the one being recorded (from findPersonMatches). */
export type PersonMatch = { id: string; fullName: string; birthDate: string | null; nikMasked: string; matchedBy: string; inGuidance: boolean; cases: number };

/**
 * "Maybe this person is already on file": the officer picks the person or says it is someone else.
 * Never merged automatically. `noun` is how the form calls the person ("anak", "orang").
 */
export function PersonMatches({ matches, noun, pending, onPick, onNew }: {
  matches: PersonMatch[];
  noun: "anak" | "orang";
  pending: boolean;
  onPick: (personId: string) => void;
  onNew: () => void;
}) {
  return (
    <section aria-labelledby="kecocokan" className="rounded-md border border-amber-300 bg-amber-50 p-4">
      <h2 id="kecocokan" className="text-sm font-semibold text-amber-900">Mungkin {noun} ini sudah tercatat</h2>
      <p className="mt-1 text-sm text-amber-900">Periksa sebelum mencatat {noun} baru. Data tidak pernah digabung otomatis.</p>
      <ul className="mt-3 space-y-2">
        {matches.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-amber-200 bg-white px-3 py-2 text-sm">
            <span>
              <span className="font-medium">{m.fullName}</span>
              <span className="block text-xs text-slate-600">
                {m.birthDate ? `lahir ${formatDate(new Date(`${m.birthDate}T00:00:00Z`))} · ` : ""}NIK {m.nikMasked} · cocok pada {m.matchedBy === "NIK" ? "NIK" : "nama dan tanggal lahir"}
                {m.inGuidance ? " · sedang dalam pembimbingan" : ""} · {m.cases} layanan
              </span>
            </span>
            <Button type="button" variant="secondary" onClick={() => onPick(m.id)} disabled={pending}>Pakai data ini</Button>
          </li>
        ))}
      </ul>
      <Button type="button" variant="secondary" className="mt-3 h-auto min-h-10 whitespace-normal py-2 text-left" onClick={onNew} disabled={pending}>
        Bukan {noun} yang sama, catat sebagai {noun} baru
      </Button>
    </section>
  );
}
