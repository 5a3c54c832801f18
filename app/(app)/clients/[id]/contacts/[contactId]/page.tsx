import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { APPROACH_LABEL, CONTACT_OUTCOME_LABEL, CONTACT_SUBJECT_LABEL, CONTACT_TYPE_LABEL, GUIDANCE_TYPE_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getContact } from "@/lib/server/queries/contacts";
import { OutcomeForm } from "./outcome-form";

export const metadata: Metadata = { title: "Kontak bimbingan" };

export default async function ContactPage({ params }: { params: Promise<{ id: string; contactId: string }> }) {
  const user = await requireUser();
  const { id, contactId } = await params;
  const k = await getContact(user, contactId);
  if (!k || k.client.id !== id) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        eyebrow={<Link href={`/clients/${k.client.id}`} className="hover:underline">← {k.client.fullName} · <span className="font-mono">{k.client.registerNumber}</span></Link>}
        title={CONTACT_TYPE_LABEL[k.type]}
        description={`${formatDateTime(k.occurredAt, user.timeZone)} · ${k.pk.name}`}
      />
      <Card className="mb-6">
        <CardBody>
          <DescriptionList
            items={[
              ["Kegiatan bersama", CONTACT_SUBJECT_LABEL[k.subject]],
              ["Yang hadir", k.participants.length ? (
                <ul key="p" className="space-y-0.5">
                  {k.participants.map((p, i) => <li key={i}>{p.name} <span className="text-slate-600">· {p.role}</span></li>)}
                </ul>
              ) : null],
              ["Hasil", k.outcome ? <Badge key="o" tone={k.outcome === "HADIR" ? "green" : k.outcome === "IZIN" ? "amber" : "red"}>{CONTACT_OUTCOME_LABEL[k.outcome]}</Badge> : "Belum diisi"],
              ["Alasan izin", k.excuseReason],
              ["Jenis bimbingan", k.guidanceType ? GUIDANCE_TYPE_LABEL[k.guidanceType] : null],
              ["Pendekatan", k.approach ? APPROACH_LABEL[k.approach] : null],
              ["Tindak lanjut", k.followUpOn ? formatDate(k.followUpOn) : null],
              ["Lokasi", k.latitude !== null && k.longitude !== null ? `${k.latitude.toFixed(5)}, ${k.longitude.toFixed(5)}${k.accuracyMeters !== null ? ` (± ${Math.round(k.accuracyMeters)} m)` : ""}` : null],
            ]}
          />
          {k.notes ? <p className="mt-4 whitespace-pre-line text-sm text-slate-800">{k.notes}</p> : null}
        </CardBody>
      </Card>
      {k.revisions.length ? (
        <Card className="mb-6" aria-labelledby="contact-history">
          <CardBody>
            <h2 id="contact-history" className="mb-3 text-base font-semibold">Riwayat perubahan</h2>
            <ol className="space-y-3">
              {k.revisions.map((r) => (
                <li key={r.id} className="border-l-2 border-slate-200 pl-3 text-sm">
                  <p className="text-xs text-slate-600">Diganti oleh {r.revisedByName} · {formatDateTime(r.revisedAt, user.timeZone)} · hasil sebelumnya: {r.outcome ? CONTACT_OUTCOME_LABEL[r.outcome] : "belum diisi"}</p>
                  <p className="mt-1 whitespace-pre-line text-slate-800">{r.notes || "(catatan kosong)"}</p>
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>
      ) : null}
      {!k.outcome && can(user.role, "contact:write") ? (
        <Card>
          <CardBody>
            <h2 className="mb-3 text-base font-semibold">Isi hasil kontak</h2>
            <OutcomeForm contactId={k.id} notes={k.notes} />
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
