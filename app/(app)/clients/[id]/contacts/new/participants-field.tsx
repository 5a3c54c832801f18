"use client";

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describedBy, Input, Label } from "@/components/ui/field";
import { PARTICIPANT_ROLE_SUGGESTIONS } from "@/lib/domain/contact-subject";
import type { ContactSubject } from "@/lib/domain/enums";
import { CONTACT_PARTICIPANTS_MAX, type ContactFormValues } from "@/lib/schemas/contact";

export type KnownPerson = { name: string; role: string };

/**
 * Who took part besides the client and the PK: a name and a relationship or office per row. Needed
 * when the activity is with the family, the guarantor or the community; optional with the client.
 * The family contact and the guarantor on the client's file are one tap away.
 */
export function ParticipantsField({ control, register, errors, subject, known }: {
  control: Control<ContactFormValues>; register: UseFormRegister<ContactFormValues>; errors: FieldErrors<ContactFormValues>;
  subject: ContactSubject; known: KnownPerson[];
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "participants" });
  // The list's own error: set by the server on the array, by zodResolver on its `root` (a field array).
  const listError = errors.participants?.message ?? (errors.participants as { root?: { message?: string } } | undefined)?.root?.message;
  const required = subject !== "KLIEN";
  const listId = `peran-${subject.toLowerCase()}`;
  const offered = known.filter((k) => !fields.some((f) => f.name.trim().toLowerCase() === k.name.trim().toLowerCase()));
  // With the client alone nothing is asked: one quiet button, for a relative who listened in.
  if (!required && fields.length === 0) {
    return (
      <div>
        <Button type="button" size="sm" variant="ghost" className="px-0 text-brand-700" onClick={() => append({ name: "", role: "" })}>+ Orang lain yang hadir (opsional)</Button>
      </div>
    );
  }
  return (
    <fieldset aria-describedby={listError ? "participants-error" : "participants-hint"} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{required ? "Yang hadir" : "Orang lain yang hadir (opsional)"}</legend>
      <p id="participants-hint" className="text-xs text-slate-500">
        {required ? "Nama dan hubungan atau jabatannya, mis. Ibu kandung, Ketua RT 03, Kepala Desa, Bhabinkamtibmas." : "Mis. anggota keluarga yang ikut mendengarkan."}
      </p>
      <datalist id={listId}>
        {PARTICIPANT_ROLE_SUGGESTIONS[subject].map((r) => <option key={r} value={r} />)}
      </datalist>
      {fields.length > 0 ? (
        <ol className="space-y-2">
          {fields.map((f, i) => {
            const e = errors.participants?.[i];
            const nameId = `participants-${i}-name`;
            const roleId = `participants-${i}-role`;
            return (
              <li key={f.id} className="grid grid-cols-[1fr_auto] items-end gap-2 rounded-md border border-slate-200 bg-slate-50 p-2 sm:grid-cols-[1fr_1fr_auto]">
                <div className="space-y-1">
                  <Label htmlFor={nameId}>Nama peserta {i + 1}</Label>
                  <Input autoComplete="off" {...describedBy(nameId, e?.name?.message)} {...register(`participants.${i}.name`)} />
                  {e?.name?.message ? <p id={`${nameId}-error`} className="text-xs font-medium text-red-700">{e.name.message}</p> : null}
                </div>
                <div className="col-span-2 row-start-2 space-y-1 sm:col-span-1 sm:row-start-auto">
                  <Label htmlFor={roleId}>Hubungan/jabatan</Label>
                  <Input autoComplete="off" list={listId} {...describedBy(roleId, e?.role?.message)} {...register(`participants.${i}.role`)} />
                  {e?.role?.message ? <p id={`${roleId}-error`} className="text-xs font-medium text-red-700">{e.role.message}</p> : null}
                </div>
                <Button type="button" size="sm" variant="ghost" onClick={() => remove(i)} aria-label={`Hapus peserta ${i + 1}`} className="col-start-2 row-start-1 sm:col-start-auto sm:row-start-auto">
                  Hapus
                </Button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {fields.length < CONTACT_PARTICIPANTS_MAX ? (
          <Button type="button" size="sm" variant="secondary" onClick={() => append({ name: "", role: "" })}>Tambah peserta</Button>
        ) : null}
        {offered.map((k) => (
          <Button key={k.name} type="button" size="sm" variant="secondary" onClick={() => append(k)}>+ {k.name} ({k.role})</Button>
        ))}
      </div>
      {listError ? <p id="participants-error" className="text-xs font-medium text-red-700">{listError}</p> : null}
    </fieldset>
  );
}
