"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { SECTIONS, type Section } from "@/lib/domain/enums";
import { SECTION_LABEL } from "@/lib/domain/labels";
import { disposeLitmasToSectionAction } from "../actions";

/** The Kepala's disposition to a section: its Kasi then assigns a PK of the section. */
export function SectionForm({ litmasId, version, current, suggested }: { litmasId: string; version: number; current: Section | null; suggested: Section }) {
  const router = useRouter();
  const [section, setSection] = useState<string>(current ? "" : suggested);
  const [msg, setMsg] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMsg(null);
    if (!section) {
      setMsg({ tone: "error", text: "Pilih seksi." });
      return;
    }
    start(async () => {
      const res = await disposeLitmasToSectionAction({ litmasId, section, version });
      if (res.ok) {
        setMsg({ tone: "success", text: res.message ?? "Tersimpan." });
        router.refresh();
      } else setMsg({ tone: "error", text: res.fieldErrors?.section?.[0] ?? res.error });
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Disposisi ke seksi">
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      <Field id="section" label={current ? "Pindahkan ke seksi" : "Disposisikan ke seksi"} hint="Kasi seksi tersebut menugaskan PK-nya.">
        <Select id="section" value={section} onChange={(e) => setSection(e.target.value)} aria-describedby="section-hint">
          <option value="">Pilih seksi…</option>
          {SECTIONS.filter((s) => s !== current).map((s) => <option key={s} value={s}>{SECTION_LABEL[s]}</option>)}
        </Select>
      </Field>
      <Button type="submit" disabled={pending} variant="secondary">
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Disposisi ke seksi"}
      </Button>
    </form>
  );
}
