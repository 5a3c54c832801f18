// zod's fallback messages in plain Bahasa Indonesia. Schemas give their own message wherever a field
// has one; this covers what they do not (an unexpected type, a missing key), so no English or
// technical validator text ever reaches an officer. Imported once on the server (lib/server/action.ts)
// and once in the browser (components/zod-locale.tsx, mounted in the root layout).
import { z } from "zod";
import type { $ZodConfig } from "zod/v4/core";

type Issue = Parameters<NonNullable<$ZodConfig["customError"]>>[0];

function unit(origin: string | undefined): string {
  switch (origin) {
    case "string":
      return " karakter";
    case "array":
    case "set":
      return " pilihan";
    default:
      return "";
  }
}

function limit(value: unknown, origin: string | undefined): string {
  if (origin === "date" && (value instanceof Date || typeof value === "number" || typeof value === "bigint")) {
    const d = new Date(Number(value instanceof Date ? value.getTime() : value));
    return Number.isNaN(d.getTime()) ? String(value) : d.toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }
  return String(value);
}

export function indonesianIssueMessage(iss: Issue): string {
  switch (iss.code) {
    case "invalid_type":
      return iss.input === undefined || iss.input === null || iss.input === "" ? "Wajib diisi." : "Isian ini tidak sesuai formatnya.";
    case "too_small":
      if (iss.origin === "string" && Number(iss.minimum) === 1) return "Wajib diisi.";
      if (iss.origin === "date") return `Tanggal tidak boleh sebelum ${limit(iss.minimum, "date")}.`;
      return `Minimal ${limit(iss.minimum, iss.origin)}${unit(iss.origin)}.`;
    case "too_big":
      if (iss.origin === "date") return `Tanggal tidak boleh setelah ${limit(iss.maximum, "date")}.`;
      return `Maksimal ${limit(iss.maximum, iss.origin)}${unit(iss.origin)}.`;
    case "invalid_value":
      return "Pilih salah satu pilihan yang tersedia.";
    case "invalid_format":
      return iss.format === "email" ? "Alamat email tidak valid." : "Format isian tidak sesuai.";
    case "not_multiple_of":
      return "Angka tidak sesuai.";
    case "unrecognized_keys":
      return "Ada isian yang tidak dikenal.";
    default:
      return "Isian tidak valid.";
  }
}

z.config({ customError: (iss) => indonesianIssueMessage(iss as Issue) });
