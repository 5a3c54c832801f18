import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { APPROACH_LABEL, GUIDANCE_TYPE_LABEL } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getGroupSession } from "@/lib/server/queries/community";
import { CorrectionCard } from "@/components/community/correction-card";
import { SimpleForm } from "@/components/visits/simple-form";
import { correctGroupSessionAction, removeCommunityRecordAction } from "../../partners/actions";

export const metadata: Metadata = { title: "Sesi kelompok" };

/** A session as it was before a correction: its topic and how many were listed. */
function sessionSummary(before: unknown) {
  const b = before as { topic?: string; place?: string; attendees?: { present: boolean }[] };
  if (!b.topic || !Array.isArray(b.attendees)) return undefined;
  return `${b.topic}, ${b.place ?? ""} · ${b.attendees.filter((a) => a.present).length} hadir dari ${b.attendees.length} peserta`;
}

export default async function GroupSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const s = await getGroupSession(user, id);
  if (!s) notFound();
  const present = s.attendees.filter((a) => a.present).length;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader eyebrow={<Link href="/group-sessions" className="hover:underline">← Sesi kelompok</Link>} title={s.topic} description={`${formatDateTime(s.heldAt, user.timeZone)} · ${s.place}`} />
      <div className="space-y-6">
        <Card aria-labelledby="detail">
          <CardHeader id="detail" title="Rincian sesi" />
          <CardBody>
            <DescriptionList items={[
              ["Jenis bimbingan", GUIDANCE_TYPE_LABEL[s.guidanceType]],
              ["Pendekatan", APPROACH_LABEL[s.approach]],
              ["Fasilitator", s.facilitator],
              ["Mitra", s.partner ? <Link key="p" href={`/partners/${s.partner.id}`} className="text-brand-700 hover:underline">{s.partner.name}</Link> : null],
              ["Catatan", s.notes || null],
              ["Dicatat oleh", `${s.recordedBy}, ${formatDateTime(s.createdAt, user.timeZone)}`],
            ]} />
          </CardBody>
        </Card>
        <Card aria-labelledby="attendance">
          <CardHeader id="attendance" title="Daftar hadir" description={`${present} hadir dari ${s.attendees.length} peserta${s.hidden ? `; ${s.hidden} peserta lain adalah klien PK lain` : ""}. Tercatat di buku perkembangan setiap klien.`} />
          <ul className="divide-y divide-slate-100">
            {s.attendees.map((a) => (
              <li key={a.client.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm sm:px-5">
                <Link href={`/clients/${a.client.id}/log`} className="min-w-0 font-medium text-brand-700 hover:underline">{a.client.fullName} <span className="font-mono text-xs font-normal text-slate-500">{a.client.registerNumber}</span></Link>
                <Badge tone={a.present ? "green" : "red"}>{a.present ? "Hadir" : "Tidak hadir"}</Badge>
              </li>
            ))}
          </ul>
        </Card>
        <CorrectionCard
          revisions={s.revisions.map((r) => ({ ...r, summary: sessionSummary(r.before) }))} timeZone={user.timeZone} canCorrect={s.canCorrect}
          title="Koreksi atau hapus sesi" correctLabel="Koreksi rincian dan daftar hadir" removeLabel="Hapus sesi ini"
          correct={<SimpleForm label="Koreksi sesi" action={correctGroupSessionAction} fixed={{ sessionId: s.id }} submitLabel="Simpan koreksi"
            fields={[
              { kind: "text", name: "topic", label: "Materi", defaultValue: s.topic },
              { kind: "text", name: "place", label: "Tempat", defaultValue: s.place },
              { kind: "text", name: "facilitator", label: "Fasilitator", defaultValue: s.facilitator },
              { kind: "textarea", name: "notes", label: "Catatan", rows: 3, defaultValue: s.notes },
              ...s.attendees.map((a) => ({
                kind: "select" as const, name: `hadir:${a.client.id}`, label: a.client.fullName, defaultValue: a.present ? "HADIR" : "TIDAK_HADIR",
                options: [{ value: "HADIR", label: "Hadir" }, { value: "TIDAK_HADIR", label: "Tidak hadir" }, { value: "HAPUS", label: "Hapus dari daftar (bukan peserta)" }],
              })),
              { kind: "textarea", name: "reason", label: "Alasan koreksi", rows: 2 },
            ]} />}
          remove={<SimpleForm label="Hapus sesi" action={removeCommunityRecordAction} fixed={{ kind: "GROUP_SESSION", recordId: s.id }} submitLabel="Hapus sesi" variant="danger" redirectTo="/group-sessions"
            fields={[{ kind: "textarea", name: "reason", label: "Alasan menghapus", rows: 2, hint: "Mis. sesi tercatat dua kali. Sesi hilang dari buku perkembangan setiap peserta." }]} />}
        />
      </div>
    </div>
  );
}
