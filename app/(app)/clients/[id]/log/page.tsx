import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/visits/print-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { participantsText } from "@/lib/domain/contact-subject";
import { APPROACH_LABEL, CONTACT_OUTCOME_LABEL, CONTACT_SUBJECT_LABEL, CONTACT_TYPE_LABEL, GUIDANCE_TYPE_LABEL, PROGRAM_LABEL, STAGE_LABEL } from "@/lib/domain/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getGuidanceLog } from "@/lib/server/queries/contacts";
import { clock } from "@/lib/clock";

export const metadata: Metadata = { title: "Buku perkembangan bimbingan" };

// Printing hides the app's navigation and chrome; the log itself flows across pages.
const PRINT_CSS = `@media print {
  aside, header, nav, [data-no-print] { display: none !important; }
  body { background: #fff !important; }
  main, #konten { padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .log-entry { break-inside: avoid; }
  a { color: inherit !important; text-decoration: none !important; }
  .signatures { break-inside: avoid; }
  @page {
    size: A4;
    margin: 15mm 15mm 18mm;
    @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font-size: 9pt; }
  }
}`;

export default async function GuidanceLogPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const c = await getGuidanceLog(user, id);
  if (!c) notFound();
  const tz = user.timeZone;
  // Contacts and the group sessions the client was listed in, in one timeline (issue 14).
  const entries = [
    ...c.contacts.map((k) => ({ kind: "contact" as const, at: k.occurredAt, k })),
    ...c.groupSessions.map((g) => ({ kind: "group" as const, at: g.session.heldAt, g })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <article className="mx-auto max-w-3xl">
      <style>{PRINT_CSS}</style>
      <div data-no-print>
        <PageHeader
          eyebrow={<Link href={`/clients/${c.id}`} className="hover:underline">← Berkas klien</Link>}
          title="Buku perkembangan bimbingan"
          description={`${c.fullName} · ${c.registerNumber}`}
          actions={<PrintButton />}
        />
      </div>
      {/* The letterhead prints (a <div>: the print rule hides the app's <header>). */}
      <div data-letterhead className="mb-6 hidden border-b-2 border-slate-900 pb-3 text-center print:block">
        <p className="text-xs font-semibold uppercase">{c.office.letterheadLine1}</p>
        <p className="text-xs font-semibold uppercase">{c.office.letterheadLine2}</p>
        <p className="text-sm font-bold uppercase">{c.office.name}</p>
        <p className="text-xs">{c.office.address}</p>
        <p className="mt-3 text-base font-bold uppercase">Buku perkembangan bimbingan</p>
      </div>
      <section aria-label="Identitas klien" className="mb-6 grid grid-cols-1 gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 print:border-slate-400">
        <div><span className="text-slate-500">Nama:</span> {c.fullName}</div>
        <div><span className="text-slate-500">No. register:</span> <span className="font-mono">{c.registerNumber}</span></div>
        <div><span className="text-slate-500">Tempat, tgl. lahir:</span> {[c.person.birthPlace, c.person.birthDate ? formatDate(c.person.birthDate) : null].filter(Boolean).join(", ") || "—"}</div>
        <div><span className="text-slate-500">Program:</span> {PROGRAM_LABEL[c.program]}{c.currentStage ? ` · ${STAGE_LABEL[c.currentStage]}` : ""}</div>
        <div><span className="text-slate-500">Masa bimbingan:</span> {formatDate(c.guidanceStart)} s.d. {formatDate(c.guidanceEnd)}</div>
        <div><span className="text-slate-500">Tindak pidana:</span> {c.offence}{c.offenceArticle ? ` (${c.offenceArticle})` : ""}</div>
        <div className="sm:col-span-2"><span className="text-slate-500">Alamat:</span> {[c.person.address, c.person.city].filter(Boolean).join(", ") || "—"}</div>
        <div className="sm:col-span-2"><span className="text-slate-500">PK pembimbing:</span> {c.assignedPk ? `${c.assignedPk.name}${c.assignedPk.nip ? ` (NIP ${c.assignedPk.nip})` : ""}` : "—"}</div>
      </section>
      {entries.length === 0 ? (
        <EmptyState title="Belum ada kontak bimbingan" action={<Link href={`/clients/${c.id}/contacts/new`} className="text-brand-700 underline">Catat kontak pertama</Link>}>
          Setiap kunjungan, lapor diri, kontak dan sesi kelompok yang dicatat PK akan tersusun di sini menurut waktu.
        </EmptyState>
      ) : (
        <ol className="space-y-3">
          {entries.map((e, i) => e.kind === "group" ? (
            <li key={`g-${e.g.session.id}`} data-group-session={e.g.session.id} className="log-entry rounded-lg border border-violet-200 bg-violet-50/40 p-4 text-sm print:rounded-none print:border-x-0 print:border-t-0 print:bg-white print:px-0">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="text-slate-500">{i + 1}.</span>
                <span className="font-semibold">{formatDateTime(e.g.session.heldAt, tz)}</span>
                <span>Sesi {APPROACH_LABEL[e.g.session.approach].toLowerCase()}: {e.g.session.topic}</span>
                <Badge tone={e.g.present ? "green" : "red"}>{e.g.present ? "Hadir" : "Tidak hadir"}</Badge>
              </div>
              <div className="mt-1 text-xs text-slate-600">
                {[GUIDANCE_TYPE_LABEL[e.g.session.guidanceType], e.g.session.place, `fasilitator: ${e.g.session.facilitator}`, e.g.session.partner ? `mitra: ${e.g.session.partner.name}` : null].filter(Boolean).join(" · ")}
                {" · "}<Link href={`/group-sessions/${e.g.session.id}`} className="text-brand-700 underline" data-no-print>daftar hadir</Link>
              </div>
              {e.g.session.notes ? <p className="mt-2 whitespace-pre-line text-slate-800">{e.g.session.notes}</p> : null}
            </li>
          ) : ((k) => (
            <li key={k.id} data-contact-subject={k.subject} className="log-entry rounded-lg border border-slate-200 bg-white p-4 text-sm print:rounded-none print:border-x-0 print:border-t-0 print:px-0">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="text-slate-500">{i + 1}.</span>
                <span className="font-semibold">{formatDateTime(k.occurredAt, tz)}</span>
                <span>{CONTACT_TYPE_LABEL[k.type]}</span>
                {k.subject !== "KLIEN" ? <Badge>Bersama {CONTACT_SUBJECT_LABEL[k.subject].toLowerCase()}</Badge> : null}
                {k.outcome ? <Badge tone={k.outcome === "HADIR" ? "green" : k.outcome === "IZIN" ? "amber" : "red"}>{CONTACT_OUTCOME_LABEL[k.outcome]}</Badge> : <Link href={`/clients/${c.id}/contacts/${k.id}`} className="text-xs font-medium text-brand-700 underline">Belum ada hasil: isi</Link>}
              </div>
              <div className="mt-1 text-xs text-slate-600">
                {[k.guidanceType ? GUIDANCE_TYPE_LABEL[k.guidanceType] : null, k.approach ? `pendekatan ${APPROACH_LABEL[k.approach].toLowerCase()}` : null, `PK: ${k.pk.name}`, k.latitude !== null ? `lokasi tercatat${k.accuracyMeters !== null ? ` (± ${Math.round(k.accuracyMeters)} m)` : ""}` : null].filter(Boolean).join(" · ")}
              </div>
              {k.participants.length ? <p className="mt-1"><span className="text-slate-500">Yang hadir:</span> {participantsText(k.participants)}</p> : null}
              {k.excuseReason ? <p className="mt-1">Alasan izin: {k.excuseReason}</p> : null}
              {k.notes ? <p className="mt-2 whitespace-pre-line text-slate-800">{k.notes}</p> : null}
              {k.followUpOn ? <p className="mt-1 text-xs text-slate-600">Tindak lanjut: {formatDate(k.followUpOn)}</p> : null}
            </li>
          ))(e.k))}
        </ol>
      )}
      <div data-signatures className="signatures mt-10 hidden grid-cols-2 gap-8 text-center text-sm print:grid">
        <div>
          <p>Pembimbing Kemasyarakatan,</p>
          <p className="mt-16 font-semibold underline">{c.assignedPk?.name ?? "…………………………"}</p>
          <p>{c.assignedPk?.nip ? `NIP ${c.assignedPk.nip}` : "NIP"}</p>
        </div>
        <div>
          <p>Mengetahui,</p>
          <p>Kepala {c.office.name}</p>
          <p className="mt-12 font-semibold">…………………………</p>
          <p>NIP</p>
        </div>
      </div>
      <p className="mt-6 hidden text-xs text-slate-500 print:block">Dicetak dari Bimbing oleh {user.name}, {formatDateTime(clock.now(), tz)}.</p>
    </article>
  );
}
