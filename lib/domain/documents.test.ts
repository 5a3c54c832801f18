import { describe, expect, it } from "vitest";
import { checkDocument, downloadName, MAX_DOCUMENT_BYTES, sniffDocumentType } from "./documents";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("documents", () => {
  it.each([
    [bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31), "application/pdf"],
    [bytes(0xff, 0xd8, 0xff, 0xe0), "image/jpeg"],
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), "image/png"],
    [new TextEncoder().encode("<html><script>alert(1)</script>"), null],
    [new TextEncoder().encode("%PD"), null],
    [bytes(0x50, 0x4b, 0x03, 0x04), null], // a zip (or .docx)
  ])("sniffs %#", (b, mime) => {
    expect(sniffDocumentType(b)).toBe(mime);
  });

  it("refuses empty, oversized and unknown files with a message for the officer", () => {
    expect(checkDocument(bytes())).toMatchObject({ ok: false });
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(checkDocument(big)).toMatchObject({ ok: false, message: expect.stringMatching(/10 MB/) });
    expect(checkDocument(new TextEncoder().encode("GIF89a"))).toMatchObject({ ok: false, message: expect.stringMatching(/PDF, JPEG atau PNG/) });
    expect(checkDocument(bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toEqual({ ok: true, mime: "application/pdf" });
  });

  it("names downloads safely", () => {
    expect(downloadName('SK PB "Joko" / 2026.pdf', "application/pdf")).toBe("SK-PB-Joko-2026.pdf");
    expect(downloadName("../../etc/passwd", "image/png")).toBe("..-..-etc-passwd.png");
    expect(downloadName("", "image/jpeg")).toBe("dokumen.jpg");
  });
});
