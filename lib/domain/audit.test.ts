import { describe, expect, it } from "vitest";
import { auditActionLabel } from "./audit";

describe("auditActionLabel", () => {
  it.each([
    ["client.view", "Melihat berkas klien"],
    ["litmas.tpp-review", "Litmas: litmas.tpp-review"],
    ["something.odd", "something.odd"],
  ])("%s -> %s", (action, label) => expect(auditActionLabel(action)).toBe(label));
});
