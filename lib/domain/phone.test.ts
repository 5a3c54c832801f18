import { describe, expect, it } from "vitest";
import { mapHref, telHref, whatsappHref, whatsappNumber } from "./phone";

describe("phone links", () => {
  it("normalizes an Indonesian mobile number for WhatsApp", () => {
    expect(whatsappNumber("0812-3456-7890")).toBe("6281234567890");
    expect(whatsappNumber("+62 812 3456 7890")).toBe("6281234567890");
    expect(whatsappNumber("62812345678")).toBe("62812345678");
    expect(whatsappNumber("0062 81234567890")).toBe("6281234567890");
    expect(whatsappNumber("81234567890")).toBe("6281234567890");
    expect(whatsappHref("08123456789")).toBe("https://wa.me/628123456789");
  });
  it("gives no WhatsApp link for a landline, a foreign or a broken number", () => {
    expect(whatsappNumber("021-7654321")).toBeNull();
    expect(whatsappNumber("+1 202 555 0100")).toBeNull();
    expect(whatsappNumber("0812")).toBeNull();
    expect(whatsappNumber("")).toBeNull();
    expect(whatsappNumber(null)).toBeNull();
  });
  it("keeps the number as written for tel:", () => {
    expect(telHref("0812-3456-7890")).toBe("tel:081234567890");
    expect(telHref("+62 21 765 4321")).toBe("tel:+62217654321");
    expect(telHref("12")).toBeNull();
  });
  it("links an address to a map search", () => {
    expect(mapHref("Jl. Melati No. 5, Jakarta Selatan")).toBe("https://www.google.com/maps/search/?api=1&query=Jl.%20Melati%20No.%205%2C%20Jakarta%20Selatan");
    expect(mapHref("  ")).toBeNull();
  });
});
