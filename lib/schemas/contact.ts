import { z } from "zod";
import { addYears, DATE_LIMITS, parseIsoDate } from "@/lib/domain/calendar";
import { needsParticipants } from "@/lib/domain/contact-subject";
import { APPROACHES, CONTACT_OUTCOMES, CONTACT_SUBJECTS, CONTACT_TYPES, GUIDANCE_TYPES, type ContactSubject } from "@/lib/domain/enums";

export const CONTACT_NOTES_MAX = 12_000;
export const CONTACT_PARTICIPANTS_MAX = 30;

/** One person who took part besides the client and the PK: a name and their relationship or office. */
export const ZContactParticipant = z.object({
  name: z.string().trim().min(2, "Tulis nama peserta.").max(120, "Nama peserta paling banyak 120 karakter."),
  role: z.string().trim().min(2, "Tulis hubungan atau jabatan peserta, mis. Ibu kandung, Ketua RT 03.").max(80, "Hubungan atau jabatan paling banyak 80 karakter."),
});
export type ContactParticipantInput = z.infer<typeof ZContactParticipant>;

const subject = z.enum(CONTACT_SUBJECTS, { message: "Pilih dengan siapa kegiatan ini." }).default("KLIEN");
const participants = z
  .array(ZContactParticipant, { message: "Daftar peserta tidak sesuai." })
  .max(CONTACT_PARTICIPANTS_MAX, `Paling banyak ${CONTACT_PARTICIPANTS_MAX} peserta.`)
  .default([]);
/** With the family, the guarantor or the community, the record says who was there (decision 0022). */
// Guarded: a refinement may run on a value whose fields failed (the bad-input property test).
const participantsNamed = (v: { subject: ContactSubject; participants: unknown[] }) => !needsParticipants(v.subject) || !Array.isArray(v.participants) || v.participants.length > 0;
// A fresh object each time: zod rewrites a refinement's params object in place.
const participantsNeeded = () => ({ path: ["participants"], message: "Tulis paling sedikit satu peserta: siapa yang hadir dari keluarga, penjamin atau masyarakat." });

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
    // Absent in a payload saved on a phone before decision 0022: a contact with the client.
    subject,
    participants,
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
  .refine(participantsNamed, participantsNeeded())
  .refine((v) => (v.latitude === undefined) === (v.longitude === undefined), { path: ["latitude"], message: "Lokasi tidak lengkap." })
  .refine((v) => {
    const followUp = v.followUpOn ? parseIsoDate(v.followUpOn) : null;
    return !followUp || Number.isNaN(Date.parse(v.occurredAt)) || followUp.getTime() <= addYears(new Date(Date.parse(v.occurredAt)), DATE_LIMITS.followUpYears).getTime();
  }, {
    path: ["followUpOn"], message: `Tanggal tindak lanjut paling lambat ${DATE_LIMITS.followUpYears} tahun setelah kontak.`,
  });
type ParsedContact = z.infer<typeof ZLogContact>;
/** A parsed contact; the subject (the client) and the participants (none) may be left to their defaults. */
export type LogContactInput = Omit<ParsedContact, "subject" | "participants"> & Partial<Pick<ParsedContact, "subject" | "participants">>;
/** What the device sends and keeps in its outbox: subject and participants may be absent (older entries). */
export type LogContactPayload = z.input<typeof ZLogContact>;

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
    subject: z.enum(CONTACT_SUBJECTS, { message: "Pilih dengan siapa kegiatan ini." }),
    // Rows left empty on the form are dropped when saving; a half-filled row is an error.
    participants: z.array(z.object({ name: z.string(), role: z.string() }), { message: "Daftar peserta tidak sesuai." }).max(CONTACT_PARTICIPANTS_MAX, `Paling banyak ${CONTACT_PARTICIPANTS_MAX} peserta.`),
    outcome: z.enum([...CONTACT_OUTCOMES, "BELUM"], { message: "Pilih hasil kontak." }),
    excuseReason: z.string().trim().max(500, "Alasan izin paling banyak 500 karakter.").optional(),
    guidanceType: z.string().optional(),
    approach: z.string().optional(),
    notes: z.string().max(CONTACT_NOTES_MAX, `Catatan paling banyak ${CONTACT_NOTES_MAX.toLocaleString("id-ID")} karakter.`),
    followUpOn: z.string().optional(),
  })
  .refine((v) => v.outcome !== "IZIN" || (v.excuseReason ?? "").length >= 3, { path: ["excuseReason"], message: "Tulis alasan izin klien." })
  .superRefine((v, ctx) => {
    if (!Array.isArray(v.participants) || v.participants.some((p) => typeof p?.name !== "string" || typeof p.role !== "string")) return;
    const filled = filledParticipants(v.participants);
    v.participants.forEach((p, i) => {
      if (!p.name.trim() && !p.role.trim()) return;
      const r = ZContactParticipant.safeParse(p);
      if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: "custom", path: ["participants", i, ...issue.path], message: issue.message });
    });
    if (!participantsNamed({ subject: v.subject, participants: filled })) ctx.addIssue({ code: "custom", ...participantsNeeded() });
  });
export type ContactFormValues = z.infer<typeof ZContactForm>;

/** The participant rows the officer filled in (a row with neither name nor role is an unused row). */
export function filledParticipants(rows: readonly { name: string; role: string }[]): ContactParticipantInput[] {
  return rows.filter((p) => p.name.trim() || p.role.trim()).map((p) => ({ name: p.name.trim(), role: p.role.trim() }));
}
