import "server-only";
import { parseIsoDate, toIsoDate } from "@/lib/domain/calendar";
import { isIdentityField, personIdentityOf, type ClientIdentity } from "@/lib/domain/person";
import { CLIENT_FIELDS, type ZClientFields } from "@/lib/schemas/client";
import type { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Client, Person } from "../generated/prisma/client.ts";

type Fields = z.infer<typeof ZClientFields>;
const DATE_FIELDS = new Set(["birthDate", "courtDecisionDate", "employmentStatusSince", "expiryDate", "guidanceStart", "guidanceEnd"]);
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
  return out as ClientIdentity & { nik: string | null; guidanceStart: Date; guidanceEnd: Date } & Record<string, unknown>;
}

/** Client columns: the form's fields without the identity, which the person holds. */
export type ClientColumns = Omit<Prisma.ClientUncheckedCreateInput, "officeId" | "registerNumber" | "personId" | "fullName"> & {
  guidanceStart: Date; guidanceEnd: Date;
};

/** The parsed form split into what the person holds and what the guidance period holds. */
export function splitClientData(data: ReturnType<typeof toClientData>) {
  const client: Record<string, unknown> = {};
  for (const key of CLIENT_FIELDS) if (!isIdentityField(key)) client[key] = data[key];
  return { person: personIdentityOf(data), client: client as ClientColumns };
}

export type ClientWithPerson = Client & { person: Person };

/** A client's fields as the form has them: the identity read from the person. */
export function clientFieldValues(c: ClientWithPerson): Record<(typeof CLIENT_FIELDS)[number], unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CLIENT_FIELDS) out[key] = isIdentityField(key) ? c.person[key] : c[key as keyof Client];
  return out as Record<(typeof CLIENT_FIELDS)[number], unknown>;
}

/** A client's fields (the identity from the person) as form values. */
export function toClientForm(c: ClientWithPerson): Fields {
  const values = clientFieldValues(c);
  const out: Record<string, string> = {};
  for (const key of CLIENT_FIELDS) {
    const value = values[key];
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
