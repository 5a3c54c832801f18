import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementBadge } from "@/components/community/agreement-badge";
import { AgreementUpload } from "@/components/community/agreement-upload";
import { PartnerForm } from "@/components/community/partner-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { formatHours, PARTNER_CATEGORY_LABEL, PARTNER_FIELD_LABEL, PARTNER_KIND_LABEL, POKMAS_FIELD_LABEL } from "@/lib/domain/community";
import { can } from "@/lib/domain/permissions";
import { formatDate, formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getPartner, listPartners } from "@/lib/server/queries/community";
import { savePartnerAction } from "../actions";

export const metadata: Metadata = { title: "Mitra" };

export default async function PartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const p = await getPartner(user, id);
  if (!p) notFound();
  const manage = can(user.role, "partner:manage");
  const pokmasOptions = manage ? (await listPartners(user)).pokmas.filter((g) => g.id !== p.id).map((g) => ({ id: g.id, name: g.name })) : [];
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/partners" className="hover:underline">← Mitra & Pokmas Lipas</Link>}
        title={p.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="violet">{PARTNER_KIND_LABEL[p.kind]}</Badge>
            <Badge>{PARTNER_CATEGORY_LABEL[p.category]}</Badge>
            {p.agreements[0] ? <AgreementBadge state={p.agreements[0].state} /> : null}
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="placements">
            <CardHeader
              id="placements"
              title="Klien yang ditempatkan"
              description={user.role === "PK" ? "Klien Anda yang ditempatkan di sini." : "Penempatan klien kantor di mitra ini."}
            />
            <div className="grid grid-cols-2 gap-3 border-b border-slate-100 px-4 pb-4 text-sm sm:grid-cols-3 sm:px-5">
              <div><div className="text-slate-600">Sedang ditempatkan</div><div className="text-xl font-semibold tabular-nums">{p.totals.active}</div></div>
              <div><div className="text-slate-600">Seluruh penempatan</div><div className="text-xl font-semibold tabular-nums">{p.totals.all}</div></div>
              {p.totals.kerjaSosialOrderedMinutes ? (
                <div className="col-span-2 sm:col-span-1"><div className="text-slate-600">Jam kerja sosial</div><div className="text-xl font-semibold tabular-nums">{formatHours(p.totals.kerjaSosialDoneMinutes)} <span className="text-sm font-normal text-slate-600">dari {formatHours(p.totals.kerjaSosialOrderedMinutes)}</span></div></div>
              ) : null}
            </div>
            {p.placements.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada klien yang ditempatkan. PK menempatkan klien dari berkas klien, bagian “Penempatan di mitra”.</p></CardBody>
            ) : (
              <ul className="divide-y divide-slate-100">
                {p.placements.map((pl) => (
                  <li key={pl.id} className="px-4 py-3 text-sm sm:px-5">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/clients/${pl.client.id}/placements`} className="font-medium text-brand-700 hover:underline">{pl.client.fullName}</Link>
                      <span className="flex gap-2">
                        {pl.kerjaSosial ? <Badge tone="violet">Kerja sosial</Badge> : null}
                        <Badge tone={pl.endedAt ? "neutral" : "green"}>{pl.endedAt ? "Selesai" : "Berjalan"}</Badge>
                      </span>
                    </div>
                    <p className="text-xs text-slate-600">{formatDateShort(pl.startsOn)} – {pl.endsOn ? formatDateShort(pl.endsOn) : "belum ditentukan"} · {pl.purpose}</p>
                    {pl.summary ? <p className="mt-1 text-xs text-slate-700">{formatHours(pl.summary.doneMinutes)} dari {formatHours(pl.summary.orderedMinutes)} · sisa {formatHours(pl.summary.remainingMinutes)}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card aria-labelledby="agreements">
            <CardHeader id="agreements" title="Perjanjian kerja sama" description="Perjanjian yang berakhir dalam 60 hari muncul di beranda Kepala Bapas." />
            {p.agreements.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada perjanjian kerja sama yang dicatat.{manage ? " Catat nomor, tanggal dan masa berlakunya di bawah." : ""}</p></CardBody>
            ) : (
              <ul className="divide-y divide-slate-100">
                {p.agreements.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm sm:px-5">
                    <span className="min-w-0">
                      <span className="font-medium">No. {a.number}</span>
                      <span className="block text-xs text-slate-600">{formatDate(a.signedOn)} s.d. {formatDate(a.expiresOn)}{a.note ? ` · ${a.note}` : ""}</span>
                    </span>
                    <span className="flex items-center gap-3">
                      <AgreementBadge state={a.state} />
                      {a.documentId ? <a href={`/api/office-documents/${a.documentId}`} className="font-medium text-brand-700 underline">Unduh</a> : <span className="text-xs text-slate-500">tanpa dokumen</span>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {manage ? <CardBody className="border-t border-slate-100"><AgreementUpload partnerId={p.id} /></CardBody> : null}
          </Card>

          {p.kind === "POKMAS" ? (
            <Card aria-labelledby="members">
              <CardHeader id="members" title="Mitra anggota" description={`${p.members.length} mitra${p.members.length < 5 ? ": ketentuan meminta lima mitra tiap Pokmas Lipas" : ""}.`} action={manage ? <Link href={`/partners/new?pokmas=${p.id}`} className="text-sm font-medium text-brand-700 hover:underline">Tambah mitra</Link> : null} />
              {p.members.length === 0 ? (
                <CardBody><p className="text-sm text-slate-600">Belum ada mitra anggota.</p></CardBody>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {p.members.map((m) => (
                    <li key={m.id} className="px-4 py-3 text-sm sm:px-5">
                      <Link href={`/partners/${m.id}`} className="font-medium text-brand-700 hover:underline">{m.name}</Link>
                      <span className="block text-xs text-slate-600">{[PARTNER_CATEGORY_LABEL[m.category], m.field ? PARTNER_FIELD_LABEL[m.field] : null, m.contactPerson || null, m.phone || null].filter(Boolean).join(" · ")}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ) : null}
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="about">
            <CardHeader id="about" title="Data mitra" />
            <CardBody>
              <DescriptionList items={[
                ["Bidang", p.kind === "POKMAS" ? (p.pokmasField ? POKMAS_FIELD_LABEL[p.pokmasField] : null) : p.field ? PARTNER_FIELD_LABEL[p.field] : null],
                ["Anggota Pokmas Lipas", p.pokmas ? <Link key="pk" href={`/partners/${p.pokmas.id}`} className="text-brand-700 hover:underline">{p.pokmas.name}</Link> : null],
                ["Narahubung", p.contactPerson || null],
                ["Telepon", p.phone || null],
                ["Alamat", p.address || null],
              ]} />
            </CardBody>
            {manage ? (
              <CardBody className="border-t border-slate-100">
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Ubah data</summary>
                  <div className="mt-3">
                    <PartnerForm action={savePartnerAction} pokmasOptions={pokmasOptions} initial={{
                      partnerId: p.id, version: p.version, kind: p.kind, name: p.name, category: p.category, field: p.field ?? "", pokmasField: p.pokmasField ?? "",
                      pokmasId: p.pokmasId ?? "", contactPerson: p.contactPerson, phone: p.phone, address: p.address,
                    }} />
                  </div>
                </details>
              </CardBody>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
