// Every date has a sane range (issue 12, part 6): the year 9999 is refused everywhere, with an
// Indonesian message on the field, and each form's own span holds.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import "../zod-id";
import { parseIsoDate } from "@/lib/domain/calendar";
import { ZRegisterClient } from "./client";
import { ZLogContact } from "./contact";
import { ZNewPerson } from "./litmas";
import { ZCreateProgram } from "./stages";

const INDONESIAN = /tahun|tanggal|tidak valid|paling/i;
const today = new Date().toISOString().slice(0, 10);
const yearsAgo = (n: number) => `${new Date().getUTCFullYear() - n}-06-15`;

function fieldError(schema: z.ZodType, input: unknown, field: string): string | undefined {
  const r = schema.safeParse(input);
  if (r.success) return undefined;
  return r.error.issues.find((i) => i.path[0] === field)?.message;
}

const client = (over: Record<string, unknown> = {}) => ({
  category: "DEWASA", fullName: "Slamet Riyadi", aliasName: "", nik: "", birthPlace: "Bogor", birthDate: yearsAgo(35), gender: "LAKI_LAKI",
  religion: "ISLAM", education: "SMA", occupation: "", maritalStatus: "KAWIN", address: "Jl. Melati No. 3", city: "Jakarta Selatan", phone: "",
  familyContactName: "", familyContactRelation: "", familyContactPhone: "", guarantorName: "", guarantorRelation: "", guarantorAddress: "", guarantorPhone: "",
  originType: "LAPAS", originInstitution: "Lapas Kelas I Cipinang", offence: "Pencurian", offenceArticle: "", courtDecisionNumber: "", courtDecisionDate: "",
  sentenceMonths: "", sentenceDays: "", expiryDate: "", program: "PB", guidanceStart: today, guidanceEnd: `${new Date().getUTCFullYear() + 1}-12-31`, ...over,
});

describe("date ranges", () => {
  it("no calendar date outside 1900..2100 parses", () => {
    expect(parseIsoDate("9999-12-31")).toBeNull();
    expect(parseIsoDate("0202-01-01")).toBeNull();
    expect(parseIsoDate("2100-12-31")).not.toBeNull();
  });

  it("the registration form: a guidance end of 31-12-9999, or 30 years on, is refused; the birth date within 100 years", () => {
    expect(ZRegisterClient.safeParse(client()).success).toBe(true);
    expect(fieldError(ZRegisterClient, client({ guidanceEnd: "9999-12-31" }), "guidanceEnd")).toMatch(INDONESIAN);
    expect(fieldError(ZRegisterClient, client({ guidanceEnd: `${new Date().getUTCFullYear() + 30}-01-01` }), "guidanceEnd")).toMatch(/paling lama 25 tahun/);
    expect(fieldError(ZRegisterClient, client({ birthDate: yearsAgo(101) }), "birthDate")).toMatch(/100 tahun/);
    expect(fieldError(ZRegisterClient, client({ guidanceStart: yearsAgo(40), guidanceEnd: yearsAgo(39) }), "guidanceStart")).toMatch(/25 tahun yang lalu/);
  });

  it("a person's birth date in a request", () => {
    expect(fieldError(ZNewPerson, { fullName: "Joko Susilo", birthDate: yearsAgo(101) }, "birthDate")).toMatch(/100 tahun/);
    expect(fieldError(ZNewPerson, { fullName: "Joko Susilo", birthDate: "9999-12-31" }, "birthDate")).toMatch(INDONESIAN);
    expect(ZNewPerson.safeParse({ fullName: "Joko Susilo", birthDate: yearsAgo(40) }).success).toBe(true);
  });

  it("a program's end and a contact's follow-up", () => {
    const program = { clientId: "c1", stage: "AWAL", guidanceType: "SOSIAL", approach: "INDIVIDUAL", title: "Konseling keluarga", objectives: "Memulihkan hubungan klien dengan keluarga.", partnerType: "", partnerName: "", plannedStart: today };
    expect(fieldError(ZCreateProgram, { ...program, plannedEnd: "9999-12-31" }, "plannedEnd")).toMatch(INDONESIAN);
    expect(fieldError(ZCreateProgram, { ...program, plannedEnd: `${new Date().getUTCFullYear() + 6}-01-01` }, "plannedEnd")).toMatch(/paling lama 5 tahun/i);
    const contact = { clientId: "c1", idempotencyKey: "abcdefghijklmnop1234", occurredAt: new Date().toISOString(), type: "KUNJUNGAN_RUMAH", notes: "" };
    expect(fieldError(ZLogContact, { ...contact, followUpOn: "9999-12-31" }, "followUpOn")).toMatch(INDONESIAN);
    expect(fieldError(ZLogContact, { ...contact, followUpOn: `${new Date().getUTCFullYear() + 2}-01-01` }, "followUpOn")).toMatch(/1 tahun setelah kontak/);
    expect(ZLogContact.safeParse({ ...contact, followUpOn: today }).success).toBe(true);
  });
});
