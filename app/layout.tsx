import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import localFont from "next/font/local";
import { ZodLocale } from "@/components/zod-locale";
import "./globals.css";

// The Latin subset only (48 KB; U+0000-00FF, every letter of Indonesian and of Latin-1 names). The
// latin-ext file (85 KB) was preloaded on every page beside it, on a phone's slow link before the
// page's scripts; a rare letter beyond Latin-1 falls back to the system sans-serif.
const inter = localFont({
  src: [{ path: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2", weight: "100 900", style: "normal" }],
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Bimbing", template: "%s · Bimbing" },
  description: "Aplikasi manajemen kasus pembimbingan klien Bapas",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#174a9c" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: the Content-Security-Policy nonce (proxy.ts) is new each time,
  // and Next.js can only put it on the scripts of a page it renders now.
  await headers();
  return (
    <html lang="id" className={inter.variable}>
      <body className="min-h-dvh font-sans">
        <ZodLocale />
        {children}
      </body>
    </html>
  );
}
