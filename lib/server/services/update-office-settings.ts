import "server-only";
import type { SettingsChange } from "@/lib/schemas/office-settings-forms";
import { assertCan, type CurrentUser } from "../auth";
import { audit } from "../audit";
import { prisma } from "../db";
import { conflict } from "../errors";
import type { Prisma } from "../generated/prisma/client.ts";

type Settings = Record<string, unknown>;
const obj = (v: unknown): Settings => (v && typeof v === "object" && !Array.isArray(v) ? { ...(v as Settings) } : {});

/** The settings with one part replaced; every other key is kept as it was. */
export function withChange(settings: unknown, change: SettingsChange): Settings {
  const out = obj(settings);
  switch (change.part) {
    case "reporting.window":
      out.reporting = { ...obj(out.reporting), window: change.value };
      break;
    case "calendar.closures":
      out.calendar = { ...obj(out.calendar), closures: change.value };
      break;
    case "warnings":
      out.warnings = change.value;
      break;
    case "retention":
      out.retention = change.value;
      break;
    case "registerNumber":
      out.registerNumber = change.value;
      break;
    case "stageBoundaries":
      out.stageBoundaries = { ...obj(out.stageBoundaries), [change.program]: change.value };
      break;
  }
  return out;
}

/** The admin changes one part of the office's settings; optimistic on the office's version, audited with before and after. */
export async function updateOfficeSettings(user: CurrentUser, change: SettingsChange): Promise<{ version: number }> {
  assertCan(user, "office:manage");
  return prisma.$transaction(async (tx) => {
    const office = await tx.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true, version: true } });
    if (office.version !== change.version) throw conflict("Pengaturan kantor diubah orang lain sejak halaman ini dibuka. Muat ulang lalu coba lagi.");
    const next = withChange(office.settings, change);
    const res = await tx.office.updateMany({ where: { id: user.officeId, version: change.version }, data: { settings: next as Prisma.InputJsonValue, version: { increment: 1 } } });
    if (res.count === 0) throw conflict();
    const key = change.part === "stageBoundaries" ? `stageBoundaries.${change.program}` : change.part;
    await audit(tx, user, { action: "office.settings.update", entityType: "Office", entityId: user.officeId, details: { part: key, value: change.value as Prisma.InputJsonValue } });
    return { version: change.version + 1 };
  });
}
