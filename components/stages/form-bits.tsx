"use client";

import { Button, Spinner } from "@/components/ui/button";

/** The submit button every form here uses: a spinner and "Menyimpan…" while pending. */
export function SubmitButton({ pending, children, variant = "primary", pendingLabel = "Menyimpan…", ...props }: { pending: boolean; children: React.ReactNode; variant?: "primary" | "secondary" | "danger"; pendingLabel?: string } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <Button type="submit" variant={variant} disabled={pending} {...props}>
      {pending ? <Spinner /> : null}
      {pending ? pendingLabel : children}
    </Button>
  );
}

/** Maps an action's field errors back onto react-hook-form. */
export function applyFieldErrors<T extends string>(fieldErrors: Record<string, string[] | undefined> | undefined, setError: (name: T, e: { message: string }) => void) {
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (messages?.[0]) setError(field as T, { message: messages[0] });
  }
}
