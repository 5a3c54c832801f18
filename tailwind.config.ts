// Tailwind CSS 4 reads its theme from app/globals.css (@theme); this file is loaded from there
// with @config and holds what CSS cannot: the content globs.
import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
} satisfies Config;
