import type { Metadata } from "next";
import Link from "next/link";
import { AgreementBadge } from "@/components/community/agreement-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PARTNER_CATEGORY_LABEL, PARTNER_FIELD_LABEL, POKMAS_FIELD_LABEL } from "@/lib/domain/community";
import { can } from "@/lib/domain/permissions";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listAgreementsNeedingRenewal, listPartners } from "@/lib/server/queries/community";

export const metadata: Metadata = { title: "Mitra & Pokmas Lipas" };

type Row = Awaited<ReturnType<typeof listPartners>>["all"][number];

function PartnerItem({ p }: { p: Row }) {
  return (
    <li>
      <Link href={`/partners/${p.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-slate-50 sm:px-5">
        <span className="min-w-0">
          <span className="font-medium text-brand-800">{p.name}</span>
          <span className="block text-xs text-slate-600">
            {[PARTNER_CATEGORY_LABEL[p.category], p.field ? PARTNER_FIELD_LABEL[p.field] : null, p.contactPerson || null].filter(Boolean).join(" · ")}
          </span>
        </span>
        <span className="flex flex-wrap items-center gap-2 text-xs">
          {p.activePlacements ? <Badge tone="blue">{p.activePlacements} klien ditempatkan</Badge> : null}
          {p.agreement ? <AgreementBadge state={p.agreement.state} /> : <Badge>Belum ada PKS</Badge>}
          {!p.active ? <Badge>Nonaktif</Badge> : null}
        </span>
      </Link>
    </li>
  );
}

export default async function PartnersPage() {
  const user = await requireUser();
  const manage = can(user.role, "partner:manage");
  const [{ pokmas, loose }, renew] = await Promise.all([listPartners(user), manage ? listAgreementsNeedingRenewal(user) : Promise.resolve([])]);
  return (
    <>
      <PageHeader
        title="Mitra & Pokmas Lipas"
        description="Kelompok masyarakat peduli pemasyarakatan, mitra kerja sama dan perjanjiannya. Setiap Bapas membentuk sedikitnya dua Pokmas Lipas, masing-masing dengan lima mitra."
        actions={manage ? <ButtonLink href="/partners/new">Tambah Pokmas Lipas atau mitra</ButtonLink> : null}
      />
      <div className="space-y-6">
        {renew.length ? (
          <Card aria-labelledby="renew" className="border-amber-300 bg-amber-50/40">
            <CardHeader id="renew" title="Perjanjian kerja sama perlu diperpanjang" description="Berakhir dalam 60 hari atau sudah berakhir." />
            <ul className="divide-y divide-amber-100">
              {renew.map((r) => (
                <li key={r.id}>
                  <Link href={`/partners/${r.partner.id}`} className="flex min-h-11 flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm hover:bg-amber-50 sm:px-5">
                    <span><span className="font-medium">{r.partner.name}</span> <span className="text-slate-600">· No. {r.number} · berakhir {formatDate(r.expiresOn)}</span></span>
                    <AgreementBadge state={r.state} />
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        {pokmas.length === 0 ? (
          <EmptyState title="Belum ada Pokmas Lipas" action={manage ? <ButtonLink href="/partners/new?jenis=POKMAS" variant="secondary">Bentuk Pokmas Lipas</ButtonLink> : null}>
            {manage ? "Catat Pokmas Lipas bidang hukum dan kemasyarakatan serta bidang kemandirian dan kepribadian, lalu tambahkan mitranya." : "Kepala Bapas atau admin mencatat Pokmas Lipas dan mitranya di sini."}
          </EmptyState>
        ) : (
          pokmas.map((g) => (
            <Card key={g.id} aria-labelledby={`pokmas-${g.id}`}>
              <CardHeader
                id={`pokmas-${g.id}`}
                title={g.name}
                description={`Pokmas Lipas · ${g.pokmasField ? POKMAS_FIELD_LABEL[g.pokmasField] : "bidang belum dipilih"} · ${g.members.length} mitra${g.members.length < 5 ? " (kurang dari 5)" : ""}`}
                action={<Link href={`/partners/${g.id}`} className="text-sm font-medium text-brand-700 hover:underline">Buka</Link>}
              />
              {g.members.length === 0 ? (
                <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">Belum ada mitra. {manage ? <Link href={`/partners/new?pokmas=${g.id}`} className="font-medium text-brand-700 underline">Tambah mitra</Link> : null}</p>
              ) : (
                <ul className="divide-y divide-slate-100">{g.members.map((m) => <PartnerItem key={m.id} p={m} />)}</ul>
              )}
            </Card>
          ))
        )}

        <Card aria-labelledby="loose">
          <CardHeader id="loose" title="Mitra lain" description="Pesantren, bengkel dan usaha, BLK, rehabilitasi, Dinsos, Kemenag, Baznas, LBH dan lainnya yang bukan anggota Pokmas Lipas." />
          {loose.length === 0 ? (
            <p className="px-4 py-3 text-sm text-slate-600 sm:px-5">Belum ada mitra di luar Pokmas Lipas.</p>
          ) : (
            <ul className="divide-y divide-slate-100">{loose.map((m) => <PartnerItem key={m.id} p={m} />)}</ul>
          )}
        </Card>
      </div>
    </>
  );
}
