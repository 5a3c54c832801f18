import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { OUTREACH_KIND_LABEL } from "@/lib/domain/community";
import { formatDate, formatNumber } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listOutreach } from "@/lib/server/queries/community";

export const metadata: Metadata = { title: "Penjangkauan masyarakat" };

export default async function OutreachPage() {
  const user = await requireUser();
  const rows = await listOutreach(user);
  return (
    <>
      <PageHeader
        title="Penjangkauan masyarakat"
        description="Bapas Goes to Village, Bapas Goes to School, penyuluhan hukum dan sosialisasi: kegiatan kantor tanpa klien tertentu."
        actions={<ButtonLink href="/outreach/new">Catat kegiatan</ButtonLink>}
      />
      {rows.length === 0 ? (
        <EmptyState title="Belum ada kegiatan penjangkauan" action={<ButtonLink href="/outreach/new" variant="secondary">Catat kegiatan pertama</ButtonLink>}>
          Catat tempat, tanggal, peserta, perangkat desa yang hadir, ringkasan dan fotonya setelah kegiatan.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {rows.map((o) => (
            <li key={o.id}>
              <Link href={`/outreach/${o.id}`} className="block px-4 py-3 hover:bg-slate-50 sm:px-5">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-brand-800">{o.title}</span>
                  <Badge tone="violet">{OUTREACH_KIND_LABEL[o.kind]}</Badge>
                </div>
                <p className="text-xs text-slate-600">
                  {[formatDate(o.heldOn), o.place, `${formatNumber(o.participantCount)} peserta`, o._count.partners ? `${o._count.partners} mitra` : null, o._count.photos ? `${o._count.photos} foto` : null].filter(Boolean).join(" · ")}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
