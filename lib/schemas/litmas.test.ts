import { describe, expect, it } from "vitest";
import { litmasDueSettings, ZLitmasListParams, ZRequestLitmas, ZReturnLitmas } from "./litmas";

describe("litmas office settings", () => {
  it.each([
    ["no settings", null, {}],
    ["settings without litmas", { registerFormat: "x" }, {}],
    ["a default and one purpose", { litmas: { defaultDueDays: 10, dueDays: { SIDANG_DEWASA: 5 } } }, { defaultDays: 10, days: { SIDANG_DEWASA: 5 } }],
    ["sidang anak is statutory now (3 days from receipt)", { litmas: { dueDays: { SIDANG_ANAK: 5 } } }, {}],
    ["a non-number", { litmas: { defaultDueDays: "banyak" } }, {}],
    ["zero days", { litmas: { defaultDueDays: 0 } }, {}],
    ["a statutory purpose (diversi cannot be changed)", { litmas: { dueDays: { DIVERSI: 10 } } }, {}],
  ])("%s", (_name, settings, expected) => {
    const got = litmasDueSettings(settings);
    expect({ defaultDays: got.defaultDays, days: got.days }).toEqual({ defaultDays: undefined, days: undefined, ...expected });
  });
});

describe("litmas forms", () => {
  it("accepts a request and refuses a bad date or a missing institution", () => {
    const base = { subject: "CLIENT", requesterType: "KEPOLISIAN" } as const;
    expect(ZRequestLitmas.safeParse({ ...base, clientId: "c1", purpose: "DIVERSI", requesterInstitution: "Polres Jakarta Selatan", requesterLetterDate: "2026-02-28" }).success).toBe(true);
    expect(ZRequestLitmas.safeParse({ clientId: "c1", purpose: "DIVERSI", requesterInstitution: "Polres Jakarta Selatan" }).success).toBe(false);
    expect(ZRequestLitmas.safeParse({ clientId: "c1", purpose: "DIVERSI", requesterInstitution: "Polres", requesterLetterDate: "2026-02-30" }).success).toBe(false);
    expect(ZRequestLitmas.safeParse({ clientId: "c1", purpose: "DIVERSI", requesterInstitution: " " }).success).toBe(false);
    expect(ZRequestLitmas.safeParse({ clientId: "c1", purpose: "BUKAN", requesterInstitution: "Polres" }).success).toBe(false);
  });

  it("a request about someone not in guidance needs a name, not a client; the new-person fields are dropped for a client", () => {
    const base = { purpose: "INTEGRASI_PB", requesterType: "LAPAS", requesterInstitution: "Lapas Kelas I Cipinang" } as const;
    const person = { fullName: "Joko Susilo", nik: "", birthPlace: "", birthDate: "1990-02-29", gender: "", address: "", guardianName: "", guardianRelation: "", guardianPhone: "" };
    const ok = ZRequestLitmas.safeParse({ ...base, subject: "PERSON", person: { ...person, birthDate: "1992-02-29" } });
    expect(ok.success).toBe(true);
    const badLeap = ZRequestLitmas.safeParse({ ...base, subject: "PERSON", person });
    expect(badLeap.success).toBe(false);
    expect(badLeap.error!.issues.map((i) => i.message)).toContain("Tanggal lahir tidak valid.");
    const noName = ZRequestLitmas.safeParse({ ...base, subject: "PERSON", person: { ...person, fullName: "", birthDate: "" } });
    expect(noName.error!.issues.map((i) => i.message)).toContain("Tuliskan nama lengkap sesuai surat permintaan.");
    const badNik = ZRequestLitmas.safeParse({ ...base, subject: "PERSON", person: { ...person, birthDate: "", nik: "123" } });
    expect(badNik.error!.issues.map((i) => i.message)).toContain("NIK terdiri dari 16 digit angka (kosongkan bila belum diketahui).");
    const client = ZRequestLitmas.safeParse({ ...base, subject: "CLIENT", clientId: "c1", person: { ...person, fullName: "" } });
    expect(client.success).toBe(true);
    expect(client.data!.person).toBeUndefined();
    expect(ZRequestLitmas.safeParse({ ...base, subject: "CLIENT" }).error!.issues.map((i) => i.message)).toEqual(["Pilih klien."]);
  });

  it("requires notes to return a litmas", () => {
    expect(ZReturnLitmas.safeParse({ litmasId: "l1", version: 3, notes: "  " }).success).toBe(false);
    expect(ZReturnLitmas.safeParse({ litmasId: "l1", version: 3, notes: "Lengkapi analisis." }).success).toBe(true);
  });

  it("ignores unknown list filters instead of failing", () => {
    expect(ZLitmasListParams.parse({ status: "APA", overdue: "ya", pk: "p1" })).toEqual({ status: undefined, overdue: undefined, pk: "p1" });
    expect(ZLitmasListParams.parse({ status: "DIKERJAKAN", overdue: "1" })).toEqual({ status: "DIKERJAKAN", overdue: "1" });
  });
});
