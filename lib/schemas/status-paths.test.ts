// No form can set a guidance period to selesai, dicabut or dipindahkan: those come only from their
// proceedings (the letter, the revocation decision, the accepted transfer). Walks every exported
// schema in lib/schemas (list filters, "…Params", only read) and tries those values on every key
// that names a status.
import { describe, expect, it } from "vitest";
import { exportedSchemas, objectShape } from "../../tests/support/schema-walk";

const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });

const statusKeys = exportedSchemas(modules)
  .filter(([name]) => !name.endsWith("Params"))
  .flatMap(([name, schema]) => Object.entries(objectShape(schema) ?? {}).filter(([k]) => /status/i.test(k)).map(([k, field]) => [`${name}.${k}`, field] as const));

describe("no form sets a closing status", () => {
  it("finds the status keys there are", () => {
    expect(statusKeys.length).toBeGreaterThan(0);
  });
  it.each(statusKeys)("%s", (_name, field) => {
    for (const value of ["SELESAI", "DICABUT", "DIPINDAHKAN"]) expect(field.safeParse(value).success).toBe(false);
  });
});
