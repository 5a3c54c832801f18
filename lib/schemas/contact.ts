import { z } from "zod";
import { addYears, DATE_LIMITS, parseIsoDate } from "@/lib/domain/calendar";
import { APPROACHES, CONTACT_OUTCOMES, CONTACT_TYPES, GUIDANCE_TYPES } from "@/lib/domain/enums";

export const CONTACT_NOTES_MAX = 12_000;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values).optional());

const isoDay = z
  .string()
  .trim()
  .refine((v) => v === "" || parseIsoDate(v) !== null, "Tanggal tidak valid.")
  .transform((v) => v || undefined)
  .optional();

/**
 * A guidance contact as the device sends it. `occurredAt` is already an instant (the form reads
 * the officer's quick text in the office's time zone at the moment of saving), so a save sent again
 * hours later still means the same moment. `idempotencyKey` is made on the device, once per entry.
 */
export const ZLogContact = z
  .object({
    clientId: z.string().min(1).max(40),
    idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, "Kunci pengiriman tidak valid."),
    occurredAt: z.iso.datetime({ offset: true, message: "Isi tanggal dan jam kontak." }),
    type: z.enum(CONTACT_TYPES, { message: "Pilih jenis kontak." }),
    guidanceType: optionalEnum(GUIDANCE_TYPES),
    approach: optionalEnum(APPROACHES),
    outcome: optionalEnum(CONTACT_OUTCOMES),
    excuseReason: z.string().trim().max(500, "Alasan izin paling banyak 500 karakter.").optional(),
    notes: z.string().max(CONTACT_NOTES_MAX, `Catatan paling banyak ${CONTACT_NOTES_MAX.toLocaleString("id-ID")} karakter.`).default(""),
    followUpOn: isoDay,
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    accuracyMeters: z.number().min(0).max(100_000).optional(),
  })
  .refine((v) => v.outcome !== "IZIN" || (v.excuseReason ?? "").length >= 3, { path: ["excuseReason"], message: "Tulis alasan izin klien." })
  .refine((v) => (v.latitude === undefined) === (v.longitude === undefined), { path: ["latitude"], message: "Lokasi tidak lengkap." })
  .refine((v) => {
    const followUp = v.followUpOn ? parseIsoDate(v.followUpOn) : null;
    return !followUp || Number.isNaN(Date.parse(v.occurredAt)) || followUp.getTime() <= addYears(new Date(Date.parse(v.occurredAt)), DATE_LIMITS.followUpYears).getTime();
  }, {
    path: ["followUpOn"], message: `Tanggal tindak lanjut paling lambat ${DATE_LIMITS.followUpYears} tahun setelah kontak.`,
  });
export type LogContactInput = z.infer<typeof ZLogContact>;

export const ZSetContactOutcome = z
  .object({
    contactId: z.string().min(1).max(40),
    outcome: z.enum(CONTACT_OUTCOMES, { message: "Pilih hasil kontak." }),
    excuseReason: z.string().trim().max(500).optional(),
    notes: z.string().max(CONTACT_NOTES_MAX).optional(),
  })
  .refine((v) => v.outcome !== "IZIN" || (v.excuseReason ?? "").length >= 3, { path: ["excuseReason"], message: "Tulis alasan izin klien." });
export type SetContactOutcomeInput = z.infer<typeof ZSetContactOutcome>;

/** The quick form as typed (the time as text); turned into ZLogContact on the device when saving. */
export const ZContactForm = z
  .object({
    when: z.string().trim().min(1, "Isi tanggal dan jam kontak."),
    type: z.enum(CONTACT_TYPES, { message: "Pilih jenis kontak." }),
    outcome: z.enum([...CONTACT_OUTCOMES, "BELUM"], { message: "Pilih hasil kontak." }),
    excuseReason: z.string().trim().max(500, "Alasan izin paling banyak 500 karakter.").optional(),
    guidanceType: z.string().optional(),
    approach: z.string().optional(),
    notes: z.string().max(CONTACT_NOTES_MAX, `Catatan paling banyak ${CONTACT_NOTES_MAX.toLocaleString("id-ID")} karakter.`),
    followUpOn: z.string().optional(),
  })
  .refine((v) => v.outcome !== "IZIN" || (v.excuseReason ?? "").length >= 3, { path: ["excuseReason"], message: "Tulis alasan izin klien." });
export type ContactFormValues = z.infer<typeof ZContactForm>;
