"use client";

import "./globals.css";
import { ServiceUnavailable } from "@/components/service-unavailable";

// The last boundary: a failure in the root or (app) layout. The error's detail stays on the server.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-dvh font-sans">
        <ServiceUnavailable
          kind="unknown"
          action={
            <button type="button" onClick={reset} className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
              Coba lagi
            </button>
          }
        />
      </body>
    </html>
  );
}
