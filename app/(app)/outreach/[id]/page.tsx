import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PhotoUpload } from "@/components/community/photo-upload";
import { can } from "@/lib/domain/permissions";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { OUTREACH_KIND_LABEL } from "@/lib/domain/community";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getOutreach } from "@/lib/server/queries/community";
import { CorrectionCard } from "@/components/community/correction-card";
import { SimpleForm } from "@/components/visits/simple-form";
import { correctOutreachAction, removeCommunityRecordAction } from "../../partners/actions";

export const metadata: Metadata = { title: "Kegiatan penjangkauan" };

/** An outreach as it was before a correction: its title and participant count. */
function outreachSummary(before: unknown) {
  const b = before as { title?: string; participantCount?: number };
  return b.title ? `${b.title} · ${formatNumber(b.participantCount ?? 0)} peserta` : undefined;
}

export default async function OutreachActivityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ foto_gagal?: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const failed = (await searchParams).foto_gagal?.slice(0, 500);
  const o = await getOutreach(user, id);
  if (!o) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={<Link href="/outreach" className="hover:underline">← Penjangkauan masyarakat</Link>}
        title={o.title}
        description={<span className="flex flex-wrap items-center gap-2"><Badge tone="violet">{OUTREACH_KIND_LABEL[o.kind]}</Badge><span>{formatDate(o.heldOn)} · {o.place}</span></span>}
      />
      <div className="space-y-6">
        {failed ? <Alert tone="warning">Kegiatan tersimpan, tetapi ada foto yang belum terunggah: {failed}</Alert> : null}
        <Card aria-labelledby="detail">
          <CardHeader id="detail" title="Rincian kegiatan" />
          <CardBody>
            <DescriptionList items={[
              ["Jumlah peserta", formatNumber(o.participantCount)],
              ["Perangkat desa dan tokoh", o.villageOfficials.length ? <ul key="v" className="list-disc pl-5">{o.villageOfficials.map((v) => <li key={v}>{v}</li>)}</ul> : null],
              ["Mitra", o.partners.length ? <span key="p">{o.partners.map((p, i) => <span key={p.id}>{i ? ", " : ""}<Link href={`/partners/${p.id}`} className="text-brand-700 hover:underline">{p.name}</Link></span>)}</span> : null],
              ["Dicatat oleh", `${o.recordedBy}, ${formatDateTime(o.createdAt, user.timeZone)}`],
            ]} />
            <h3 className="mt-4 text-sm font-semibold text-slate-800">Ringkasan</h3>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{o.summary}</p>
          </CardBody>
        </Card>
        <Card aria-labelledby="photos">
          <CardHeader id="photos" title="Foto kegiatan" />
          {o.photos.length === 0 ? (
            <CardBody><p className="text-sm text-slate-600">Belum ada foto. Unggah foto kegiatan sebagai dokumentasi untuk laporan.</p></CardBody>
          ) : (
            <CardBody>
              <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
                {o.photos.map((p) => (
                  <li key={p.id}>
                    <a href={`/api/office-documents/${p.id}`} className="block overflow-hidden rounded-md border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600">
                      {/* eslint-disable-next-line @next/next/no-img-element -- served by our own audited route, not the image optimiser */}
                      <img src={`/api/office-documents/${p.id}?lihat=1`} alt={p.title} className="aspect-[4/3] w-full object-cover" loading="lazy" />
                    </a>
                  </li>
                ))}
              </ul>
            </CardBody>
          )}
          {can(user.role, "outreach:record") && o.photos.length < 6 ? <CardBody className="border-t border-slate-100"><PhotoUpload outreachId={o.id} left={6 - o.photos.length} /></CardBody> : null}
        </Card>
        <CorrectionCard
          revisions={o.revisions.map((r) => ({ ...r, summary: outreachSummary(r.before) }))} timeZone={user.timeZone} canCorrect={o.canCorrect}
          title="Koreksi atau hapus kegiatan" correctLabel="Koreksi rincian" removeLabel="Hapus kegiatan ini"
          correct={<SimpleForm label="Koreksi kegiatan" action={correctOutreachAction} fixed={{ outreachId: o.id }} submitLabel="Simpan koreksi"
            fields={[
              { kind: "text", name: "title", label: "Nama kegiatan", defaultValue: o.title },
              { kind: "text", name: "place", label: "Tempat", defaultValue: o.place },
              { kind: "text", name: "participantCount", label: "Jumlah peserta", defaultValue: String(o.participantCount) },
              { kind: "textarea", name: "villageOfficials", label: "Perangkat desa dan tokoh yang hadir", rows: 3, defaultValue: o.villageOfficials.join("\n"), hint: "Satu nama per baris, dengan jabatannya." },
              { kind: "textarea", name: "summary", label: "Ringkasan", rows: 4, defaultValue: o.summary },
              { kind: "textarea", name: "reason", label: "Alasan koreksi", rows: 2 },
            ]} />}
          remove={<SimpleForm label="Hapus kegiatan" action={removeCommunityRecordAction} fixed={{ kind: "OUTREACH", recordId: o.id }} submitLabel="Hapus kegiatan" variant="danger" redirectTo="/outreach"
            fields={[{ kind: "textarea", name: "reason", label: "Alasan menghapus", rows: 2, hint: "Mis. kegiatan tercatat dua kali. Kegiatan tidak lagi dihitung di laporan bulanan." }]} />}
        />
      </div>
    </div>
  );
}
