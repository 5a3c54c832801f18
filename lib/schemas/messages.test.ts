// Every form's schema answers bad input in plain Bahasa Indonesia: no English and no validator
// jargon. Walks every exported zod schema in lib/schemas with wrong types, empty and oversized
// values, key by key for objects.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import "../zod-id";
import { exportedSchemas, objectShape } from "../../tests/support/schema-walk";

const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });

const ENGLISH = /\b(invalid|expected|received|required|too (small|big)|must|should|string|number|boolean|undefined|null|nan|array|object)\b/i;
const JARGON = /diharapkan|input tidak valid|tidak valid: /i; // zod's own Indonesian locale ("Input tidak valid: diharapkan …")

function samples(schema: z.ZodType): unknown[] {
  const base: unknown[] = [undefined, null, 42, "x", [], {}, true];
  const shape = objectShape(schema);
  if (!shape) return base;
  const keys = Object.keys(shape);
  const out = [...base];
  for (const bad of [12345, "", "x".repeat(5000), { nested: true }, "9999-12-31", "1800-01-01"]) {
    out.push(Object.fromEntries(keys.map((k) => [k, bad])));
  }
  return out;
}

const schemas = exportedSchemas(modules);

describe("validation messages", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(10);
  });
  for (const [name, schema] of schemas) {
    it(`${name} answers in Indonesian`, () => {
      for (const input of samples(schema)) {
        let result: ReturnType<typeof schema.safeParse>;
        try {
          result = schema.safeParse(input);
        } catch {
          continue; // a refine that assumes an earlier check passed; the parse itself is guarded elsewhere
        }
        if (result.success) continue;
        for (const issue of result.error.issues) {
          expect(issue.message, `${name} ${JSON.stringify(issue.path)} for ${JSON.stringify(input)?.slice(0, 60)}`).not.toMatch(ENGLISH);
          expect(issue.message).not.toMatch(JARGON);
        }
      }
    });
  }
});
