import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/visits/simple-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { clock } from "@/lib/clock";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { formatHours, KERJA_SOSIAL_LIMITS, PARTNER_CATEGORY_LABEL, PARTNER_KIND_LABEL } from "@/lib/domain/community";
import { can } from "@/lib/domain/permissions";
import { formatDate, formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getPlacementFormContext, listClientPlacements } from "@/lib/server/queries/community";
import { getClientSummary } from "@/lib/server/queries/community-client";
import { correctHoursAction, createPlacementAction, endPlacementAction, logHoursAction, removeCommunityRecordAction } from "../../../partners/actions";
import { RevisionList } from "@/components/community/revision-list";

export const metadata: Metadata = { title: "Penempatan di mitra" };

/** An hours entry as it was before a correction: "12 Nov 2026 · 4 jam". */
function hoursSummary(before: unknown) {
  const b = before as { workedOn?: string; minutes?: number; note?: string };
  if (!b.workedOn || typeof b.minutes !== "number") return undefined;
  return `${formatDateShort(b.workedOn)} · ${formatHours(b.minutes)}${b.note ? ` · ${b.note}` : ""}`;
}

export default async function ClientPlacementsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const client = await getClientSummary(user, id);
  if (!client) notFound();
  const [placements, ctx] = await Promise.all([listClientPlacements(user, id), can(user.role, "placement:write") ? getPlacementFormContext(user, id) : Promise.resolve(null)]);
  const today = toIsoDate(todayIn(user.timeZone, clock.now()));
  const writable = !!ctx && client.status === "AKTIF";
  const ks = client.program === "PIDANA_KERJA_SOSIAL";
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={<Link href={`/clients/${client.id}`} className="hover:underline">← Berkas klien</Link>}
        title="Penempatan di mitra"
        description={`${client.fullName} · ${client.registerNumber}${ks ? " · pidana kerja sosial" : ""}`}
      />
      <div className="space-y-6">
        {placements.length === 0 ? (
          <EmptyState title="Belum ada penempatan">
            {writable ? "Tempatkan klien di mitra sesuai minatnya, atau untuk pidana kerja sosial, dengan formulir di bawah." : "PK pembimbing mencatat penempatan klien di mitra."}
          </EmptyState>
        ) : (
          placements.map((pl) => (
            <Card key={pl.id} aria-labelledby={`pl-${pl.id}`}>
              <CardHeader
                id={`pl-${pl.id}`}
                title={pl.partner.name}
                description={`${PARTNER_CATEGORY_LABEL[pl.partner.category]} · ${formatDate(pl.startsOn)} s.d. ${pl.endsOn ? formatDate(pl.endsOn) : "belum ditentukan"}`}
                action={<Badge tone={pl.endedAt ? "neutral" : "green"}>{pl.endedAt ? "Selesai" : "Berjalan"}</Badge>}
              />
              <CardBody className="space-y-4">
                <p className="text-sm text-slate-800">{pl.purpose}</p>
                {pl.summary ? (
                  <div>
                    <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                      <span className="font-medium">Jam kerja sosial: {formatHours(pl.summary.doneMinutes)} dari {formatHours(pl.summary.orderedMinutes)}</span>
                      <span className={pl.summary.complete ? "font-medium text-emerald-800" : "text-slate-700"}>{pl.summary.complete ? "Terpenuhi" : `Sisa ${formatHours(pl.summary.remainingMinutes)}`}</span>
                    </div>
                    <div className="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-200" role="img" aria-label={`${pl.summary.percentDone}% jam kerja sosial selesai`}>
                      <div className="h-full rounded-full bg-brand-700" style={{ width: `${pl.summary.percentDone}%` }} />
                    </div>
                    <p className="mt-1 text-xs text-slate-600">Putusan: {pl.hoursPerDay} jam per hari, {pl.totalHoursOrdered} jam seluruhnya.</p>
                  </div>
                ) : null}
                {pl.kerjaSosial ? (
                  pl.hours.length === 0 ? (
                    <p className="text-sm text-slate-600">Belum ada jam kerja yang dicatat.</p>
                  ) : (
                    <ol className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm" aria-label="Catatan jam kerja sosial">
                      {pl.hours.map((h) => (
                        <li key={h.id} className="px-3 py-2">
                          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                            <span><span className="font-medium">{formatDateShort(h.workedOn)}</span> · {formatHours(h.minutes)}{h.note ? ` · ${h.note}` : ""}</span>
                            <span className="text-xs text-slate-500">dicatat {h.recordedBy}</span>
                          </div>
                          {h.canCorrect ? (
                            <details className="mt-1">
                              <summary className="cursor-pointer text-xs font-medium text-brand-700">Koreksi atau hapus</summary>
                              <div className="mt-2 grid gap-4 rounded-md bg-slate-50 p-3 sm:grid-cols-2">
                                <SimpleForm label={`Koreksi jam ${formatDateShort(h.workedOn)}`} idPrefix={`koreksi-${h.id}`} action={correctHoursAction} fixed={{ hoursId: h.id }} submitLabel="Simpan koreksi" variant="secondary"
                                  fields={[
                                    { kind: "text", name: "hours", label: "Jumlah jam yang benar", defaultValue: String(h.minutes / 60).replace(".", ",") },
                                    { kind: "text", name: "note", label: "Catatan (opsional)", defaultValue: h.note },
                                    { kind: "textarea", name: "reason", label: "Alasan koreksi", rows: 2 },
                                  ]} />
                                <SimpleForm label={`Hapus jam ${formatDateShort(h.workedOn)}`} idPrefix={`hapus-${h.id}`} action={removeCommunityRecordAction} fixed={{ kind: "KERJA_SOSIAL_HOURS", recordId: h.id }} submitLabel="Hapus catatan ini" variant="danger"
                                  fields={[{ kind: "textarea", name: "reason", label: "Alasan menghapus", rows: 2, hint: "Mis. tercatat dua kali, atau klien tidak bekerja pada hari itu." }]} />
                              </div>
                            </details>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  )
                ) : null}
                <RevisionList id={`rev-${pl.id}`} timeZone={user.timeZone} rows={pl.revisions.map((v) => ({ ...v, summary: hoursSummary(v.before) }))} />
                {writable && !pl.endedAt ? (
                  <div className="grid gap-4 border-t border-slate-100 pt-4 sm:grid-cols-2">
                    {pl.kerjaSosial && !pl.summary?.complete ? (
                      <SimpleForm label={`Catat jam kerja ${pl.partner.name}`} action={logHoursAction} fixed={{ placementId: pl.id }} submitLabel="Catat jam"
                        fields={[
                          { kind: "date", name: "workedOn", label: "Tanggal kerja", defaultValue: today },
                          { kind: "text", name: "hours", label: "Jumlah jam", hint: `Paling banyak ${Math.min(pl.hoursPerDay ?? 8, KERJA_SOSIAL_LIMITS.maxHoursPerDay)} jam; setengah jam ditulis 2,5.` },
                          { kind: "text", name: "note", label: "Catatan (opsional)" },
                        ]} />
                    ) : null}
                    <SimpleForm label={`Akhiri penempatan ${pl.partner.name}`} action={endPlacementAction} fixed={{ placementId: pl.id, version: pl.version }} submitLabel="Akhiri penempatan" variant="secondary"
                      fields={[{ kind: "date", name: "endsOn", label: "Tanggal selesai", defaultValue: today }]} />
                  </div>
                ) : null}
              </CardBody>
            </Card>
          ))
        )}

        {writable && ctx ? (
          <Card aria-labelledby="new-placement">
            <CardHeader id="new-placement" title="Tempatkan klien di mitra" description={ctx.partners.length ? undefined : "Belum ada mitra di kantor ini: Kepala Bapas atau admin mencatatnya di Mitra & Pokmas Lipas."} />
            {ctx.partners.length ? (
              <CardBody>
                <SimpleForm label="Penempatan baru" action={createPlacementAction} fixed={{ clientId: client.id }} submitLabel="Simpan penempatan"
                  fields={[
                    { kind: "select", name: "partnerId", label: "Mitra", options: ctx.partners.map((p) => ({ value: p.id, label: `${p.name} (${p.kind === "POKMAS" ? PARTNER_KIND_LABEL.POKMAS : PARTNER_CATEGORY_LABEL[p.category]})` })) },
                    { kind: "date", name: "startsOn", label: "Mulai", defaultValue: today },
                    { kind: "date", name: "endsOn", label: "Selesai (opsional)" },
                    { kind: "textarea", name: "purpose", label: "Tujuan penempatan", rows: 2 },
                    ...(ks ? [
                      { kind: "checkbox" as const, name: "kerjaSosial", label: "Pelaksanaan pidana kerja sosial", defaultChecked: true },
                      { kind: "text" as const, name: "hoursPerDay", label: "Jam kerja per hari (putusan)", hint: `1 sampai ${KERJA_SOSIAL_LIMITS.maxHoursPerDay} jam.` },
                      { kind: "text" as const, name: "totalHoursOrdered", label: "Jumlah jam seluruhnya (putusan)", hint: `${KERJA_SOSIAL_LIMITS.minTotalHours} sampai ${KERJA_SOSIAL_LIMITS.maxTotalHours} jam.` },
                    ] : []),
                  ]} />
              </CardBody>
            ) : null}
          </Card>
        ) : null}
      </div>
    </div>
  );
}
