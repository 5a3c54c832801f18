"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { assignClientsAction } from "@/app/(app)/clients/_registry/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { ZAssignClients, type AssignClientsInput } from "@/lib/schemas/client";

export interface PkChoice {
  id: string;
  name: string;
  activeClients: number;
  capacity: number;
  workloadPercent: number;
  blockedReason: string | null;
  suggested: boolean;
}

export function AssignForm({ clientIds, pks, returnTo }: { clientIds: string[]; pks: PkChoice[]; returnTo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const suggested = pks.find((p) => p.suggested);
  const { register, handleSubmit, formState, setError: setFieldError } = useForm<AssignClientsInput>({
    resolver: zodResolver(ZAssignClients),
    defaultValues: { clientIds, pkId: suggested?.id ?? "", reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await assignClientsAction(values);
    if (res.ok) {
      router.push(`${returnTo}${returnTo.includes("?") ? "&" : "?"}saved=tugas`);
      router.refresh();
      return;
    }
    for (const [k, m] of Object.entries(res.fieldErrors ?? {})) if (m?.[0]) setFieldError(k as keyof AssignClientsInput, { message: m[0] });
    setError(res.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Tugaskan PK">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <fieldset aria-describedby={errors.pkId ? "pkId-error" : "pkId-hint"}>
        <legend className="text-sm font-medium text-slate-800">PK yang ditugaskan</legend>
        <p id="pkId-hint" className="text-xs text-slate-500">
          {suggested ? `Disarankan: ${suggested.name}, beban paling ringan (${suggested.workloadPercent}%).` : "Tidak ada PK yang dapat menerima klien ini. Minta admin menaikkan kapasitas atau mengaktifkan PK."}
        </p>
        <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
          {pks.map((p) => (
            <li key={p.id}>
              <label className={`flex items-center gap-3 px-3 py-2 text-sm ${p.blockedReason ? "cursor-not-allowed bg-slate-50 text-slate-500" : "cursor-pointer hover:bg-slate-50"}`}>
                <input type="radio" value={p.id} disabled={!!p.blockedReason} className="size-4" {...register("pkId")} />
                <span className="min-w-0 flex-1">
                  <span className="font-medium text-slate-900">{p.name}</span>{" "}
                  {p.suggested ? <Badge tone="green">Disarankan</Badge> : null}
                  <span className="block text-xs">
                    {p.activeClients} dari {p.capacity} klien aktif · {p.workloadPercent}%
                    {p.blockedReason ? <> · <span className="font-medium text-amber-800">Tidak dapat dipilih: {p.blockedReason}</span></> : null}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-500">Hanya PK kantor Anda yang dapat ditugaskan; PK Bapas lain tidak tercantum.</p>
        {errors.pkId ? <p id="pkId-error" className="mt-1 text-xs font-medium text-red-700">{errors.pkId.message}</p> : null}
      </fieldset>
      <Field id="reason" label="Alasan penugasan" hint="mis. penugasan awal, pemerataan beban kerja, PK cuti panjang." error={errors.reason?.message}>
        <Textarea rows={2} {...describedBy("reason", errors.reason?.message, "hint")} {...register("reason")} />
      </Field>
      <Button type="submit" disabled={isSubmitting || !suggested}>
        {isSubmitting ? <Spinner /> : null}
        {isSubmitting ? "Menyimpan…" : clientIds.length > 1 ? `Tugaskan ${clientIds.length} klien` : "Tugaskan"}
      </Button>
    </form>
  );
}
