"use client";

import { TZDate } from "@date-fns/tz";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { APPROACHES, GUIDANCE_TYPES } from "@/lib/domain/enums";
import { APPROACH_LABEL, GUIDANCE_TYPE_LABEL } from "@/lib/domain/labels";

type Res = { ok: true; message?: string; data?: { id: string } } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };
type Mark = "present" | "absent";

/**
 * A group or classical session recorded once: the details, then a searchable checklist of the
 * recorder's clients, each marked hadir or tidak hadir. Made for a phone: one column, large targets.
 */
export function GroupSessionForm({ clients, partners, timeZone, today, now, showPk, action }: {
  clients: { id: string; fullName: string; registerNumber: string; pk: string | null }[];
  partners: { id: string; name: string }[];
  timeZone: string;
  today: string;
  now: string;
  showPk: boolean;
  action: (input: unknown) => Promise<Res>;
}) {
  const router = useRouter();
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [q, setQ] = useState("");
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<Res | null>(null);
  const err = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  const shown = useMemo(() => {
    const t = q.trim().toLowerCase();
    return t ? clients.filter((c) => c.fullName.toLowerCase().includes(t) || c.registerNumber.toLowerCase().includes(t)) : clients;
  }, [q, clients]);
  const chosen = Object.keys(marks).length;
  const present = Object.values(marks).filter((m) => m === "present").length;
  const toggle = (id: string) => setMarks((m) => {
    const next = { ...m };
    if (next[id]) delete next[id];
    else next[id] = "present";
    return next;
  });
  return (
    <form
      noValidate
      aria-label="Catat sesi kelompok"
      className="space-y-5"
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const date = String(fd.get("date") ?? "");
        const time = String(fd.get("time") ?? "");
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
        const t = /^(\d{1,2})[:.](\d{2})$/.exec(time);
        if (!m || !t) {
          setRes({ ok: false, error: "Periksa kembali isian yang ditandai.", fieldErrors: { heldAt: ["Isi tanggal dan jam sesi."] } });
          return;
        }
        const heldAt = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2]), 0, timeZone).toISOString();
        const input = {
          heldAt, place: fd.get("place"), guidanceType: fd.get("guidanceType"), approach: fd.get("approach"), facilitator: fd.get("facilitator"),
          partnerId: fd.get("partnerId"), topic: fd.get("topic"), notes: fd.get("notes"),
          attendees: Object.entries(marks).map(([clientId, mark]) => ({ clientId, present: mark === "present" })),
        };
        setPending(true);
        setRes(null);
        const r = await action(input);
        setPending(false);
        setRes(r);
        if (r.ok && r.data) router.push(`/group-sessions/${r.data.id}`);
      }}
    >
      {res && !res.ok ? <Alert tone="error">{res.error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="gs-date" label="Tanggal" error={err("heldAt")}>
          <Input type="date" name="date" defaultValue={today} {...describedBy("gs-date", err("heldAt"))} />
        </Field>
        <Field id="gs-time" label="Jam mulai">
          <Input type="time" name="time" defaultValue={now} {...describedBy("gs-time")} />
        </Field>
        <Field id="gs-place" label="Tempat" error={err("place")}>
          <Input name="place" placeholder="mis. Aula Bapas, Masjid Al-Ikhlas" {...describedBy("gs-place", err("place"))} />
        </Field>
        <Field id="gs-facilitator" label="Fasilitator" error={err("facilitator")}>
          <Input name="facilitator" placeholder="Nama dan lembaga" {...describedBy("gs-facilitator", err("facilitator"))} />
        </Field>
        <Field id="gs-type" label="Jenis bimbingan" error={err("guidanceType")}>
          <Select name="guidanceType" defaultValue="MENTAL" {...describedBy("gs-type", err("guidanceType"))}>
            {GUIDANCE_TYPES.map((g) => <option key={g} value={g}>{GUIDANCE_TYPE_LABEL[g]}</option>)}
          </Select>
        </Field>
        <Field id="gs-approach" label="Pendekatan" error={err("approach")}>
          <Select name="approach" defaultValue="GROUP" {...describedBy("gs-approach", err("approach"))}>
            {APPROACHES.map((a) => <option key={a} value={a}>{APPROACH_LABEL[a]}</option>)}
          </Select>
        </Field>
        <Field id="gs-partner" label="Mitra (opsional)" error={err("partnerId")}>
          <Select name="partnerId" defaultValue="" {...describedBy("gs-partner", err("partnerId"))}>
            <option value="">Tanpa mitra</option>
            {partners.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </Select>
        </Field>
        <Field id="gs-topic" label="Materi" error={err("topic")}>
          <Input name="topic" {...describedBy("gs-topic", err("topic"))} />
        </Field>
      </div>
      <Field id="gs-notes" label="Catatan (opsional)" error={err("notes")}>
        <Textarea name="notes" rows={3} {...describedBy("gs-notes", err("notes"))} />
      </Field>

      <fieldset className="space-y-3" aria-describedby="gs-attendees-help">
        <legend className="text-base font-semibold text-slate-900">Daftar hadir</legend>
        <p id="gs-attendees-help" className="text-sm text-slate-600">
          Centang klien peserta; tandai yang tidak hadir. {chosen ? <strong className="text-slate-900">{chosen} peserta, {present} hadir.</strong> : null}
        </p>
        {err("attendees") ? <p className="text-sm text-red-700" role="alert">{err("attendees")}</p> : null}
        <Input type="search" aria-label="Cari klien" placeholder="Cari nama atau nomor register" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        {clients.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 px-3 py-4 text-sm text-slate-600">Tidak ada klien aktif yang dapat Anda catat.</p>
        ) : shown.length === 0 ? (
          <p className="px-1 text-sm text-slate-600">Tidak ada klien yang cocok dengan “{q}”.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {shown.map((c) => {
              const mark = marks[c.id];
              return (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                  <label className="flex min-h-11 min-w-0 flex-1 items-center gap-3">
                    <input type="checkbox" className="size-5 shrink-0" checked={!!mark} onChange={() => toggle(c.id)} aria-label={`Peserta: ${c.fullName}`} />
                    <span className="min-w-0">
                      <span className="block truncate font-medium">{c.fullName}</span>
                      <span className="block text-xs text-slate-600"><span className="font-mono">{c.registerNumber}</span>{showPk && c.pk ? ` · ${c.pk}` : ""}</span>
                    </span>
                  </label>
                  {mark ? (
                    <span className="flex overflow-hidden rounded-md border border-slate-300 text-sm" role="group" aria-label={`Kehadiran ${c.fullName}`}>
                      <button type="button" aria-pressed={mark === "present"} onClick={() => setMarks((m) => ({ ...m, [c.id]: "present" }))}
                        className={`min-h-10 px-3 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-600 ${mark === "present" ? "bg-emerald-700 text-white" : "bg-white text-slate-700"}`}>Hadir</button>
                      <button type="button" aria-pressed={mark === "absent"} onClick={() => setMarks((m) => ({ ...m, [c.id]: "absent" }))}
                        className={`min-h-10 border-l border-slate-300 px-3 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-brand-600 ${mark === "absent" ? "bg-red-700 text-white" : "bg-white text-slate-700"}`}>Tidak hadir</button>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : `Simpan sesi${chosen ? ` (${chosen} peserta)` : ""}`}
      </Button>
    </form>
  );
}
