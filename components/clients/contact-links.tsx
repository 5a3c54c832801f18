import { mapHref, telHref, whatsappHref } from "@/lib/domain/phone";

const link = "inline-flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-brand-800 shadow-sm hover:bg-slate-50";

/**
 * How to reach the client, at the top of the file: call, WhatsApp (the number normalized to 62…),
 * the address on a map, and the family contact's number. Each one a 44 px target.
 */
export function ContactLinks({ phone, address, familyPhone, familyName }: { phone: string | null; address: string | null; familyPhone: string | null; familyName: string | null }) {
  const tel = telHref(phone);
  const wa = whatsappHref(phone);
  const map = mapHref(address);
  const famTel = telHref(familyPhone);
  return (
    <div className="space-y-2 text-sm">
      <p>
        <span className="text-slate-600">Telepon: </span>
        <span className="font-medium text-slate-900">{phone ?? "belum dicatat"}</span>
        {address ? <><br /><span className="text-slate-600">Alamat: </span><span className="text-slate-900">{address}</span></> : null}
      </p>
      {tel || wa || map || famTel ? (
        <ul className="flex flex-wrap gap-2" aria-label="Hubungi klien">
          {tel ? <li><a href={tel} className={link}>Telepon</a></li> : null}
          {wa ? <li><a href={wa} target="_blank" rel="noopener noreferrer" className={link}>WhatsApp<span className="sr-only"> (membuka tab baru)</span></a></li> : null}
          {map ? <li><a href={map} target="_blank" rel="noopener noreferrer" className={link}>Buka peta<span className="sr-only"> alamat (membuka tab baru)</span></a></li> : null}
          {famTel ? <li><a href={famTel} className={link}>Telepon keluarga{familyName ? <span className="sr-only"> ({familyName})</span> : null}</a></li> : null}
        </ul>
      ) : null}
    </div>
  );
}
