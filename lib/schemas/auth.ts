import { z } from "zod";

export const ZLogin = z.object({
  email: z.string().trim().min(1, "Isi email Anda.").email("Format email tidak valid."),
  password: z.string().min(1, "Isi kata sandi Anda."),
});
export type LoginInput = z.infer<typeof ZLogin>;

export const PASSWORD_MIN = 10;

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, "Isi kata sandi saat ini."),
    newPassword: z
      .string()
      .min(PASSWORD_MIN, `Kata sandi baru minimal ${PASSWORD_MIN} karakter.`)
      .max(200, "Kata sandi terlalu panjang.")
      .refine((v) => /[a-zA-Z]/.test(v) && /[0-9]/.test(v), "Gunakan gabungan huruf dan angka."),
    confirmPassword: z.string().min(1, "Ulangi kata sandi baru."),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Ulangan kata sandi tidak sama." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Kata sandi baru harus berbeda dari yang lama." });
export type ChangePasswordInput = z.infer<typeof ZChangePassword>;
