"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { setCapacityAction } from "@/app/(app)/clients/_registry/actions";
import { Button, Spinner } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** Inline capacity editor on the workload table (admin). */
export function CapacityForm({ pkId, capacity, pkName }: { pkId: string; capacity: number; pkName: string }) {
  const router = useRouter();
  const [value, setValue] = useState(String(capacity));
  const [pending, setPending] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `cap-${pkId}`;
  async function save(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setMsg(null);
    const res = await setCapacityAction({ pkId, capacity: Number(value) });
    setPending(false);
    if (res.ok) {
      setMsg({ ok: true, text: "Tersimpan" });
      router.refresh();
    } else setMsg({ ok: false, text: res.fieldErrors?.capacity?.[0] ?? res.error });
  }
  return (
    <form onSubmit={save} className="flex flex-wrap items-center justify-end gap-1.5 md:flex-nowrap" aria-label={`Kapasitas ${pkName}`}>
      <label htmlFor={id} className="text-xs text-slate-600 md:sr-only">Kapasitas<span className="sr-only"> {pkName}</span></label>
      <div className="w-20 shrink-0">
        <Input id={id} type="number" min={1} max={500} value={value} onChange={(e) => setValue(e.target.value)} className="h-8 text-right" aria-invalid={msg && !msg.ok ? true : undefined} />
      </div>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || value === String(capacity)}>{pending ? <Spinner /> : null}Simpan</Button>
      {msg ? <span role={msg.ok ? "status" : "alert"} className={`basis-full text-right text-xs ${msg.ok ? "text-emerald-700" : "text-red-700"}`}>{msg.text}</span> : null}
    </form>
  );
}
