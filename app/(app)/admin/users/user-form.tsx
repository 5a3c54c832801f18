"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { PK_LEVELS, ROLES, SECTIONS } from "@/lib/domain/enums";
import { PK_LEVEL_LABEL, ROLE_LABEL, SECTION_LABEL } from "@/lib/domain/labels";
import { PASSWORD_MIN } from "@/lib/schemas/auth";
import { ZCreateUser, ZUpdateUser } from "@/lib/schemas/user-admin";
import { createUserAction, updateUserAction } from "./actions";

type Values = {
  name: string;
  email: string;
  nip: string;
  role: string;
  pkLevel: string;
  section: string;
  capacity: string;
  password: string;
  active: boolean;
};

export interface EditableUser {
  id: string;
  version: number;
  name: string;
  email: string;
  nip: string | null;
  role: string;
  pkLevel: string | null;
  section: string | null;
  capacity: number;
  active: boolean;
}

/**
 * One form for adding a user and for changing one (the email is fixed once created). In an office
 * with sections (BKD, BKA) a Kasi heads one and a PK may belong to one; elsewhere there is no Kasi.
 */
export function UserForm({ initial, usesSections }: { initial?: EditableUser; usesSections: boolean }) {
  const router = useRouter();
  const editing = Boolean(initial);
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const schema = editing ? ZUpdateUser : ZCreateUser;
  const { register, handleSubmit, formState, setError, control } = useForm<Values>({
    // The same zod schema as the server action; id/version ride along when editing.
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues: {
      name: initial?.name ?? "",
      email: initial?.email ?? "",
      nip: initial?.nip ?? "",
      role: initial?.role ?? "PK",
      pkLevel: initial?.pkLevel ?? "PK_PERTAMA",
      section: initial?.section ?? "",
      capacity: String(initial?.capacity ?? 40),
      password: "",
      active: initial?.active ?? true,
      ...(initial ? { id: initial.id, version: initial.version } : {}),
    },
  });
  const { errors, isSubmitting } = formState;
  const role = useWatch({ control, name: "role" });

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const res = editing ? await updateUserAction({ ...values, id: initial!.id, version: initial!.version }) : await createUserAction(values);
    if (res.ok) {
      if (!editing) {
        const created = res.data as { id: string | null };
        router.push(created.id ? `/admin/users/${created.id}?saved=baru` : "/account-changes?diajukan=1");
        return;
      }
      const ended = (res.data as { endedSessions: number }).endedSessions;
      setResult({ tone: "success", text: `${res.message}${ended ? ` ${ended} sesi pengguna ini diakhiri.` : ""}` });
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(res.fieldErrors ?? {})) {
      if (messages?.[0]) setError(field as keyof Values, { message: messages[0] });
    }
    setResult({ tone: "error", text: res.error });
  });

  const err = (k: keyof Values) => errors[k]?.message as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={editing ? "Ubah pengguna" : "Tambah pengguna"}>
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label="Nama lengkap dan gelar" error={err("name")} className="sm:col-span-2">
          <Input {...describedBy("name", err("name"))} {...register("name")} />
        </Field>
        <Field id="email" label="Email" hint={editing ? "Email dipakai untuk masuk dan tidak dapat diubah." : undefined} error={err("email")}>
          <Input type="email" disabled={editing} {...describedBy("email", err("email"))} {...register("email")} />
        </Field>
        <Field id="nip" label="NIP (opsional)" error={err("nip")}>
          <Input inputMode="numeric" {...describedBy("nip", err("nip"))} {...register("nip")} />
        </Field>
        <Field id="role" label="Peran" error={err("role")}>
          <Select {...describedBy("role", err("role"))} {...register("role")}>
            {ROLES.filter((r) => usesSections || r !== "KASI" || initial?.role === "KASI").map((r) => <option key={r} value={r}>{ROLE_LABEL[r]}</option>)}
          </Select>
        </Field>
        {usesSections && (role === "KASI" || role === "PK") ? (
          <Field
            id="section"
            label={role === "KASI" ? "Seksi yang dipimpin" : "Seksi (opsional)"}
            hint={role === "KASI" ? "Kasi menerima disposisi Kepala untuk seksinya dan menugaskan PK seksi tersebut." : "PK seksi ini dapat ditugaskan oleh Kasi-nya."}
            error={err("section")}
          >
            <Select {...describedBy("section", err("section"), "x")} {...register("section")}>
              <option value="">{role === "KASI" ? "Pilih seksi" : "Tanpa seksi"}</option>
              {SECTIONS.map((sec) => <option key={sec} value={sec}>{SECTION_LABEL[sec]}</option>)}
            </Select>
          </Field>
        ) : null}
        {role === "PK" ? (
          <Field id="pkLevel" label="Jenjang PK" error={err("pkLevel")}>
            <Select {...describedBy("pkLevel", err("pkLevel"))} {...register("pkLevel")}>
              <option value="">Pilih jenjang</option>
              {PK_LEVELS.map((l) => <option key={l} value={l}>{PK_LEVEL_LABEL[l]}</option>)}
            </Select>
          </Field>
        ) : null}
        <Field id="capacity" label="Kapasitas klien" hint="Jumlah klien aktif yang wajar untuk PK ini (beban 100%)." error={err("capacity")}>
          <Input type="number" min={1} max={500} {...describedBy("capacity", err("capacity"), "x")} {...register("capacity")} />
        </Field>
        {editing ? (
          <div className="flex items-center gap-2 self-end pb-2">
            <input id="active" type="checkbox" className="size-4" {...register("active")} />
            <label htmlFor="active" className="text-sm font-medium text-slate-800">Akun aktif</label>
          </div>
        ) : (
          <Field id="password" label="Kata sandi awal" hint={`Minimal ${PASSWORD_MIN} karakter, huruf dan angka. Minta pengguna menggantinya setelah masuk.`} error={err("password")}>
            <Input type="password" autoComplete="new-password" {...describedBy("password", err("password"), "x")} {...register("password")} />
          </Field>
        )}
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? <Spinner /> : null}
        {isSubmitting ? "Menyimpan…" : editing ? "Simpan perubahan" : "Tambah pengguna"}
      </Button>
    </form>
  );
}
