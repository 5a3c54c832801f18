"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { InstrumentDefinition } from "@/lib/domain/risk-assessment";
import { markNewInformationAction, recordRiskAssessmentAction } from "./actions";

type Res = { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

function useSubmit(action: (input: unknown) => Promise<Res>) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<Res | null>(null);
  async function submit(input: Record<string, unknown>) {
    setPending(true);
    setRes(null);
    const r = await action(input);
    setPending(false);
    setRes(r);
    if (r.ok) router.refresh();
    return r;
  }
  const err = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  return { pending, res, submit, err };
}

export interface InstrumentOptionDto { id: string; name: string; definition: InstrumentDefinition }

export function AssessmentForm({ clientId, instruments, litmas, today }: { clientId: string; instruments: InstrumentOptionDto[]; litmas: { id: string; label: string }[]; today: string }) {
  const { pending, res, submit, err } = useSubmit(recordRiskAssessmentAction);
  const [instrumentId, setInstrumentId] = useState(instruments[0]?.id ?? "");
  const inst = instruments.find((i) => i.id === instrumentId) ?? instruments[0];
  if (!inst) return <p className="text-sm text-slate-600">Belum ada instrumen asesmen. Minta admin memuat formulir resmi.</p>;
  const def = inst.definition;
  return (
    <form
      noValidate
      aria-label="Catat asesmen risiko dan kebutuhan"
      className="space-y-5"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const fd = new FormData(form);
        const answers: Record<string, string> = {};
        const findings: Record<string, string> = {};
        for (const d of def.domains) {
          const f = String(fd.get(`finding-${d.id}`) ?? "").trim();
          if (f) findings[d.id] = f;
          for (const q of d.questions) { const v = fd.get(`q-${q.id}`); if (v) answers[q.id] = String(v); }
        }
        const r = await submit({ clientId, instrumentId: inst.id, litmasId: fd.get("litmasId") || undefined, assessedOn: fd.get("assessedOn"), answers, findings, needs: fd.getAll("needs").map(String) });
        if (r.ok) form.reset();
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="instrumentId" label="Instrumen" error={err("instrumentId")}>
          <Select name="instrumentId" value={inst.id} onChange={(e) => setInstrumentId(e.target.value)} {...describedBy("instrumentId", err("instrumentId"))}>
            {instruments.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
          </Select>
        </Field>
        <Field id="assessedOn" label="Tanggal asesmen" error={err("assessedOn")}>
          <Input type="date" name="assessedOn" defaultValue={today} max={today} {...describedBy("assessedOn", err("assessedOn"))} />
        </Field>
        <Field id="litmasId" label="Dipakai dalam litmas (opsional)" error={err("litmasId")}>
          <Select name="litmasId" defaultValue="" {...describedBy("litmasId", err("litmasId"))}>
            <option value="">Tidak terkait litmas</option>
            {litmas.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
          </Select>
        </Field>
      </div>
      {def.domains.map((d) => (
        <fieldset key={d.id} className="space-y-3 rounded-lg border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{d.label}</legend>
          {d.questions.map((q) => {
            const e = err(`answers.${q.id}`);
            return (
              <div key={q.id} role="radiogroup" aria-labelledby={`ql-${q.id}`} aria-describedby={e ? `qe-${q.id}` : undefined}>
                <p id={`ql-${q.id}`} className="text-sm text-slate-800">{q.text}</p>
                <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {q.options.map((o) => (
                    <label key={o.id} className="flex items-center gap-1.5 text-sm text-slate-700">
                      <input type="radio" name={`q-${q.id}`} value={o.id} className="size-4 focus-visible:outline-2 focus-visible:outline-blue-600" />
                      {o.label} <span className="text-xs text-slate-500">({o.score})</span>
                    </label>
                  ))}
                </div>
                {e ? <p id={`qe-${q.id}`} className="mt-1 text-xs text-red-700">{e}</p> : null}
              </div>
            );
          })}
          <Field id={`finding-${d.id}`} label="Temuan">
            <Textarea name={`finding-${d.id}`} rows={2} placeholder="Apa yang ditemukan pada domain ini (opsional)" />
          </Field>
        </fieldset>
      ))}
      {def.needs.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-900">Kebutuhan kriminogenik</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {def.needs.map((n) => (
              <label key={n.id} className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name="needs" value={n.id} className="size-4" /> {n.label}
              </label>
            ))}
          </div>
          {err("needs") ? <p className="text-xs text-red-700">{err("needs")}</p> : null}
        </fieldset>
      ) : null}
      <p className="text-xs text-slate-600">Tingkat risiko dihitung dari jawaban menurut aturan skor instrumen. Asesmen ulang jatuh tempo {def.reassessMonths} bulan kemudian.</p>
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Simpan asesmen"}
      </Button>
    </form>
  );
}

export function NewInformationForm({ clientId, assessmentId }: { clientId: string; assessmentId: string }) {
  const { pending, res, submit, err } = useSubmit(markNewInformationAction);
  return (
    <form
      noValidate
      aria-label="Catat informasi baru"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        void submit({ clientId, assessmentId, note: fd.get("note") });
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <Field id="newInfo" label="Informasi baru yang memengaruhi risiko" hint="Asesmen ulang menjadi jatuh tempo hari ini dan muncul di Tugas saya." error={err("note")}>
        <Textarea name="note" rows={2} {...describedBy("newInfo", err("note"), "x")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Catat informasi baru"}
      </Button>
    </form>
  );
}
