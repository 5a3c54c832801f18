/**
 * Indonesian phone numbers for links on the client file: `tel:` keeps the number as written (digits
 * and a leading +), WhatsApp (wa.me) wants the international form without "+": 08xx… -> 628xx…,
 * +62… / 62… kept, 8xx… (the leading 0 dropped) -> 628xx…. Anything else (too short, letters only)
 * gives null, and no link is shown.
 */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 6) return null;
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}

export function whatsappNumber(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let d = phone.replace(/\D/g, "");
  if (d.startsWith("0062")) d = d.slice(2);
  if (d.startsWith("0")) d = `62${d.slice(1)}`;
  else if (d.startsWith("8")) d = `62${d}`;
  if (!d.startsWith("62")) return null;
  // A mobile number: 62 8xx, 9 to 13 digits after the country code.
  if (!/^628\d{7,11}$/.test(d)) return null;
  return d;
}

export function whatsappHref(phone: string | null | undefined): string | null {
  const n = whatsappNumber(phone);
  return n ? `https://wa.me/${n}` : null;
}

/** A map search for an address (opens the phone's map app). */
export function mapHref(address: string | null | undefined): string | null {
  const a = address?.trim();
  if (!a) return null;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(a)}`;
}
