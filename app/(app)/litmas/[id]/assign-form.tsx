"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { assignLitmasAction } from "../actions";

export function AssignForm({ litmasId, version, currentPkId, pks }: { litmasId: string; version: number; currentPkId: string | null; pks: { id: string; name: string; openLitmas: number }[] }) {
  const router = useRouter();
  const [pkId, setPkId] = useState("");
  const [msg, setMsg] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const first = !currentPkId;
  const choices = pks.filter((p) => p.id !== currentPkId);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMsg(null);
    if (!pkId) {
      setMsg({ tone: "error", text: "Pilih PK yang akan ditugaskan." });
      return;
    }
    start(async () => {
      const res = await assignLitmasAction({ litmasId, pkId, version });
      if (res.ok) {
        setMsg({ tone: "success", text: res.message ?? "Tersimpan." });
        setPkId("");
        router.refresh();
      } else setMsg({ tone: "error", text: res.fieldErrors?.pkId?.[0] ?? res.error });
    });
  };

  if (choices.length === 0) return <p className="text-sm text-slate-600">Belum ada PK aktif lain di kantor ini. Admin dapat menambahkan PK di pengelolaan pengguna.</p>;
  return (
    <form onSubmit={submit} className="space-y-3" aria-label={first ? "Disposisi litmas" : "Pindahkan litmas ke PK lain"}>
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      <Field id="pkId" label={first ? "Tugaskan kepada PK" : "Pindahkan ke PK"} hint="Angka dalam kurung: litmas yang sedang dikerjakan PK tersebut.">
        <Select id="pkId" value={pkId} onChange={(e) => setPkId(e.target.value)} aria-describedby="pkId-hint">
          <option value="">Pilih PK…</option>
          {choices.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.openLitmas})</option>)}
        </Select>
      </Field>
      <Button type="submit" disabled={pending} variant={first ? "primary" : "secondary"}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : first ? "Disposisikan" : "Pindahkan"}
      </Button>
    </form>
  );
}
