import { describe, expect, it } from "vitest";
import { utcDate } from "./calendar";
import { litmasSubjectCategory, monthlyReportSections } from "./monthly-report";

const on = utcDate(2026, 10, 15);

describe("litmasSubjectCategory", () => {
  it.each([
    [{ clientCategory: "ANAK" as const, birthDate: utcDate(1990, 1, 1), purpose: "INTEGRASI_PB" as const }, "ANAK"],
    [{ clientCategory: null, birthDate: utcDate(2008, 10, 16), purpose: "INTEGRASI_PB" as const }, "ANAK"],
    [{ clientCategory: null, birthDate: utcDate(2008, 10, 15), purpose: "DIVERSI" as const }, "DEWASA"],
    [{ clientCategory: null, birthDate: null, purpose: "DIVERSI" as const }, "ANAK"],
    [{ clientCategory: null, birthDate: null, purpose: "PERAWATAN_TAHANAN" as const }, "DEWASA"],
  ])("%o -> %s", (l, expected) => expect(litmasSubjectCategory({ ...l, receivedAt: on })).toBe(expected));
});

describe("monthlyReportSections", () => {
  it("lists only rows with figures, with totals", () => {
    const sections = monthlyReportSections(
      {
        activeByProgram: { PB: { DEWASA: 3, ANAK: 0 }, DIVERSI: { DEWASA: 0, ANAK: 2 }, CB: { DEWASA: 0, ANAK: 0 } },
        activeByEmployment: { BEKERJA: { DEWASA: 2, ANAK: 0 }, BELUM_DICATAT: { DEWASA: 1, ANAK: 2 } },
        activeByOffence: { NARKOTIKA: { DEWASA: 3, ANAK: 0 }, BELUM_DICATAT: { DEWASA: 0, ANAK: 2 } },
        litmasReceived: {}, litmasFinished: { DIVERSI: { DEWASA: 0, ANAK: 1 } },
        pendampinganReceived: 2, pendampinganSteps: { SIDANG_ANAK: 1 }, pendampinganClosed: 0, staffByRole: { PK: 3, KEPALA_BAPAS: 1 },
        outreach: { GOES_TO_VILLAGE: { activities: 2, participants: 85 }, SOSIALISASI: { activities: 1, participants: 30 } },
        communityGuidance: { MASYARAKAT: { activities: 1, participants: 4 }, KELUARGA: { activities: 2, participants: 3 } },
      },
      { programs: ["PB", "CB", "DIVERSI"], purposes: ["DIVERSI"], steps: ["SIDANG_ANAK"], roles: ["KEPALA_BAPAS", "PK"], employment: ["BEKERJA", "TIDAK_BEKERJA"], offences: ["NARKOTIKA"], outreach: ["GOES_TO_VILLAGE", "GOES_TO_SCHOOL", "SOSIALISASI"] },
      {
        program: { PB: "PB", CB: "CB", DIVERSI: "Diversi" } as never, purpose: { DIVERSI: "Diversi" } as never, step: { SIDANG_ANAK: "Sidang anak" } as never,
        role: { KEPALA_BAPAS: "Kepala", PK: "PK" } as never, employment: { BEKERJA: "Bekerja", TIDAK_BEKERJA: "Tidak bekerja" } as never, offence: { NARKOTIKA: "Narkotika" } as never,
        outreach: { GOES_TO_VILLAGE: "Bapas Goes to Village", GOES_TO_SCHOOL: "Bapas Goes to School", SOSIALISASI: "Sosialisasi" } as never,
      },
    );
    expect(sections[0].rows).toEqual([["PB", 3, 0, 3], ["Diversi", 0, 2, 2], ["Jumlah", 3, 2, 5]]);
    expect(sections[1].rows).toEqual([["Bekerja", 2, 0, 2], ["Belum dicatat", 1, 2, 3], ["Jumlah", 3, 2, 5]]);
    expect(sections[2].rows).toEqual([["Narkotika", 3, 0, 3], ["Belum dikategorikan", 0, 2, 2], ["Jumlah", 3, 2, 5]]);
    expect(sections[3].rows).toEqual([["Jumlah", 0, 0, 0]]);
    expect(sections[4].rows).toEqual([["Diversi", 0, 1, 1], ["Jumlah", 0, 1, 1]]);
    expect(sections[5].rows).toEqual([["Permintaan pendampingan diterima", 2], ["Pendampingan dilaksanakan: Sidang anak", 1], ["Pendampingan selesai", 0]]);
    expect(sections[6].rows).toEqual([["Kepala", 1], ["PK", 3], ["Jumlah", 4]]);
    expect(sections[7].rows).toEqual([["Bapas Goes to Village", 2, 85], ["Sosialisasi", 1, 30], ["Jumlah", 3, 115]]);
    expect(sections[8].rows).toEqual([["Bersama keluarga (arahan keluarga)", 2, 3], ["Bersama masyarakat sekitar (penyuluhan sosial)", 1, 4], ["Jumlah", 3, 7]]);
  });
});
