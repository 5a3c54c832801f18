import { z } from "zod";
import { ZNewPassword } from "./user-admin";

// First-run setup (`npm run setup`): the first office and its first admin and Kepala Bapas.

export const OFFICE_TIME_ZONES = [
  { value: "Asia/Jakarta", label: "WIB (Asia/Jakarta)" },
  { value: "Asia/Makassar", label: "WITA (Asia/Makassar)" },
  { value: "Asia/Jayapura", label: "WIT (Asia/Jayapura)" },
] as const;

const text = (label: string, min: number, max: number) =>
  z.string().trim().min(min, `Isi ${label}.`).max(max, `${label[0].toUpperCase()}${label.slice(1)} terlalu panjang (paling banyak ${max} karakter).`);

export const ZSetupOffice = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z]{2,6}$/, "Kode kantor 2 sampai 6 huruf, mis. JKS (dipakai di nomor register dan nomor surat)."),
  name: text("nama kantor", 5, 120),
  officeClass: z.enum(["KELAS_I", "KELAS_II"], { message: "Pilih kelas kantor: KELAS_I atau KELAS_II." }),
  city: text("kota", 2, 80),
  province: text("provinsi", 2, 80),
  address: text("alamat kantor", 5, 300),
  timeZone: z.enum(OFFICE_TIME_ZONES.map((t) => t.value) as ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"], { message: "Pilih zona waktu: Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)." }),
  letterheadLine1: text("baris 1 kop surat", 5, 120),
  letterheadLine2: text("baris 2 kop surat", 5, 160),
});

export const ZSetupPerson = z.object({
  name: text("nama lengkap beserta gelar", 3, 120),
  email: z.string().trim().toLowerCase().min(1, "Isi email.").email("Format email tidak valid.").max(200, "Email terlalu panjang."),
  nip: z
    .string()
    .trim()
    .regex(/^(\d{18})?$/, "NIP terdiri dari 18 digit angka (kosongkan bila belum ada).")
    .transform((v) => (v === "" ? null : v)),
  password: ZNewPassword,
});

export const ZFirstRunSetup = z
  .object({ office: ZSetupOffice, admin: ZSetupPerson, kepala: ZSetupPerson })
  .refine((v) => v.admin.email !== v.kepala.email, { path: ["kepala", "email"], message: "Admin dan Kepala Bapas memakai akun yang berbeda: pakai email lain." })
  .refine((v) => !v.admin.nip || v.admin.nip !== v.kepala.nip, { path: ["kepala", "nip"], message: "NIP Kepala Bapas sama dengan NIP admin." });
export type FirstRunSetupInput = z.input<typeof ZFirstRunSetup>;
