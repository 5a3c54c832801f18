"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { PICKER_LIMIT } from "@/lib/domain/pagination";

export type ClientOption = { id: string; fullName: string; registerNumber: string };

const MIN_CHARS = 2;
const DEBOUNCE_MS = 250;

/**
 * Choose one client by typing part of the name or the start of the register number: the server
 * searches the user's scope (a bounded list), so a 3,000-client office never ships as a <select>.
 * An ARIA 1.2 combobox: arrows move, Enter picks, Escape closes; the chosen client shows with a
 * "Ganti" button. `onChange("")` when cleared.
 */
export function ClientPicker({ id, search, value, onChange, invalid, describedById }: {
  id: string;
  search: (input: { q: string }) => Promise<ActionResult<ClientOption[]>>;
  value: ClientOption | null;
  onChange: (client: ClientOption | null) => void;
  invalid?: boolean;
  describedById?: string;
}) {
  const listId = useId();
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<ClientOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<"idle" | "loading" | "done" | "error">("idle");
  const seq = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const term = q.trim();
    if (term.length < MIN_CHARS) return;
    const mine = ++seq.current;
    const t = setTimeout(async () => {
      setState("loading");
      const res = await search({ q: term }).catch(() => ({ ok: false, error: "" }) as const);
      if (mine !== seq.current) return; // a newer keystroke won
      if (res.ok) {
        setOptions(res.data ?? []);
        setActive(res.data?.length ? 0 : -1);
        setState("done");
      } else {
        setOptions([]);
        setState("error");
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [q, search]);

  if (value) {
    return (
      <div className="flex min-h-10 items-center justify-between gap-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
        <span>
          <span className="font-medium text-slate-900">{value.fullName}</span>{" "}
          <span className="text-slate-600">({value.registerNumber})</span>
        </span>
        <button
          type="button"
          className="min-h-11 rounded px-2 font-medium text-brand-700 hover:underline sm:min-h-0"
          onClick={() => { onChange(null); setQ(""); setOptions([]); setState("idle"); requestAnimationFrame(() => inputRef.current?.focus()); }}
          aria-label={`Ganti klien (${value.fullName})`}
        >
          Ganti
        </button>
      </div>
    );
  }

  const pick = (c: ClientOption) => { onChange(c); setOpen(false); };
  const short = q.trim().length < MIN_CHARS;
  const status = short ? `Ketik minimal ${MIN_CHARS} huruf nama atau awal nomor register.`
    : state === "loading" ? "Mencari…"
    : state === "error" ? "Pencarian gagal. Coba lagi."
    : state === "done" && options.length === 0 ? "Tidak ada klien aktif yang cocok."
    : state === "done" && options.length >= PICKER_LIMIT ? `${PICKER_LIMIT} klien pertama yang cocok; ketik lebih lengkap untuk mempersempit.`
    : state === "done" ? `${options.length} klien cocok; pilih salah satu.` : "";

  return (
    <div className="relative">
      <Input
        ref={inputRef}
        id={id}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedById, `${listId}-status`].filter(Boolean).join(" ")}
        autoComplete="off"
        placeholder="Nama atau nomor register"
        value={q}
        onChange={(e) => { setQ(e.target.value); setOpen(true); if (e.target.value.trim().length < MIN_CHARS) { setOptions([]); setState("idle"); } }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, options.length - 1)); }
          else if (e.key === "ArrowUp") { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
          else if (e.key === "Enter" && open && options[active]) { e.preventDefault(); pick(options[active]); }
          else if (e.key === "Escape") setOpen(false);
        }}
      />
      <p id={`${listId}-status`} className="mt-1 text-xs text-slate-600" aria-live="polite">{status}</p>
      {open && options.length > 0 ? (
        <ul id={listId} role="listbox" aria-label="Klien yang cocok" className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {options.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={cn("flex min-h-11 cursor-pointer items-center justify-between gap-3 px-3 text-sm", i === active ? "bg-brand-50" : "hover:bg-slate-50")}
              onMouseDown={(e) => { e.preventDefault(); pick(c); }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="font-medium text-slate-900">{c.fullName}</span>
              <span className="text-xs text-slate-600">{c.registerNumber}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
