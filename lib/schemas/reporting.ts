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
    channel: z.preprocess((v) => (v === "" ? undefined : v), z.enum(ATTENDANCE_CHANNELS).optional()),
    excuseReason: z.string().trim().max(500).optional(),
    note: z.string().trim().max(1000, "Catatan paling banyak 1.000 karakter.").optional(),
  })
  .refine((v) => v.status !== "HADIR" || v.channel !== undefined, { path: ["channel"], message: "Pilih cara lapor." })
  .refine((v) => v.status !== "IZIN" || (v.excuseReason ?? "").length >= 3, { path: ["excuseReason"], message: "Tulis alasan izin." });
export type RecordAttendanceInput = z.infer<typeof ZRecordAttendance>;
