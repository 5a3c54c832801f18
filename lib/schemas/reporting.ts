import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/calendar";
import { ATTENDANCE_CHANNELS, REPORTING_FREQUENCIES } from "@/lib/domain/enums";

const isoDay = (message: string) => z.string().trim().refine((v) => parseIsoDate(v) !== null, message);

export const ZSetReportingSchedule = z.object({
  clientId: z.string().min(1).max(40),
  frequency: z.enum(REPORTING_FREQUENCIES, { message: "Pilih frekuensi wajib lapor." }),
  startsOn: isoDay("Isi tanggal mulai berlaku."),
  note: z.string().trim().max(500, "Catatan paling banyak 500 karakter.").optional(),
});
export type SetReportingScheduleInput = z.infer<typeof ZSetReportingSchedule>;

export const ZRecordAttendance = z
  .object({
    clientId: z.string().min(1).max(40),
    dueOn: isoDay("Pilih jadwal lapor."),
    status: z.enum(["HADIR", "IZIN"], { message: "Pilih hadir atau izin." }),
    /** The day the client reported; today when left empty. */
    attendedOn: z.preprocess((v) => (v === "" || v === null ? undefined : v), isoDay("Isi tanggal lapor.").optional()),
    channel: z.preprocess((v) => (v === "" ? undefined : v), z.enum(ATTENDANCE_CHANNELS).optional()),
    excuseReason: z.string().trim().max(500).optional(),
    note: z.string().trim().max(1000, "Catatan paling banyak 1.000 karakter.").optional(),
  })
  .refine((v) => v.status !== "HADIR" || v.channel !== undefined, { path: ["channel"], message: "Pilih cara lapor." })
  .refine((v) => v.status !== "IZIN" || (v.excuseReason ?? "").length >= 3, { path: ["excuseReason"], message: "Tulis alasan izin." });
export type RecordAttendanceInput = z.infer<typeof ZRecordAttendance>;

export const ZConfirmMangkir = z.object({
  clientId: z.string().min(1).max(40),
  dueOn: isoDay("Pilih jadwal lapor."),
  reason: z.string().trim().min(10, "Tulis tindak lanjut yang sudah dilakukan dan alasannya (minimal 10 karakter).").max(1000, "Alasan paling banyak 1.000 karakter."),
});
export type ConfirmMangkirInput = z.infer<typeof ZConfirmMangkir>;

/** A report made before the schedule was kept in Bimbing, copied from the paper register. */
export const ZRecordPastReport = z.object({
  clientId: z.string().min(1).max(40),
  reportedOn: isoDay("Isi tanggal lapor."),
  channel: z.enum(ATTENDANCE_CHANNELS, { message: "Pilih cara lapor." }),
  note: z.string().trim().max(1000, "Catatan paling banyak 1.000 karakter.").optional(),
});
export type RecordPastReportInput = z.infer<typeof ZRecordPastReport>;

/** The front desk's arrival tap: the client is at the office now, for this due day. */
export const ZRecordArrival = z.object({
  clientId: z.string().min(1).max(40),
  dueOn: isoDay("Pilih jadwal lapor."),
});
export type RecordArrivalInput = z.infer<typeof ZRecordArrival>;
