// Quick date-and-time entry for the contact log: officers type "23/11 14.30", "hari ini 10.00",
// "kemarin 16.15", "14.30" or "sekarang" instead of using pickers. The text is read as a local
// time in the office's time zone and turned into a UTC instant. Pure: "now" is passed in.
import { TZDate } from "@date-fns/tz";

export type QuickDateTimeResult = { ok: true; at: Date } | { ok: false; error: string };

const TIME = /^(\d{1,2})(?:[.:](\d{2}))?$/;
const DATE = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/;
const HINT = 'Tulis mis. "23/11 14.30", "hari ini 10.00" atau "kemarin 16.15".';

function localParts(now: Date, timeZone: string) {
  const z = new TZDate(now.getTime(), timeZone);
  return { y: z.getFullYear(), m: z.getMonth() + 1, d: z.getDate(), hh: z.getHours(), mm: z.getMinutes() };
}

function parseTime(s: string): { hh: number; mm: number } | null {
  const m = TIME.exec(s);
  if (!m) return null;
  const hh = Number(m[1]);
  const mm = m[2] === undefined ? 0 : Number(m[2]);
  if (hh > 23 || mm > 59) return null;
  return { hh, mm };
}

function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function instant(y: number, m: number, d: number, hh: number, mm: number, timeZone: string): Date {
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime());
}

/** Reads the officer's text as a local date and time in `timeZone`. */
export function parseQuickDateTime(input: string, now: Date, timeZone: string): QuickDateTimeResult {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ").replace(/\s*(pukul|jam)\s*/g, " ").replace(/,/g, " ").trim();
  if (!text) return { ok: false, error: `Isi tanggal dan jam. ${HINT}` };
  const today = localParts(now, timeZone);
  if (text === "sekarang") return { ok: true, at: new Date(Math.floor(now.getTime() / 60_000) * 60_000) };

  let rest = text;
  let day: { y: number; m: number; d: number } | null = null;
  let yearGiven = true;
  for (const [word, offset] of [["hari ini", 0], ["kemarin", -1], ["kmrn", -1]] as const) {
    if (rest === word || rest.startsWith(`${word} `)) {
      const base = new Date(Date.UTC(today.y, today.m - 1, today.d + offset));
      day = { y: base.getUTCFullYear(), m: base.getUTCMonth() + 1, d: base.getUTCDate() };
      rest = rest.slice(word.length).trim();
      if (!rest && offset === 0) return { ok: true, at: instant(day.y, day.m, day.d, today.hh, today.mm, timeZone) };
      break;
    }
  }
  if (!day) {
    const [first, ...others] = rest.split(" ");
    // A lone "9.45" is a time today; "23.11 9.45" is a date and a time.
    const dm = others.length === 0 && TIME.test(first) ? null : DATE.exec(first);
    if (dm) {
      const d = Number(dm[1]);
      const m = Number(dm[2]);
      let y = today.y;
      yearGiven = dm[3] !== undefined;
      if (dm[3] !== undefined) y = dm[3].length === 2 ? 2000 + Number(dm[3]) : Number(dm[3]);
      if (m < 1 || m > 12 || !isRealDay(y, m, d)) return { ok: false, error: `Tanggal "${first}" tidak ada di kalender.` };
      day = { y, m, d };
      rest = others.join(" ");
    } else {
      day = { y: today.y, m: today.m, d: today.d };
    }
  }
  if (!rest) return { ok: false, error: `Tambahkan jamnya, mis. "${text} 10.00".` };
  const time = parseTime(rest);
  if (!time) return { ok: false, error: `Jam "${rest}" tidak dikenali. ${HINT}` };
  let at = instant(day.y, day.m, day.d, time.hh, time.mm, timeZone);
  // "30/12 10.00" typed on 2 January means last December, not the coming one.
  if (!yearGiven && at.getTime() - now.getTime() > 60 * 86_400_000 && isRealDay(day.y - 1, day.m, day.d)) {
    at = instant(day.y - 1, day.m, day.d, time.hh, time.mm, timeZone);
  }
  return { ok: true, at };
}

/** The prefill of the field: "23/11/2026 14.30" in the office's time zone. */
export function formatQuickDateTime(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(p.d)}/${two(p.m)}/${p.y} ${two(p.hh)}.${two(p.mm)}`;
}
