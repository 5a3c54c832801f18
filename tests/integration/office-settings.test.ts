import { describe, expect, it } from "vitest";
import { ZClosuresForm, ZRegisterNumberForm, ZReportingWindowForm, ZStageBoundariesForm, ZWarningsForm } from "@/lib/schemas/office-settings-forms";
import { registerSettingsOf } from "@/lib/schemas/register-settings";
import { calendarSettingsFrom, officeCalendar, reportingWindowFrom } from "@/lib/schemas/reporting-settings";
import { stageBoundariesFor } from "@/lib/schemas/stages";
import { warningPolicyFrom } from "@/lib/schemas/warning-settings";
import { utcDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { updateOfficeSettings } from "@/lib/server/services/update-office-settings";
import { createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

async function rejects(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

describe("the office settings screen", () => {
  it("the admin changes each part; the features read it back; other keys stay; every change is audited", async () => {
    const office = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
    await prisma.office.update({ where: { id: office.id }, data: { settings: { litmas: { defaultDueDays: 10 } } } });
    const admin = await actorFor((await createUser(prisma, { officeId: office.id, role: "ADMIN" })).id);
    const kepala = await actorFor((await createUser(prisma, { officeId: office.id, role: "KEPALA_BAPAS" })).id);
    let version = (await prisma.office.findUniqueOrThrow({ where: { id: office.id } })).version;
    const save = async (change: Parameters<typeof updateOfficeSettings>[1]) => ({ version } = await updateOfficeSettings(admin, change));

    await rejects(updateOfficeSettings(kepala, ZReportingWindowForm.parse({ version, monthlyInMonth: false, earlyDays: "2", graceWorkingDays: "5", countLate: false })), "FORBIDDEN");
    await save(ZReportingWindowForm.parse({ version, monthlyInMonth: false, earlyDays: "2", graceWorkingDays: "5", countLate: false }));
    await save(ZClosuresForm.parse({ version, closures: "2026-12-24 Cuti bersama Natal\n\n2026-12-31" }));
    await save(ZWarningsForm.parse({ version, defaultBeforeProposal: "1", wp_ASIMILASI: "3", wp_PB: "" }));
    await save(ZRegisterNumberForm.parse({ version, format: "{seq}/PK/{KODE}/{YYYY}", seqDigits: "5" }));
    await save(ZStageBoundariesForm.parse({ version, program: "PB", first: "25", second: "60" }));
    // A stale form loses.
    await rejects(updateOfficeSettings(admin, ZWarningsForm.parse({ version: version - 1, defaultBeforeProposal: "0" })), "CONFLICT");

    const s = (await prisma.office.findUniqueOrThrow({ where: { id: office.id } })).settings;
    expect(reportingWindowFrom(s)).toEqual({ monthlyInMonth: false, earlyDays: 2, graceWorkingDays: 5, countLate: false });
    expect(calendarSettingsFrom(s).closures).toEqual([{ date: "2026-12-24", name: "Cuti bersama Natal" }, { date: "2026-12-31" }]);
    expect(officeCalendar(s).isWorkingDay(utcDate(2026, 12, 31))).toBe(false);
    expect(warningPolicyFrom(s)).toEqual({ defaultBeforeProposal: 1, beforeProposal: { ASIMILASI: 3 } });
    expect(registerSettingsOf(s)).toEqual({ format: "{seq}/PK/{KODE}/{YYYY}", seqDigits: 5 });
    expect(stageBoundariesFor(s, "PB")).toEqual([0.25, 0.6]);
    expect((s as { litmas: unknown }).litmas).toEqual({ defaultDueDays: 10 });
    expect(await prisma.auditEvent.count({ where: { action: "office.settings.update", entityId: office.id } })).toBe(5);
  });

  it("answers bad input in Indonesian and changes nothing", () => {
    const bad = ZClosuresForm.safeParse({ version: 1, closures: "24/12/2026 Natal" });
    expect(bad.error?.issues[0].message).toMatch(/^Baris 1: tulis tanggal sebagai tttt-bb-hh/);
    expect(ZStageBoundariesForm.safeParse({ version: 1, program: "PB", first: "60", second: "40" }).error?.issues[0].message).toBe("Batas tahap akhir harus sesudah batas tahap lanjutan.");
    expect(ZReportingWindowForm.safeParse({ version: 1, monthlyInMonth: true, earlyDays: "30", graceWorkingDays: "1", countLate: true }).error?.issues[0].message).toBe("Paling banyak 7 hari.");
    expect(ZRegisterNumberForm.safeParse({ version: 1, format: "PK/{KODE}", seqDigits: "4" }).success).toBe(false);
  });
});
