import "server-only";
import { parseIsoDate, toIsoDate } from "@/lib/domain/calendar";
import { CLIENT_FIELDS, type ZClientFields } from "@/lib/schemas/client";
import type { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Client } from "../generated/prisma/client.ts";

type Fields = z.infer<typeof ZClientFields>;
const DATE_FIELDS = new Set(["birthDate", "courtDecisionDate", "guidanceStart", "guidanceEnd"]);
const INT_FIELDS = new Set(["sentenceMonths", "sentenceDays"]);

/** Form values (strings) to the Client columns: "" becomes null, dates and counts are parsed. */
export function toClientData(v: Fields) {
  const out: Record<string, unknown> = {};
  for (const key of CLIENT_FIELDS) {
    const raw = v[key] as string;
    if (DATE_FIELDS.has(key)) out[key] = raw ? parseIsoDate(raw) : null;
    else if (INT_FIELDS.has(key)) out[key] = raw === "" ? null : Number(raw);
    else out[key] = raw === "" ? null : raw;
  }
  return out as Omit<Prisma.ClientUncheckedCreateInput, "officeId" | "registerNumber"> & {
    birthDate: Date; guidanceStart: Date; guidanceEnd: Date; nik: string | null;
  };
}

/** A client's columns as form values. */
export function toClientForm(c: Client): Fields {
  const out: Record<string, string> = {};
  for (const key of CLIENT_FIELDS) {
    const value = c[key as keyof Client];
    if (value === null || value === undefined) out[key] = "";
    else if (value instanceof Date) out[key] = toIsoDate(value);
    else out[key] = String(value);
  }
  return out as Fields;
}

/** Shown value of a column in a conflict message. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(kosong)";
  if (value instanceof Date) return toIsoDate(value);
  return String(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}
