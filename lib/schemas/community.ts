// Schemas of the partner registry, placements, kerja sosial hours, group sessions and outreach
// (issue 14, part A), shared by the forms and their server actions.
import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import {
  COMMUNITY_RECORD_KINDS, CORRECTION_REASON_MIN, KERJA_SOSIAL_LIMITS, OUTREACH_KINDS, PARTNER_CATEGORIES, PARTNER_FIELDS, PARTNER_KINDS, parseHours, POKMAS_FIELDS,
} from "@/lib/domain/community";
import { APPROACHES, GUIDANCE_TYPES } from "@/lib/domain/enums";

const id = z.string().trim().min(1, "Data tidak dikenal.").max(40, "Data tidak dikenal.");
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional());
const isoDate = (label: string) =>
  z.string({ error: `Isi ${label}.` }).trim().min(1, `Isi ${label}.`).refine((v) => parseIsoDate(v) !== null, `${label[0].toUpperCase()}${label.slice(1)} tidak valid.`);
const optionalIsoDate = (label: string) =>
  z.preprocess((v) => (v === null || v === "" ? undefined : v), z.string({ error: `${label} tidak valid.` }).trim().refine((v) => parseIsoDate(v) !== null, `${label} tidak valid.`).optional());
const text = (label: string, min: number, max: number) =>
  z.string({ error: `Isi ${label.toLowerCase()}.` }).trim().min(min, min > 1 ? `${label} minimal ${min} karakter.` : `Isi ${label.toLowerCase()}.`).max(max, `${label} maksimal ${max} karakter.`);
const optionalText = (label: string, max: number) =>
  z.preprocess((v) => (v === null || v === undefined ? "" : v), z.string({ error: `${label} tidak valid.` }).trim().max(max, `${label} maksimal ${max} karakter.`));
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values, message).optional());
const intIn = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `Isi ${label} berupa angka.` }).int(`${label[0].toUpperCase()}${label.slice(1)} berupa bilangan bulat.`).min(min, `${label[0].toUpperCase()}${label.slice(1)} minimal ${min}.`).max(max, `${label[0].toUpperCase()}${label.slice(1)} maksimal ${max}.`);
const dateOrder = (a: string | undefined, b: string | undefined) => !a || !b || !parseIsoDate(a) || !parseIsoDate(b) || b >= a;

// ---------------------------------------------------------------- partners

export const ZSavePartner = z
  .object({
    partnerId: optionalId,
    version: z.coerce.number().int().optional(),
    kind: z.enum(PARTNER_KINDS, "Pilih Pokmas Lipas atau mitra."),
    name: text("Nama", 3, 160),
    category: z.enum(PARTNER_CATEGORIES, "Pilih jenis mitra."),
    field: optionalEnum(PARTNER_FIELDS, "Pilih bidang pembimbingan."),
    pokmasField: optionalEnum(POKMAS_FIELDS, "Pilih bidang Pokmas Lipas."),
    pokmasId: optionalId,
    contactPerson: optionalText("Narahubung", 120),
    phone: optionalText("Telepon", 30).refine((v) => v === "" || /^[0-9+()\-\s]{6,30}$/.test(v), "Nomor telepon hanya angka, spasi, +, - dan tanda kurung."),
    address: optionalText("Alamat", 300),
  })
  .refine((v) => v.kind !== "POKMAS" || v.pokmasField, { path: ["pokmasField"], message: "Pilih bidang Pokmas Lipas." })
  .refine((v) => v.kind !== "MITRA" || v.field, { path: ["field"], message: "Pilih bidang pembimbingan mitra." });
export type SavePartnerInput = z.infer<typeof ZSavePartner>;

/** The fields sent with an agreement (the document itself is checked by its bytes). */
export const ZAddAgreement = z
  .object({
    partnerId: id,
    number: text("Nomor perjanjian", 3, 120),
    signedOn: isoDate("tanggal perjanjian"),
    expiresOn: isoDate("tanggal berakhir"),
    note: optionalText("Keterangan", 500),
  })
  .refine((v) => dateOrder(v.signedOn, v.expiresOn) && v.expiresOn !== v.signedOn, { path: ["expiresOn"], message: "Tanggal berakhir harus setelah tanggal perjanjian." })
  .refine((v) => !parseIsoDate(v.signedOn) || !parseIsoDate(v.expiresOn) || Number(v.expiresOn.slice(0, 4)) - Number(v.signedOn.slice(0, 4)) <= 10, { path: ["expiresOn"], message: "Perjanjian paling lama 10 tahun. Periksa tahun tanggal berakhir." });
export type AddAgreementInput = z.infer<typeof ZAddAgreement>;

// ---------------------------------------------------------------- placements and kerja sosial hours

export const ZCreatePlacement = z
  .object({
    clientId: id,
    partnerId: id,
    startsOn: isoDate("tanggal mulai"),
    endsOn: optionalIsoDate("Tanggal selesai"),
    purpose: text("Tujuan penempatan", 3, 500),
    kerjaSosial: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    hoursPerDay: z.preprocess((v) => (v === "" || v === null ? undefined : v), intIn("jam per hari", 1, KERJA_SOSIAL_LIMITS.maxHoursPerDay).optional()),
    totalHoursOrdered: z.preprocess((v) => (v === "" || v === null ? undefined : v), intIn("jumlah jam putusan", KERJA_SOSIAL_LIMITS.minTotalHours, KERJA_SOSIAL_LIMITS.maxTotalHours).optional()),
  })
  .refine((v) => dateOrder(v.startsOn, v.endsOn), { path: ["endsOn"], message: "Tanggal selesai tidak boleh sebelum tanggal mulai." })
  .refine((v) => !v.kerjaSosial || v.hoursPerDay !== undefined, { path: ["hoursPerDay"], message: "Isi jam kerja per hari sesuai putusan." })
  .refine((v) => !v.kerjaSosial || v.totalHoursOrdered !== undefined, { path: ["totalHoursOrdered"], message: "Isi jumlah jam kerja sosial dalam putusan." });
export type CreatePlacementInput = z.infer<typeof ZCreatePlacement>;

export const ZLogKerjaSosialHours = z.object({
  placementId: id,
  workedOn: isoDate("tanggal kerja"),
  hours: z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string({ error: "Isi jumlah jam." }).trim().min(1, "Isi jumlah jam.").refine((v) => parseHours(v) !== null, "Isi jumlah jam berupa angka, mis. 4 atau 2,5.")),
  note: optionalText("Catatan", 500),
});
export type LogKerjaSosialHoursInput = z.infer<typeof ZLogKerjaSosialHours>;

export const ZEndPlacement = z.object({ placementId: id, version: z.coerce.number({ error: "Data tidak dikenal." }).int("Data tidak dikenal."), endsOn: isoDate("tanggal selesai") });
export type EndPlacementInput = z.infer<typeof ZEndPlacement>;

// ---------------------------------------------------------------- group sessions

export const ZRecordGroupSession = z
  .object({
    heldAt: z.iso.datetime({ offset: true, message: "Isi tanggal dan jam sesi." }),
    place: text("Tempat", 3, 200),
    guidanceType: z.enum(GUIDANCE_TYPES, "Pilih jenis bimbingan."),
    approach: z.enum(APPROACHES, "Pilih pendekatan."),
    facilitator: text("Fasilitator", 3, 160),
    partnerId: optionalId,
    topic: text("Materi", 3, 300),
    notes: optionalText("Catatan", 4000),
    attendees: z.array(z.object({ clientId: id, present: z.boolean({ error: "Tandai hadir atau tidak hadir." }) }), { error: "Pilih klien peserta." })
      .min(1, "Pilih sedikitnya satu klien peserta.")
      .max(200, "Paling banyak 200 peserta dalam satu sesi."),
  })
  .refine((v) => !Array.isArray(v.attendees) || new Set(v.attendees.map((a) => a.clientId)).size === v.attendees.length, { path: ["attendees"], message: "Ada klien yang terpilih dua kali." });
export type RecordGroupSessionInput = z.infer<typeof ZRecordGroupSession>;

// ---------------------------------------------------------------- outreach

/** The fields of an outreach activity (photos go with it, checked by their bytes). */
export const ZRecordOutreach = z.object({
  kind: z.enum(OUTREACH_KINDS, "Pilih jenis kegiatan."),
  title: text("Nama kegiatan", 3, 200),
  place: text("Tempat", 3, 200),
  heldOn: isoDate("tanggal kegiatan"),
  participantCount: intIn("jumlah peserta", 1, 100_000),
  villageOfficials: z.preprocess(
    (v) => (typeof v === "string" ? v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : v ?? []),
    z.array(z.string().max(160, "Nama dan jabatan paling banyak 160 karakter per baris."), { error: "Tulis satu nama per baris." }).max(50, "Paling banyak 50 nama perangkat desa."),
  ),
  partnerIds: z.preprocess((v) => (v === null || v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(id, { error: "Pilih mitra dari daftar." }).max(30, "Paling banyak 30 mitra.")),
  summary: text("Ringkasan", 10, 4000),
});
export type RecordOutreachInput = z.infer<typeof ZRecordOutreach>;

// ---------------------------------------------------------------- corrections (decision 0022)

const reason = z
  .string({ error: "Tulis alasan koreksi." })
  .trim()
  .min(CORRECTION_REASON_MIN, `Tulis alasan koreksi (paling sedikit ${CORRECTION_REASON_MIN} karakter).`)
  .max(500, "Alasan paling banyak 500 karakter.");

/** Hours logged by mistake: the right number and note for the same day. */
export const ZCorrectKerjaSosialHours = z.object({
  hoursId: id,
  hours: ZLogKerjaSosialHours.shape.hours,
  note: optionalText("Catatan", 500),
  reason,
});
export type CorrectKerjaSosialHoursInput = z.infer<typeof ZCorrectKerjaSosialHours>;

/** A record removed (recorded by mistake, or twice), with why. */
export const ZRemoveCommunityRecord = z.object({
  kind: z.enum(COMMUNITY_RECORD_KINDS, "Data tidak dikenal."),
  recordId: id,
  reason,
});
export type RemoveCommunityRecordInput = z.infer<typeof ZRemoveCommunityRecord>;

const ATTENDANCE_FIX = ["HADIR", "TIDAK_HADIR", "HAPUS"] as const;
/** The form sends one "hadir:<clientId>" choice per attendee; gathered here into a list. */
const attendanceFromForm = (v: unknown) => {
  if (!v || typeof v !== "object" || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  if (o.attendance !== undefined) return v;
  const attendance = Object.entries(o).filter(([k]) => k.startsWith("hadir:")).map(([k, state]) => ({ clientId: k.slice(6), state }));
  return { ...o, attendance };
};

/** A group session's details and attendance as they should have been recorded. */
export const ZCorrectGroupSession = z.preprocess(attendanceFromForm, z.object({
  sessionId: id,
  place: text("Tempat", 3, 200),
  facilitator: text("Fasilitator", 3, 160),
  topic: text("Materi", 3, 300),
  notes: optionalText("Catatan", 4000),
  attendance: z.array(z.object({ clientId: id, state: z.enum(ATTENDANCE_FIX, "Pilih hadir, tidak hadir, atau hapus dari daftar.") }), { error: "Daftar hadir tidak sesuai." }).max(200, "Paling banyak 200 peserta dalam satu sesi."),
  reason,
}));
export type CorrectGroupSessionInput = z.infer<typeof ZCorrectGroupSession>;

/** An outreach's figures and text as they should have been recorded (the kind, the day and the photos stay). */
export const ZCorrectOutreach = z.object({
  outreachId: id,
  title: ZRecordOutreach.shape.title,
  place: ZRecordOutreach.shape.place,
  participantCount: ZRecordOutreach.shape.participantCount,
  villageOfficials: ZRecordOutreach.shape.villageOfficials,
  summary: ZRecordOutreach.shape.summary,
  reason,
});
export type CorrectOutreachInput = z.infer<typeof ZCorrectOutreach>;
