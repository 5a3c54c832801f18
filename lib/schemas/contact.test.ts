import { describe, expect, it } from "vitest";
import "../zod-id";
import { CONTACT_PARTICIPANTS_MAX, filledParticipants, ZContactForm, ZLogContact } from "./contact";

const sent = {
  clientId: "c_1", idempotencyKey: "k-0123456789abcdef", occurredAt: "2026-11-19T09:00:00+07:00", type: "KUNJUNGAN_RUMAH", outcome: "HADIR", notes: "Arahan keluarga.",
};
const form = { when: "hari ini 10.00", type: "KUNJUNGAN_RUMAH", subject: "KLIEN", participants: [], outcome: "HADIR", notes: "" };
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("ZLogContact: subject and participants", () => {
  it("an entry saved before the subject existed is a contact with the client, nobody else", () => {
    const r = ZLogContact.parse(sent);
    expect(r.subject).toBe("KLIEN");
    expect(r.participants).toEqual([]);
  });
  it("the family, the guarantor or the community need at least one participant", () => {
    for (const subject of ["KELUARGA", "PENJAMIN", "MASYARAKAT"]) {
      expect(issues(ZLogContact.safeParse({ ...sent, subject }))).toEqual([["participants", expect.stringMatching(/paling sedikit satu peserta/)]]);
      expect(ZLogContact.safeParse({ ...sent, subject, participants: [{ name: "H. Sutrisno", role: "Kepala Desa" }] }).success).toBe(true);
    }
    expect(ZLogContact.safeParse({ ...sent, participants: [{ name: "Siti Aminah", role: "Ibu kandung" }] }).success).toBe(true);
  });
  it("trims names and refuses empty, oversized or too many participants in Bahasa Indonesia", () => {
    expect(ZLogContact.parse({ ...sent, subject: "KELUARGA", participants: [{ name: "  Siti  ", role: " Ibu kandung " }] }).participants).toEqual([{ name: "Siti", role: "Ibu kandung" }]);
    expect(issues(ZLogContact.safeParse({ ...sent, subject: "KELUARGA", participants: [{ name: " ", role: "Ibu" }] }))[0]).toEqual(["participants.0.name", "Tulis nama peserta."]);
    expect(issues(ZLogContact.safeParse({ ...sent, subject: "KELUARGA", participants: [{ name: "Siti", role: "x".repeat(81) }] }))[0][1]).toMatch(/paling banyak 80 karakter/);
    const many = Array.from({ length: CONTACT_PARTICIPANTS_MAX + 1 }, (_, i) => ({ name: `Warga ${i}`, role: "Warga" }));
    expect(issues(ZLogContact.safeParse({ ...sent, subject: "MASYARAKAT", participants: many }))[0]).toEqual(["participants", `Paling banyak ${CONTACT_PARTICIPANTS_MAX} peserta.`]);
    expect(issues(ZLogContact.safeParse({ ...sent, subject: "TETANGGA", participants: [{ name: "Siti", role: "Ibu" }] }))[0]).toEqual(["subject", "Pilih dengan siapa kegiatan ini."]);
  });
});

describe("ZContactForm: the participant rows", () => {
  it("unused rows are ignored; a half-filled row says what is missing", () => {
    expect(ZContactForm.safeParse({ ...form, subject: "KELUARGA", participants: [{ name: "Siti Aminah", role: "Ibu kandung" }, { name: "", role: "" }] }).success).toBe(true);
    expect(issues(ZContactForm.safeParse({ ...form, subject: "KELUARGA", participants: [{ name: "", role: "" }] }))).toEqual([["participants", expect.stringMatching(/paling sedikit satu peserta/)]]);
    expect(issues(ZContactForm.safeParse({ ...form, subject: "MASYARAKAT", participants: [{ name: "H. Sutrisno", role: "" }] }))).toEqual([["participants.0.role", expect.stringMatching(/^Tulis hubungan atau jabatan/)]]);
    expect(ZContactForm.safeParse(form).success).toBe(true);
  });
  it("filledParticipants keeps the filled rows, trimmed, in order", () => {
    expect(filledParticipants([{ name: " Siti ", role: "Ibu" }, { name: "", role: " " }, { name: "Rudi", role: "Kakak" }])).toEqual([{ name: "Siti", role: "Ibu" }, { name: "Rudi", role: "Kakak" }]);
  });
});
