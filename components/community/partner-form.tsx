"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { PARTNER_CATEGORIES, PARTNER_CATEGORY_LABEL, PARTNER_FIELDS, PARTNER_FIELD_LABEL, POKMAS_FIELDS, POKMAS_FIELD_LABEL, type PartnerKind } from "@/lib/domain/community";

type Res = { ok: true; message?: string; data?: { id: string } } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

export interface PartnerFormValues {
  partnerId?: string; version?: number; kind: PartnerKind; name: string; category: string; field: string; pokmasField: string; pokmasId: string;
  contactPerson: string; phone: string; address: string;
}

/** Adds or changes a Pokmas Lipas or a mitra; the fields follow the kind. */
export function PartnerForm({ initial, pokmasOptions, action }: { initial: PartnerFormValues; pokmasOptions: { id: string; name: string }[]; action: (input: unknown) => Promise<Res> }) {
  const router = useRouter();
  const [kind, setKind] = useState<PartnerKind>(initial.kind);
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<Res | null>(null);
  const err = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      noValidate
      aria-label={initial.partnerId ? "Ubah data mitra" : "Tambah Pokmas Lipas atau mitra"}
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const input = { ...Object.fromEntries(fd.entries()), partnerId: initial.partnerId, version: initial.version, kind };
        setPending(true);
        setRes(null);
        const r = await action(input);
        setPending(false);
        setRes(r);
        if (r.ok && r.data) router.push(`/partners/${r.data.id}`);
      }}
    >
      {res && !res.ok ? <Alert tone="error">{res.error}</Alert> : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Jenis</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["POKMAS", "MITRA"] as const).map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="kindChoice" value={k} checked={kind === k} onChange={() => setKind(k)} className="size-4" />
              {k === "POKMAS" ? "Pokmas Lipas (kelompok)" : "Mitra"}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="p-name" label={kind === "POKMAS" ? "Nama Pokmas Lipas" : "Nama mitra"} error={err("name")}>
        <Input name="name" defaultValue={initial.name} {...describedBy("p-name", err("name"))} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === "POKMAS" ? (
          <Field id="p-pokmasField" label="Bidang Pokmas Lipas" error={err("pokmasField")}>
            <Select name="pokmasField" defaultValue={initial.pokmasField} {...describedBy("p-pokmasField", err("pokmasField"))}>
              <option value="">Pilih bidang</option>
              {POKMAS_FIELDS.map((f) => <option key={f} value={f}>{POKMAS_FIELD_LABEL[f]}</option>)}
            </Select>
          </Field>
        ) : (
          <Field id="p-field" label="Bidang pembimbingan" error={err("field")}>
            <Select name="field" defaultValue={initial.field} {...describedBy("p-field", err("field"))}>
              <option value="">Pilih bidang</option>
              {PARTNER_FIELDS.map((f) => <option key={f} value={f}>{PARTNER_FIELD_LABEL[f]}</option>)}
            </Select>
          </Field>
        )}
        <Field id="p-category" label="Jenis lembaga" error={err("category")}>
          <Select name="category" defaultValue={initial.category} {...describedBy("p-category", err("category"))}>
            {PARTNER_CATEGORIES.map((c) => <option key={c} value={c}>{PARTNER_CATEGORY_LABEL[c]}</option>)}
          </Select>
        </Field>
        {kind === "MITRA" ? (
          <Field id="p-pokmasId" label="Anggota Pokmas Lipas" error={err("pokmasId")}>
            <Select name="pokmasId" defaultValue={initial.pokmasId} {...describedBy("p-pokmasId", err("pokmasId"))}>
              <option value="">Bukan anggota Pokmas Lipas</option>
              {pokmasOptions.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </Select>
          </Field>
        ) : null}
        <Field id="p-contactPerson" label="Narahubung (opsional)" error={err("contactPerson")}>
          <Input name="contactPerson" defaultValue={initial.contactPerson} {...describedBy("p-contactPerson", err("contactPerson"))} />
        </Field>
        <Field id="p-phone" label="Telepon (opsional)" error={err("phone")}>
          <Input name="phone" type="tel" inputMode="tel" defaultValue={initial.phone} {...describedBy("p-phone", err("phone"))} />
        </Field>
      </div>
      <Field id="p-address" label="Alamat (opsional)" error={err("address")}>
        <Input name="address" defaultValue={initial.address} {...describedBy("p-address", err("address"))} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Simpan"}
      </Button>
    </form>
  );
}
