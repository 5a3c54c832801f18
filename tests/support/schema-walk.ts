// Walks the exported zod schemas of lib/schemas, for tests that check every form at once.
import { z } from "zod";

/** An object schema's shape, through pipes, transforms and defaults; null when it is no object. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  let s: unknown = schema;
  for (let i = 0; i < 6 && s; i++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    s = def?.in ?? def?.innerType ?? def?.schema;
  }
  return null;
}

/** Every exported schema of the given modules, named "file Export". */
export function exportedSchemas(modules: Record<string, Record<string, unknown>>): (readonly [string, z.ZodType])[] {
  return Object.entries(modules).flatMap(([file, mod]) =>
    Object.entries(mod)
      .filter(([, v]) => v instanceof z.ZodType)
      .map(([name, v]) => [`${file.replace("./", "")} ${name}`, v as z.ZodType] as const),
  );
}
