// No form can set a guidance period to selesai, dicabut or dipindahkan: those come only from their
// proceedings (the letter, the revocation decision, the accepted transfer). Walks every exported
// schema in lib/schemas (list filters, "…Params", only read) and tries those values on every key
// that names a status.
import { describe, expect, it } from "vitest";
import { z } from "zod";

const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  let s: unknown = schema;
  for (let i = 0; i < 6 && s; i++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    s = def?.in ?? def?.innerType ?? def?.schema;
  }
  return null;
}

const statusKeys = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod).filter(([name]) => !name.endsWith("Params")).flatMap(([name, v]) => {
    const shape = v instanceof z.ZodType ? shapeOf(v) : null;
    return shape ? Object.entries(shape).filter(([k]) => /status/i.test(k)).map(([k, field]) => [`${file.replace("./", "")} ${name}.${k}`, field] as const) : [];
  }),
);

describe("no form sets a closing status", () => {
  it("finds the status keys there are", () => {
    expect(statusKeys.length).toBeGreaterThan(0);
  });
  it.each(statusKeys)("%s", (_name, field) => {
    for (const value of ["SELESAI", "DICABUT", "DIPINDAHKAN"]) expect(field.safeParse(value).success).toBe(false);
  });
});
