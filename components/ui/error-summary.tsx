"use client";

import { forwardRef } from "react";
import { Alert } from "./alert";

/**
 * The one error summary for every form (docs/ui-patterns.md): after a submit with errors it takes the
 * focus (pass the ref and focus it; set react-hook-form's `shouldFocusError: false`), says how many
 * fields to fix and lists each one as a link that focuses the field (its id).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: { id: string; label: string; message: string }[] }>(function ErrorSummary({ errors }, ref) {
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="rounded-lg focus:outline-none focus-visible:ring-2 focus-visible:ring-red-600">
      <Alert tone="error" title={`Ada ${errors.length} isian yang perlu diperbaiki`}>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {errors.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} className="underline" onClick={(ev) => { ev.preventDefault(); document.getElementById(e.id)?.focus(); }}>
                {e.label}
              </a>
              : {e.message}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
});
