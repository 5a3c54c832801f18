// Property-based bad input: every exported schema in lib/schemas, fed arbitrary and hostile values
// (any JSON-ish value, huge and unicode strings, NaN, negative and huge numbers, impossible dates,
// extra keys, each field of an object replaced by such a value): the parse never throws and every
// refusal is in Bahasa Indonesia (zod's fallbacks are localized in lib/zod-id.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import "../zod-id";
import { exportedSchemas, objectShape } from "../../tests/support/schema-walk";

const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });
const ENGLISH = /\b(invalid|expected|received|required|too (small|big)|must|should|string|number|boolean|undefined|null|nan|array|object)\b/i;
const JARGON = /diharapkan|input tidak valid|tidak valid: /i;

const hostile = fc.oneof(
  fc.anything(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -1, -0, 2 ** 53, 1e308, "", " ", "\u0000", "9999-12-31", "0000-00-00", "2026-02-30", "1800-01-01", "<script>", "' OR 1=1 --"),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.date({ noInvalidDate: false }),
);

function objectInput(shape: Record<string, z.ZodType>) {
  const keys = Object.keys(shape);
  return fc.tuple(fc.dictionary(fc.constantFrom(...keys), hostile), fc.dictionary(fc.string({ maxLength: 10 }), hostile, { maxKeys: 3 })).map(([own, extra]) => ({ ...extra, ...own }));
}

describe("schemas under arbitrary input", () => {
  for (const [name, schema] of exportedSchemas(modules)) {
    const shape = objectShape(schema);
    it(`${name} never throws and refuses in Indonesian`, () => {
      fc.assert(
        fc.property(shape && Object.keys(shape).length ? fc.oneof(hostile, objectInput(shape)) : hostile, (input) => {
          const result = schema.safeParse(input);
          if (result.success) return;
          for (const issue of result.error.issues) {
            expect(issue.message, `${name} ${JSON.stringify(issue.path)}`).not.toMatch(ENGLISH);
            expect(issue.message).not.toMatch(JARGON);
          }
        }),
        { numRuns: 60, seed: 15 },
      );
    });
  }
});
