"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "./alert";
import { Button, Spinner } from "./button";
import { describedBy } from "./field";

export type UploadResult = { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

const ACCEPT_DOCUMENT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/**
 * The browser's own file button speaks its own language: this one says it in the officers' words,
 * keeps the real input (visually hidden, focusable) and shows what was chosen.
 */
export function FileChooser({ id, name, error, describe = (f) => f[0]?.name ?? "Belum ada berkas dipilih", buttonLabel = "Pilih berkas", accept = ACCEPT_DOCUMENT, multiple }: {
  id: string; name: string; error?: string; describe?: (files: File[]) => string; buttonLabel?: string; accept?: string; multiple?: boolean;
}) {
  // Remount it (a `key`) to clear it after the form is reset: a reset fires no change event.
  const [files, setFiles] = useState<File[]>([]);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <input
        type="file" name={name} accept={accept} multiple={multiple} className="peer sr-only"
        onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))} {...describedBy(id, error, "x")}
      />
      <label htmlFor={id} className="inline-flex h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 sm:h-10">
        {buttonLabel}
      </label>
      <span className="min-w-0 truncate text-sm text-slate-600">{describe(files)}</span>
    </div>
  );
}

/**
 * A form posted as multipart/form-data to a route handler (lib/server/route.ts multipartRoute),
 * with its pending state, the answer as an alert and field errors for the children; on success the
 * form is cleared and the page refreshed. `check` refuses before sending (e.g. no file chosen).
 * `children` get the field errors and a counter that changes at each reset (a FileChooser's key).
 */
export function MultipartForm({ label, url, check, submitLabel, pendingLabel, failedText, offlineText, children }: {
  label: string; url: string; submitLabel: string; pendingLabel: string; failedText: string; offlineText: string;
  check?: (fd: FormData) => UploadResult | null;
  children: (fieldError: (key: string) => string | undefined, reset: number) => React.ReactNode;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<UploadResult | null>(null);
  const [resets, setResets] = useState(0);
  const fieldError = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  return (
    <form
      ref={form}
      noValidate
      aria-label={label}
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const refused = check?.(fd);
        if (refused) return setRes(refused);
        setPending(true);
        setRes(null);
        try {
          const r = await fetch(url, { method: "POST", body: fd });
          const body = (await r.json().catch(() => null)) as UploadResult | null;
          setRes(body ?? { ok: false, error: r.status === 413 ? "Berkas terlalu besar: paling besar 10 MB." : failedText });
          if (body?.ok) {
            form.current?.reset();
            setResets((n) => n + 1);
            router.refresh();
          }
        } catch {
          setRes({ ok: false, error: offlineText });
        } finally {
          setPending(false);
        }
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      {children(fieldError, resets)}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
