"use client";
// Sets zod's fallback messages to Bahasa Indonesia in the browser bundle (see lib/zod-id.ts).
import "@/lib/zod-id";

export function ZodLocale() {
  return null;
}
