import { describe, expect, it } from "vitest";
import { CONTACT_SUBJECTS } from "./enums";
import { needsParticipants, PARTICIPANT_ROLE_SUGGESTIONS, participantsText } from "./contact-subject";

describe("contact subject", () => {
  it.each([["KLIEN", false], ["KELUARGA", true], ["PENJAMIN", true], ["MASYARAKAT", true]] as const)("%s needs participants: %s", (subject, needed) => {
    expect(needsParticipants(subject)).toBe(needed);
  });
  it("offers role suggestions for every subject, the community's with the village officials", () => {
    for (const s of CONTACT_SUBJECTS) expect(PARTICIPANT_ROLE_SUGGESTIONS[s].length).toBeGreaterThan(0);
    expect(PARTICIPANT_ROLE_SUGGESTIONS.MASYARAKAT).toEqual(expect.arrayContaining(["Kepala Desa", "Ketua RT", "Bhabinkamtibmas", "Petugas Puskesmas"]));
  });
  it("writes the participants as one line in the order typed", () => {
    expect(participantsText([{ name: "Siti Aminah", role: "Ibu kandung" }, { name: "H. Sutrisno", role: "Kepala Desa" }])).toBe("Siti Aminah (Ibu kandung), H. Sutrisno (Kepala Desa)");
    expect(participantsText([])).toBe("");
  });
});
