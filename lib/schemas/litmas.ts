import { z } from "zod";
import { addYears, DATE_LIMITS, parseIsoDate } from "@/lib/domain/calendar";
import { clock } from "@/lib/clock";
import { DELIVERY_METHODS, GENDERS, LITMAS_PURPOSES, LITMAS_STATUSES, REQUESTER_TYPES, SECTIONS } from "@/lib/domain/enums";
import { CONFIGURABLE_DUE_PURPOSES, LITMAS_SECTION_KEYS, type LitmasDueSettings, type LitmasSectionKey } from "@/lib/domain/litmas";

/** Section titles as they appear in the editor and the printed report. */
export const LITMAS_SECTION_LABEL: Record<LitmasSectionKey, string> = {
  identitas: "Identitas klien",
  latarBelakangKeluarga: "Latar belakang keluarga",
  kondisiSosialEkonomi: "Kondisi sosial dan ekonomi",
  riwayatPidana: "Riwayat pelanggaran / pidana sebelumnya",
  tindakPidana: "Tindak pidana dan tanggapan klien",
  tanggapanKorbanMasyarakat: "Tanggapan korban dan masyarakat",
  tanggapanPemerintah: "Tanggapan pemerintah setempat",
  perkembanganPembinaan: "Perkembangan pembinaan di Lapas",
  asesmenRisiko: "Hasil asesmen risiko dan kebutuhan (RRI)",
  penjamin: "Penjamin",
  analisis: "Analisis",
  kesimpulanRekomendasi: "Kesimpulan dan rekomendasi",
};

export const SECTION_MAX = 20_000;
const id = z.string().trim().min(1, "Wajib diisi.").max(40);
const version = z.coerce.number().int().min(1);

const section = z.string().max(SECTION_MAX, `Paling banyak ${SECTION_MAX.toLocaleString("id-ID")} karakter.`);

/** The report's sections as saved in a draft (any may still be empty). */
export const ZLitmasSections = z.object(
  Object.fromEntries(LITMAS_SECTION_KEYS.map((k) => [k, section])) as Record<LitmasSectionKey, typeof section>,
);
export type LitmasSectionsInput = z.infer<typeof ZLitmasSections>;

const optionalText = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter.`).optional();

const withinBirthYears = (d: Date) => d.getTime() <= clock.ms() && d.getTime() >= addYears(clock.now(), -DATE_LIMITS.birthYearsBack).getTime();
const isoDate = (message: string) => z.string().trim().optional().refine((v) => !v || parseIsoDate(v) !== null, message);

/** Someone not yet known to the office: as much identity as the request letter gives. */
export const ZNewPerson = z.object({
  fullName: z.string().trim().min(3, "Tuliskan nama lengkap sesuai surat permintaan.").max(120, "Paling banyak 120 karakter."),
  nik: z.string().trim().regex(/^(\d{16})?$/, "NIK terdiri dari 16 digit angka (kosongkan bila belum diketahui).").optional(),
  birthPlace: optionalText(80),
  birthDate: isoDate("Tanggal lahir tidak valid.").refine((v) => !v || !parseIsoDate(v) || withinBirthYears(parseIsoDate(v)!), `Tanggal lahir harus dalam ${DATE_LIMITS.birthYearsBack} tahun terakhir dan tidak di masa depan.`),
  gender: z.union([z.enum(GENDERS), z.literal("")], { error: "Pilih jenis kelamin." }).optional(),
  address: optionalText(300),
  guardianName: optionalText(120),
  guardianRelation: optionalText(60),
  guardianPhone: z.string().trim().regex(/^(\+?[0-9 -]{8,20})?$/, "Nomor telepon tidak valid.").optional(),
});
export type NewPersonInput = z.infer<typeof ZNewPerson>;

/**
 * A litmas request: about a client in guidance (`clientId`), a person already known to the office
 * (`personId`, chosen from the suggested matches), or someone new (`person`). Only one of the three.
 */
export const ZRequestLitmas = z.preprocess(
  // The form keeps the new-person fields while "klien" is chosen: they do not belong to the request.
  (v) => (v && typeof v === "object" && (v as { subject?: unknown }).subject !== "PERSON" ? { ...v, person: undefined } : v),
  z
  .object({
    subject: z.enum(["CLIENT", "PERSON"], { error: "Pilih tentang siapa litmas ini." }),
    clientId: z.string().trim().max(40).optional(),
    personId: z.string().trim().max(40).optional(),
    person: ZNewPerson.optional(),
    /** The officer saw the suggested matches and says this is someone else. */
    confirmNewPerson: z.boolean().optional(),
    purpose: z.enum(LITMAS_PURPOSES, { error: "Pilih tujuan litmas." }),
    requesterType: z.enum(REQUESTER_TYPES, { error: "Pilih jenis instansi peminta." }),
    requesterInstitution: z.string().trim().min(3, "Tuliskan instansi peminta.").max(200, "Paling banyak 200 karakter."),
    requesterLetterNumber: optionalText(100),
    requesterLetterDate: isoDate("Tanggal surat tidak valid."),
    custodyInstitution: optionalText(200),
    offence: optionalText(200),
    offenceArticle: optionalText(100),
  })
  .superRefine((v, ctx) => {
    if (v.subject === "PERSON") {
      if (!v.personId && !v.person) ctx.addIssue({ code: "custom", path: ["person", "fullName"], message: "Tuliskan nama lengkap sesuai surat permintaan." });
    } else if (!v.clientId) {
      ctx.addIssue({ code: "custom", path: ["clientId"], message: "Pilih klien." });
    }
  }),
);
export type RequestLitmasInput = z.infer<typeof ZRequestLitmas>;
/** What the service takes: the form's radio and the requester's kind may be left out by other callers. */
export type RequestLitmasData = Omit<RequestLitmasInput, "subject" | "requesterType"> & Partial<Pick<RequestLitmasInput, "subject" | "requesterType">>;

/** What the request form sends to look for the same person already on file (never merged by itself). */
export const ZPersonMatchQuery = z.object({
  nik: z.string().trim().regex(/^(\d{16})?$/).optional(),
  fullName: z.string().trim().max(120).optional(),
  birthDate: isoDate("Tanggal lahir tidak valid.").refine((v) => !v || !parseIsoDate(v) || withinBirthYears(parseIsoDate(v)!), `Tanggal lahir harus dalam ${DATE_LIMITS.birthYearsBack} tahun terakhir dan tidak di masa depan.`),
});

/** The client picker's search: part of a name or the start of a register number. */
export const ZClientPickerQuery = z.object({ q: z.string().trim().max(80, "Kata pencarian terlalu panjang.") });

export const ZAssignLitmas = z.object({ litmasId: id, pkId: z.string().trim().min(1, "Pilih PK.").max(40), version });
export type AssignLitmasInput = z.infer<typeof ZAssignLitmas>;

/** The Kepala's disposition to a section (offices with sections): its Kasi then assigns a PK. */
export const ZDisposeLitmasToSection = z.object({ litmasId: id, section: z.enum(SECTIONS, { error: "Pilih seksi." }), version });
export type DisposeLitmasToSectionInput = z.infer<typeof ZDisposeLitmasToSection>;

/** The delivery of an approved report to the requester. */
export const ZDeliverLitmas = z.object({
  litmasId: id,
  version,
  deliveredOn: z.string().trim().min(1, "Isi tanggal pengiriman.").refine((v) => parseIsoDate(v) !== null, "Tanggal pengiriman tidak valid."),
  deliveryMethod: z.enum(DELIVERY_METHODS, { error: "Pilih cara pengiriman." }),
  deliveredTo: z.string().trim().min(3, "Tuliskan kepada siapa litmas diserahkan.").max(200, "Paling banyak 200 karakter."),
});
export type DeliverLitmasInput = z.infer<typeof ZDeliverLitmas>;

export const ZSaveLitmasDraft = z.object({ litmasId: id, version, sections: ZLitmasSections });
export type SaveLitmasDraftInput = z.infer<typeof ZSaveLitmasDraft>;

export const ZLitmasStep = z.object({ litmasId: id, version });
export type LitmasStepInput = z.infer<typeof ZLitmasStep>;

export const ZReturnLitmas = z.object({
  litmasId: id,
  version,
  notes: z.string().trim().min(5, "Tuliskan catatan perbaikan untuk PK.").max(4000, "Paling banyak 4.000 karakter."),
});
export type ReturnLitmasInput = z.infer<typeof ZReturnLitmas>;

export const ZCancelLitmas = z.object({
  litmasId: id,
  version,
  reason: z.string().trim().min(5, "Tuliskan alasan pembatalan.").max(1000, "Paling banyak 1.000 karakter."),
});
export type CancelLitmasInput = z.infer<typeof ZCancelLitmas>;

// ---------------------------------------------------------------- list filters

export const LITMAS_STATUS_FILTERS = ["AKTIF", "DIKERJAKAN", ...LITMAS_STATUSES, "SEMUA"] as const;
export type LitmasStatusFilter = (typeof LITMAS_STATUS_FILTERS)[number];

export const ZLitmasListParams = z.object({
  status: z.enum(LITMAS_STATUS_FILTERS).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  pk: z.string().max(40).optional().catch(undefined),
  /** Approved reports not yet delivered (BELUM) or delivered (SUDAH). */
  kirim: z.enum(["BELUM", "SUDAH"]).optional().catch(undefined),
  /** Requests disposed to a section awaiting its Kasi. */
  seksi: z.enum(SECTIONS).optional().catch(undefined),
  purpose: z.enum(LITMAS_PURPOSES).optional().catch(undefined),
});
export type LitmasListParams = z.infer<typeof ZLitmasListParams>;

// ---------------------------------------------------------------- office settings

const dueDays = z.number().int().min(1).max(90);

/**
 * The litmas part of Office.settings: `{ "litmas": { "defaultDueDays": 14, "dueDays": { "SIDANG_DEWASA": 5 } } }`.
 * Only purposes without a statutory deadline can be set; keys for others are ignored.
 */
export const ZLitmasOfficeSettings = z.object({
  litmas: z
    .object({
      defaultDueDays: dueDays.optional(),
      dueDays: z.partialRecord(z.enum(CONFIGURABLE_DUE_PURPOSES), dueDays).optional(),
    })
    .optional(),
});

/** The due-date settings of an office; invalid settings fall back to the defaults. */
export function litmasDueSettings(settings: unknown): LitmasDueSettings {
  const parsed = ZLitmasOfficeSettings.safeParse(settings ?? {});
  if (!parsed.success || !parsed.data.litmas) return {};
  return { defaultDays: parsed.data.litmas.defaultDueDays, days: parsed.data.litmas.dueDays };
}
