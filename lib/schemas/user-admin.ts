import { z } from "zod";
import { PK_LEVELS, ROLES, SECTIONS } from "@/lib/domain/enums";
import { PASSWORD_MIN } from "./auth";

/** A password someone chooses: 10+ characters, letters and digits. */
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN, `Kata sandi minimal ${PASSWORD_MIN} karakter.`)
  .max(200, "Kata sandi terlalu panjang.")
  .refine((v) => /[a-zA-Z]/.test(v) && /[0-9]/.test(v), "Gunakan gabungan huruf dan angka.");

const profile = {
  name: z.string().trim().min(3, "Isi nama lengkap beserta gelar.").max(120, "Nama terlalu panjang."),
  // Optional, and the form may send its own parsed value back (null): empty, null and absent are "none".
  nip: z
    .preprocess((v) => (v == null ? "" : v), z.string().trim().regex(/^(\d{18})?$/, "NIP terdiri dari 18 digit angka (kosongkan bila belum ada)."))
    .transform((v) => (v === "" ? null : v)),
  role: z.enum(ROLES, { message: "Pilih peran." }),
  pkLevel: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(PK_LEVELS, { message: "Pilih jenjang PK." }).nullable()),
  /** BKD / BKA, in an office that works with sections: required for a Kasi, optional for a PK. */
  section: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(SECTIONS, { message: "Pilih seksi." }).nullable()),
  capacity: z.coerce.number({ message: "Isi kapasitas." }).int("Kapasitas berupa bilangan bulat.").min(1, "Kapasitas minimal 1.").max(500, "Kapasitas paling banyak 500."),
};

/** A PK needs a PK level; other roles have none. A Kasi heads a section. */
const pkLevelRule = <T extends { role: string; pkLevel: string | null; section: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.role === "PK" && !v.pkLevel) ctx.addIssue({ code: "custom", path: ["pkLevel"], message: "Pilih jenjang PK." });
  if (v.role === "KASI" && !v.section) ctx.addIssue({ code: "custom", path: ["section"], message: "Pilih seksi yang dipimpin Kasi ini." });
};

export const ZCreateUser = z
  .object({
    ...profile,
    email: z.string().trim().toLowerCase().min(1, "Isi email.").email("Format email tidak valid.").max(200),
    password: ZNewPassword,
  })
  .superRefine(pkLevelRule);
export type CreateUserInput = z.input<typeof ZCreateUser>;

export const ZUpdateUser = z
  .object({
    id: z.string().min(1).max(40),
    version: z.coerce.number().int().min(1),
    ...profile,
    active: z.boolean(),
  })
  .superRefine(pkLevelRule);
export type UpdateUserInput = z.input<typeof ZUpdateUser>;

export const ZResetUserPassword = z.object({ id: z.string().min(1).max(40), password: ZNewPassword });
export type ResetUserPasswordInput = z.input<typeof ZResetUserPassword>;

/** The second person's answer to a pending account change, or the requester withdrawing it. */
export const ZDecideAccountChange = z.object({
  changeId: z.string().min(1).max(40),
  version: z.coerce.number().int().min(1),
  decision: z.enum(["CONFIRM", "REFUSE", "CANCEL"], { message: "Pilih keputusan." }),
  note: z.string().trim().max(500, "Catatan paling banyak 500 karakter.").default(""),
});
export type DecideAccountChangeInput = z.input<typeof ZDecideAccountChange>;
