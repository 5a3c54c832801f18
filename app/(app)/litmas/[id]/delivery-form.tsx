"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { DELIVERY_METHODS } from "@/lib/domain/enums";
import { DELIVERY_METHOD_LABEL } from "@/lib/domain/labels";
import { deliverLitmasAction } from "../actions";

/** "Catat pengiriman": the day the approved report went to the requester, how, and to whom. */
export function DeliveryForm({ litmasId, version, today, approvedOn, requester }: { litmasId: string; version: number; today: string; approvedOn: string; requester: string }) {
  const router = useRouter();
  const [values, setValues] = useState({ deliveredOn: today, deliveryMethod: "DIANTAR_LANGSUNG", deliveredTo: "" });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [msg, setMsg] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setMsg(null);
    setErrors({});
    start(async () => {
      const res = await deliverLitmasAction({ litmasId, version, ...values });
      if (res.ok) {
        router.refresh();
        return;
      }
      setErrors(Object.fromEntries(Object.entries(res.fieldErrors ?? {}).map(([k, m]) => [k, m?.[0]])));
      setMsg(res.error);
    });
  };
  const describe = (id: string, hint?: boolean) => ({ id, "aria-invalid": errors[id] ? true : undefined, "aria-describedby": errors[id] ? `${id}-error` : hint ? `${id}-hint` : undefined });
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Catat pengiriman">
      {msg ? <Alert tone="error">{msg}</Alert> : null}
      <Field id="deliveredOn" label="Tanggal pengiriman" hint="Tidak sebelum tanggal persetujuan dan tidak di masa depan." error={errors.deliveredOn}>
        <Input type="date" min={approvedOn} max={today} value={values.deliveredOn} onChange={set("deliveredOn")} {...describe("deliveredOn", true)} />
      </Field>
      <Field id="deliveryMethod" label="Cara pengiriman" error={errors.deliveryMethod}>
        <Select value={values.deliveryMethod} onChange={set("deliveryMethod")} {...describe("deliveryMethod")}>
          {DELIVERY_METHODS.map((m) => <option key={m} value={m}>{DELIVERY_METHOD_LABEL[m]}</option>)}
        </Select>
      </Field>
      <Field id="deliveredTo" label="Diserahkan kepada" hint={`Nama dan jabatan penerima, mis. petugas registrasi ${requester}.`} error={errors.deliveredTo}>
        <Input value={values.deliveredTo} onChange={set("deliveredTo")} {...describe("deliveredTo", true)} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Catat pengiriman"}
      </Button>
    </form>
  );
}
