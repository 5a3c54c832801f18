import Link from "next/link";
import { REVOCATION_STATUS_LABEL, VIOLATION_TYPE_LABEL } from "@/lib/domain/labels";
import { formatDateShort } from "@/lib/format";
import type { ClientAlerts } from "@/lib/server/queries/client-alerts";

/** The client's warnings, shown wherever an officer acts on the client. */
export function ClientAlertsBox({ alerts }: { alerts: ClientAlerts }) {
  const lines: React.ReactNode[] = [];
  if (alerts.revocation) {
    lines.push(
      <span key="rev">
        Proses pencabutan berjalan: {REVOCATION_STATUS_LABEL[alerts.revocation.status]}.{" "}
        <Link href={`/violations/revocations/${alerts.revocation.id}`} className="font-medium underline">Buka proses</Link>
      </span>,
    );
  }
  if (alerts.missedInARow > 0) {
    lines.push(<span key="miss">{alerts.missedInARow === 1 ? "Mangkir wajib lapor pada jadwal terakhir yang dikonfirmasi." : `Mangkir wajib lapor ${alerts.missedInARow} kali berturut-turut.`}</span>);
  }
  if (alerts.unconfirmed > 0) lines.push(<span key="unconfirmed">{alerts.unconfirmed} jadwal lapor lewat batas tanpa catatan: perlu tindak lanjut dan konfirmasi PK.</span>);
  const open = alerts.openViolations.filter((v) => !v.revocationId);
  if (open.length > 0) {
    lines.push(
      <span key="viol">
        Pelanggaran terbuka: {open.slice(0, 3).map((v) => `${VIOLATION_TYPE_LABEL[v.type]} (${formatDateShort(v.occurredOn)})`).join("; ")}
        {open.length > 3 ? ` dan ${open.length - 3} lainnya` : ""}.
      </span>,
    );
  }
  if (lines.length === 0) return null;
  return (
    <div role="status" aria-label="Peringatan klien" className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p className="font-medium">Perhatian</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">{lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
    </div>
  );
}
