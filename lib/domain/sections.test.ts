import { describe, expect, it } from "vitest";
import { mayAssignInSection, sectionForCategory } from "./sections";

describe("sections", () => {
  it("puts a child's case in BKA and an adult's in BKD", () => {
    expect(sectionForCategory("ANAK")).toBe("BKA");
    expect(sectionForCategory("DEWASA")).toBe("BKD");
  });
  it("lets the Kepala and an admin assign any PK", () => {
    expect(mayAssignInSection({ role: "KEPALA_BAPAS", section: null }, "BKA", "BKD").ok).toBe(true);
    expect(mayAssignInSection({ role: "ADMIN", section: null }, null, null).ok).toBe(true);
  });
  it("keeps a Kasi within its own section", () => {
    const kasi = { role: "KASI" as const, section: "BKA" as const };
    expect(mayAssignInSection(kasi, "BKA", "BKA").ok).toBe(true);
    expect(mayAssignInSection(kasi, "BKD", "BKA")).toEqual({ ok: false, message: "Perkara ini tidak didisposisikan ke seksi Anda." });
    expect(mayAssignInSection(kasi, null, "BKA").ok).toBe(false);
    expect(mayAssignInSection(kasi, "BKA", "BKD")).toEqual({ ok: false, message: "PK tersebut bukan anggota seksi Anda." });
    expect(mayAssignInSection({ role: "KASI", section: null }, "BKA", "BKA").ok).toBe(false);
  });
});
