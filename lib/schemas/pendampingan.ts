import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import { CHILD_ROLES, PENDAMPINGAN_STATUSES, PENDAMPINGAN_STEP_KINDS, REQUESTER_TYPES } from "@/lib/domain/enums";
import { isDecisionStep, SPPA_MEASURES } from "@/lib/domain/pendampingan";
import { clock } from "@/lib/clock";
import { ZNewPerson } from "./litmas";

const DAY_MS = 86_400_000;
/** A request or step may be stamped a few minutes ahead (clocks of phones differ). */
const FUTURE_SLACK_MS = 5 * 60_000;
/** Nothing older than about two years is entered as new work. */
const OLDEST_MS = 2 * 366 * DAY_MS;

const id = z.string().trim().min(1, "Wajib diisi.").max(40);
const version = z.coerce.number().int().min(1);
const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max, `Paling banyak ${max} karakter.`);
const optionalText = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter.`).optional();
const phone = z.string().trim().regex(/^(\+?[0-9 -]{8,20})?$/, "Nomor telepon tidak valid.").optional();

/** An instant (ISO with offset, as the forms send it) no later than a few minutes from now and not before ~2 years ago. */
function recentInstant(label: string) {
  return z
    .string({ error: `Isi ${label}.` })
    .trim()
    .min(1, `Isi ${label}.`)
    .refine((v) => !Number.isNaN(Date.parse(v)) && /T\d{2}:\d{2}/.test(v), `${label[0].toUpperCase()}${label.slice(1)} tidak valid.`)
    .transform((v) => new Date(v))
    .refine((d) => d.getTime() <= clock.ms() + FUTURE_SLACK_MS, `${label[0].toUpperCase()}${label.slice(1)} tidak boleh di masa depan.`)
    .refine((d) => d.getTime() >= clock.ms() - OLDEST_MS, `${label[0].toUpperCase()}${label.slice(1)} terlalu lama (lebih dari 2 tahun yang lalu).`);
}

/** A calendar date "yyyy-mm-dd" as a UTC-midnight Date. */
function isoDate(message: string) {
  return z.string({ error: message }).trim().refine((v) => parseIsoDate(v) !== null, message).transform((v) => parseIsoDate(v)!);
}
const optionalIsoDate = (message: string) =>
  z.string().trim().optional().refine((v) => !v || parseIsoDate(v) !== null, message).transform((v) => (v ? parseIsoDate(v)! : null));

// ---------------------------------------------------------------- local date-time in the office's zone

/** "2026-12-01T09:30" typed in an office's zone as an ISO instant, or null when not a date-time. */
export function localInputToIso(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, hh, mm] = m.slice(1).map(Number);
  const t = new TZDate(y, mo - 1, d, hh, mm, 0, timeZone);
  if (Number.isNaN(t.getTime()) || t.getDate() !== d) return null;
  return new Date(t.getTime()).toISOString();
}

/** An instant as the value of a datetime-local input in an office's zone. */
export function isoToLocalInput(at: Date, timeZone: string): string {
  const z = new TZDate(at.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}`;
}

// ---------------------------------------------------------------- request

export const CHILD_LITMAS_PURPOSES = ["DIVERSI", "SIDANG_ANAK"] as const;

/**
 * The investigator's request: about a person already on file (`personId`, chosen from the
 * suggested matches) or someone new (`person`, with the parents/guardian). Optionally the litmas
 * asked for in the same letter.
 */
export const ZRequestPendampingan = z
  .object({
    personId: z.string().trim().max(40).optional(),
    person: ZNewPerson.optional(),
    /** The officer saw the suggested matches and says this is someone else. */
    confirmNewPerson: z.boolean().optional(),
    childRole: z.enum(CHILD_ROLES, { error: "Pilih kedudukan anak." }),
    requesterType: z.enum(REQUESTER_TYPES, { error: "Pilih jenis instansi peminta." }),
    requesterInstitution: text(3, 200, "Tuliskan instansi peminta, mis. Polres Metro Jakarta Selatan – Unit PPA."),
    requesterLetterNumber: optionalText(100),
    requesterLetterDate: optionalIsoDate("Tanggal surat tidak valid."),
    investigatorName: optionalText(120),
    investigatorPhone: phone,
    offence: text(3, 200, "Tuliskan perkara / dugaan tindak pidana."),
    offenceArticle: optionalText(100),
    receivedAt: recentInstant("waktu permintaan diterima"),
    litmasPurpose: z.union([z.enum(CHILD_LITMAS_PURPOSES), z.literal("")], { error: "Pilih jenis litmas." }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.personId && !v.person) ctx.addIssue({ code: "custom", path: ["person", "fullName"], message: "Tuliskan nama lengkap anak sesuai surat permintaan." });
    if (v.requesterLetterDate && v.requesterLetterDate.getTime() > v.receivedAt.getTime() + DAY_MS) {
      ctx.addIssue({ code: "custom", path: ["requesterLetterDate"], message: "Tanggal surat tidak boleh sesudah permintaan diterima." });
    }
    if (v.requesterLetterDate && v.requesterLetterDate.getTime() < v.receivedAt.getTime() - 366 * DAY_MS) {
      ctx.addIssue({ code: "custom", path: ["requesterLetterDate"], message: "Tanggal surat terlalu jauh sebelum permintaan diterima." });
    }
  });
export type RequestPendampinganInput = z.infer<typeof ZRequestPendampingan>;

// ---------------------------------------------------------------- commands

export const ZPendampinganRef = z.object({ pendampinganId: id, version });
export type PendampinganRef = z.infer<typeof ZPendampinganRef>;

export const ZAssignPendampingan = ZPendampinganRef.extend({ pkId: z.string().trim().min(1, "Pilih PK.").max(40) });
export type AssignPendampinganInput = z.infer<typeof ZAssignPendampingan>;

export const ZRecordPendampinganStep = ZPendampinganRef.extend({
  kind: z.enum(PENDAMPINGAN_STEP_KINDS, { error: "Pilih jenis langkah." }),
  heldAt: recentInstant("waktu pelaksanaan"),
  place: text(3, 200, "Tuliskan tempat pelaksanaan."),
  attendees: text(3, 1000, "Tuliskan siapa saja yang hadir."),
  guardianPresent: z.boolean(),
  outcome: text(5, 4000, "Tuliskan hasilnya."),
  decisionNumber: optionalText(100),
  measure: z.union([z.enum(SPPA_MEASURES), z.literal("")], { error: "Pilih tindakan/pidana anak dari daftar." }).optional(),
}).superRefine((v, ctx) => {
  if (v.measure && !isDecisionStep(v.kind)) ctx.addIssue({ code: "custom", path: ["measure"], message: "Pidana/tindakan dicatat hanya pada putusan atau penetapan." });
  if (isDecisionStep(v.kind) && !v.decisionNumber) ctx.addIssue({ code: "custom", path: ["decisionNumber"], message: "Tuliskan nomor putusan/penetapan." });
});
export type RecordPendampinganStepInput = z.infer<typeof ZRecordPendampinganStep>;

export const ZRecordDiversiAgreement = ZPendampinganRef.extend({
  agreedOn: isoDate("Isi tanggal kesepakatan."),
  deadline: isoDate("Isi batas waktu pelaksanaan."),
  terms: text(5, 4000, "Tuliskan isi kesepakatan diversi."),
  penetapanNumber: optionalText(100),
  childConsent: z.boolean(),
  guardianConsent: z.boolean(),
}).superRefine((v, ctx) => {
  if (v.agreedOn.getTime() > clock.ms() + DAY_MS) ctx.addIssue({ code: "custom", path: ["agreedOn"], message: "Tanggal kesepakatan tidak boleh di masa depan." });
  if (v.agreedOn.getTime() < clock.ms() - OLDEST_MS) ctx.addIssue({ code: "custom", path: ["agreedOn"], message: "Tanggal kesepakatan terlalu lama (lebih dari 2 tahun yang lalu)." });
  if (v.deadline.getTime() <= v.agreedOn.getTime()) ctx.addIssue({ code: "custom", path: ["deadline"], message: "Batas waktu harus sesudah tanggal kesepakatan." });
  else if (v.deadline.getTime() > v.agreedOn.getTime() + 366 * DAY_MS) ctx.addIssue({ code: "custom", path: ["deadline"], message: "Batas waktu paling lama 1 tahun sesudah kesepakatan." });
});
export type RecordDiversiAgreementInput = z.infer<typeof ZRecordDiversiAgreement>;

export const ZMarkAgreementCarriedOut = ZPendampinganRef.extend({
  carriedOutOn: isoDate("Isi tanggal kesepakatan selesai dilaksanakan."),
  outcomeNote: optionalText(2000),
}).refine((v) => !(v.carriedOutOn instanceof Date) || v.carriedOutOn.getTime() <= clock.ms() + DAY_MS, { path: ["carriedOutOn"], message: "Tanggal tidak boleh di masa depan." });
export type MarkAgreementCarriedOutInput = z.infer<typeof ZMarkAgreementCarriedOut>;

export const ZReportNonExecution = ZPendampinganRef.extend({
  reportedTo: text(3, 200, "Tuliskan pejabat yang menerima laporan, mis. Kanit PPA Polres Metro Jakarta Selatan."),
  reportNote: text(5, 2000, "Tuliskan kesepakatan mana yang tidak dilaksanakan."),
});
export type ReportNonExecutionInput = z.infer<typeof ZReportNonExecution>;

export const ZRecordOfficialAction = ZPendampinganRef.extend({
  officialActionNote: text(5, 2000, "Tuliskan tindak lanjut pejabat tersebut."),
});
export type RecordOfficialActionInput = z.infer<typeof ZRecordOfficialAction>;

export const ZClosePendampingan = ZPendampinganRef.extend({ reason: optionalText(1000) });
export type ClosePendampinganInput = z.infer<typeof ZClosePendampingan>;

export const ZCancelPendampingan = ZPendampinganRef.extend({
  reason: text(5, 1000, "Tuliskan alasan pembatalan."),
});
export type CancelPendampinganInput = z.infer<typeof ZCancelPendampingan>;

// ---------------------------------------------------------------- list

export const PENDAMPINGAN_STATUS_FILTERS = ["AKTIF", ...PENDAMPINGAN_STATUSES, "SEMUA"] as const;
export type PendampinganStatusFilter = (typeof PENDAMPINGAN_STATUS_FILTERS)[number];

export const ZPendampinganListParams = z.object({
  status: z.enum(PENDAMPINGAN_STATUS_FILTERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type PendampinganListParams = z.infer<typeof ZPendampinganListParams>;
