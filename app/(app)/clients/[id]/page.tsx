import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientStatusBadge, StageBadge } from "@/components/clients/badges";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { OfflineLabel } from "@/components/offline/offline-label";
import { Table, Td, Th } from "@/components/ui/table";
import { addMonths, ageOn, todayIn } from "@/lib/domain/calendar";
import {
  ATTENDANCE_STATUS_LABEL, CLIENT_CATEGORY_LABEL, CLIENT_STATUS_LABEL, DOCUMENT_KIND_LABEL, CONTACT_OUTCOME_LABEL, CONTACT_SUBJECT_LABEL, CONTACT_TYPE_LABEL,
  EDUCATION_LABEL, GENDER_LABEL, LITMAS_PURPOSE_LABEL, LITMAS_STATUS_LABEL, MARITAL_STATUS_LABEL, EMPLOYMENT_STATUS_LABEL, OFFENCE_CATEGORY_LABEL, ORIGIN_TYPE_LABEL,
  PK_LEVEL_LABEL, PROGRAM_LABEL, RELIGION_LABEL, REPORTING_FREQUENCY_LABEL, STAGE_LABEL, STAGE_STATUS_LABEL,
  PERMIT_STATUS_LABEL, TRANSITION_STATUS_LABEL, VIOLATION_TYPE_LABEL, WARNING_LEVEL_LABEL,
} from "@/lib/domain/labels";
import { formatDate, formatDateShort, formatDateTime, formatDateWithDay, formatNumber } from "@/lib/format";
import { DOCUMENT_TYPES, type DocumentMime } from "@/lib/domain/documents";
import { requireUser } from "@/lib/server/auth";
import { getClientFile, type ClientFile } from "@/lib/server/queries/clients";
import { listClientDocuments } from "@/lib/server/queries/documents";
import { listClientWarnings, listTravelPermits } from "@/lib/server/queries/violations";
import { ABROAD_PURPOSES, ABROAD_PURPOSE_LABEL, needsTravelPermit } from "@/lib/domain/permits";
import { nextWrittenWarning } from "@/lib/domain/warnings";
import { SimpleForm } from "@/components/visits/simple-form";
import { decidePermitAction, issueWarningAction, requestPermitAction } from "@/app/(app)/violations/actions";
import { DocumentUpload } from "@/components/documents/document-upload";
import { can } from "@/lib/domain/permissions";
import { ContactLinks } from "@/components/clients/contact-links";
import { ClientRegistryActions } from "@/components/registry/client-registry-actions";
import { ClientStagesLink } from "@/components/stages/client-stages-link";
import { ClientVisitActions } from "@/components/visits/client-visit-actions";
import { listClientPlacements } from "@/lib/server/queries/community";
import { formatHours } from "@/lib/domain/community";

export const metadata: Metadata = { title: "Berkas klien" };

/** "Lapor berikutnya: Senin, 7 Desember 2026" (or today), then what the badges below show. */
function NextReport({ next, shown }: { next: ClientFile["nextReport"]; shown: number }) {
  const last = shown > 0 ? ` ${shown === 1 ? "Jadwal terakhir" : `${shown} jadwal terakhir`} di bawah.` : "";
  if (!next) return <>{`Tidak ada jadwal lapor berikutnya.${last}`}</>;
  const { expectedOn, today } = next;
  if (expectedOn < today) {
    return <><strong className="font-semibold text-red-800">Belum lapor untuk jadwal {formatDate(expectedOn)}</strong>; masih dihitung sampai {formatDateWithDay(next.closesOn)}.{last}</>;
  }
  const due = expectedOn.getTime() === today.getTime() ? "Hari ini" : formatDateWithDay(expectedOn);
  // A window already open (a month's, or a few days early) is said: the client may come now.
  const early = expectedOn.getTime() === today.getTime() ? "" : next.opensOn <= today ? `; sudah bisa lapor sekarang, paling lambat ${formatDateShort(next.closesOn)}` : next.opensOn < expectedOn ? `; boleh sejak ${formatDateShort(next.opensOn)}` : "";
  return <><strong className="font-semibold text-slate-900">Lapor berikutnya: {due}</strong>{early}.{last}</>;
}

export default async function ClientFilePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  const c = await getClientFile(user, id, { ip });
  if (!c) notFound();
  const [documents, warnings, permits, placements] = await Promise.all([listClientDocuments(user, c.id), listClientWarnings(user, c.id), listTravelPermits(user, c.id), listClientPlacements(user, c.id)]);
  const nextWritten = nextWrittenWarning(warnings.map((w) => w.level));
  const tz = user.timeZone;
  const today = todayIn(tz);
  const p = c.person;
  const sentence = [c.sentenceMonths ? `${c.sentenceMonths} bulan` : null, c.sentenceDays ? `${c.sentenceDays} hari` : null].filter(Boolean).join(" ");

  return (
    <>
      <OfflineLabel label={`Berkas klien: ${c.fullName}`} />
      <PageHeader
        eyebrow={<span>Berkas klien · <span className="font-mono">{c.registerNumber}</span></span>}
        title={c.fullName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ClientStatusBadge status={c.status} />
            <StageBadge stage={c.currentStage} />
            <Badge>{PROGRAM_LABEL[c.program]}</Badge>
            {c.category === "ANAK" ? <Badge tone="amber">Klien anak</Badge> : null}
            <Link href={`/persons/${c.personId}`} className="text-sm font-medium text-brand-700 hover:underline">Semua layanan orang ini</Link>
          </span>
        }
      />
      {/* The main action first ("Catat kontak"); the registry's changes are secondary, after it. */}
      <ClientVisitActions user={user} clientId={c.id} active={c.status === "AKTIF"} />
      <ClientRegistryActions role={user.role} clientId={c.id} status={c.status} />
      {c.violations.some((v) => v.status === "OPEN" || v.status === "UNDER_REVIEW") ? (
        <div role="status" className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          <span className="font-medium">Perhatian:</span> ada pelanggaran yang sedang diproses untuk klien ini.
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="identity">
            <CardHeader id="identity" title="Identitas" />
            <CardBody>
              <ContactLinks phone={p.phone} address={[p.address, p.city].filter(Boolean).join(", ") || null} familyPhone={c.familyContactPhone} familyName={c.familyContactName} />
              {/* The fourteen identity fields fold behind a summary, so the file is short on a phone. */}
              <details className="group mt-3">
                <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 text-sm font-medium text-brand-800 [&::-webkit-details-marker]:hidden">
                  <span aria-hidden className="inline-block transition-transform group-open:rotate-90">▸</span>
                  <span>Data identitas lengkap <span className="font-normal text-slate-600">(NIK, lahir, agama, pendidikan, pekerjaan, keluarga, penjamin)</span></span>
                </summary>
              <DescriptionList
                items={[
                  ["Nama lengkap", p.fullName],
                  ["Alias", p.aliasName],
                  ["NIK", <span key="nik" className="font-mono">{p.nik ?? "—"}</span>],
                  ["Kategori", CLIENT_CATEGORY_LABEL[c.category]],
                  ["Tempat, tanggal lahir", [p.birthPlace, p.birthDate ? `${formatDate(p.birthDate)} (${ageOn(p.birthDate, today)} tahun)` : null].filter(Boolean).join(", ") || null],
                  ["Jenis kelamin", p.gender ? GENDER_LABEL[p.gender] : null],
                  ["Agama", p.religion ? RELIGION_LABEL[p.religion] : null],
                  ["Pendidikan", p.education ? EDUCATION_LABEL[p.education] : null],
                  ["Pekerjaan", p.occupation],
                  ["Status perkawinan", p.maritalStatus ? MARITAL_STATUS_LABEL[p.maritalStatus] : null],
                  ["Alamat", [p.address, p.city].filter(Boolean).join(", ") || null],
                  ["Telepon", p.phone],
                  ["Kontak keluarga", c.familyContactName ? `${c.familyContactName}${c.familyContactRelation ? ` (${c.familyContactRelation})` : ""}${c.familyContactPhone ? ` · ${c.familyContactPhone}` : ""}` : null],
                  ["Penjamin", c.guarantorName ? `${c.guarantorName}${c.guarantorRelation ? ` (${c.guarantorRelation})` : ""}${c.guarantorPhone ? ` · ${c.guarantorPhone}` : ""}` : null],
                ]}
              />
              </details>
            </CardBody>
          </Card>

          <Card aria-labelledby="case">
            <CardHeader id="case" title="Perkara dan program" description="Kartu bimbingan dan kontrak bimbingan dicetak dengan kop kantor, untuk ditandatangani saat orientasi." action={
              <span className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                <a href={`/api/clients/${c.id}/kartu-bimbingan`} className="font-medium text-brand-700 underline">Kartu bimbingan (PDF)</a>
                <a href={`/api/clients/${c.id}/kontrak-bimbingan`} className="font-medium text-brand-700 underline">Kontrak bimbingan (PDF)</a>
              </span>
            } />
            <CardBody>
              <DescriptionList
                items={[
                  ["Asal", `${ORIGIN_TYPE_LABEL[c.originType]}: ${c.originInstitution}`],
                  ["Tindak pidana", c.offence],
                  ["Pasal", c.offenceArticle],
                  ["Kategori perkara", c.offenceCategory ? OFFENCE_CATEGORY_LABEL[c.offenceCategory] : "Belum dipilih"],
                  ["Status pekerjaan", c.employmentStatus ? `${EMPLOYMENT_STATUS_LABEL[c.employmentStatus]}${c.employmentStatusSince ? ` sejak ${formatDate(c.employmentStatusSince)}` : ""}` : "Belum dicatat"],
                  ["Putusan", c.courtDecisionNumber ? `${c.courtDecisionNumber}${c.courtDecisionDate ? `, ${formatDate(c.courtDecisionDate)}` : ""}` : null],
                  ["Pidana", sentence || null],
                  ["Dasar program", c.decreeNumber ? `${c.decreeNumber}${c.decreeDate ? `, ${formatDate(c.decreeDate)}` : ""}${c.decreeIssuer ? ` (${c.decreeIssuer})` : ""}` : null],
                  ["Tanggal ekspirasi", c.expiryDate ? formatDate(c.expiryDate) : null],
                  // PB: the conditions hold until the expiry date plus a masa percobaan of one year.
                  ["Masa percobaan", c.program === "PB" && c.expiryDate ? `${formatDate(c.expiryDate)} s.d. ${formatDate(addMonths(c.expiryDate, 12))}` : null],
                  ["Program", PROGRAM_LABEL[c.program]],
                  ["Masa bimbingan", `${formatDate(c.guidanceStart)} s.d. ${formatDate(c.guidanceEnd)}`],
                  ["Status", c.statusReason ? `${CLIENT_STATUS_LABEL[c.status]}: ${c.statusReason}${c.statusDate ? ` (${formatDate(c.statusDate)})` : ""}` : CLIENT_STATUS_LABEL[c.status]],
                  ["Wajib lapor", c.reportingSchedules[0] ? `${REPORTING_FREQUENCY_LABEL[c.reportingSchedules[0].frequency]} sejak ${formatDateShort(c.reportingSchedules[0].startsOn)}` : "Belum dijadwalkan"],
                ]}
              />
            </CardBody>
          </Card>

          <Card aria-labelledby="contacts">
            <CardHeader id="contacts" title="Kontak dan kunjungan terakhir" description="Sepuluh catatan terbaru di buku perkembangan bimbingan." />
            {c.contacts.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada kontak bimbingan yang dicatat.</p></CardBody>
            ) : (
              <ul className="divide-y divide-slate-100">
                {c.contacts.map((k) => (
                  <li key={k.id} className="px-4 py-3 sm:px-5">
                    <div className="flex flex-wrap items-center gap-2 text-sm">
                      <span className="font-medium">{CONTACT_TYPE_LABEL[k.type]}</span>
                      {k.subject !== "KLIEN" ? <Badge>Bersama {CONTACT_SUBJECT_LABEL[k.subject].toLowerCase()}</Badge> : null}
                      {k.outcome ? <Badge tone={k.outcome === "HADIR" ? "green" : k.outcome === "IZIN" ? "amber" : "red"}>{CONTACT_OUTCOME_LABEL[k.outcome]}</Badge> : null}
                      <span className="text-slate-500">{formatDateTime(k.occurredAt, tz)} · {k.pk.name}</span>
                    </div>
                    {k.notes ? <p className="mt-1 line-clamp-3 text-sm text-slate-700">{k.notes}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card aria-labelledby="litmas">
            <CardHeader id="litmas" title="Litmas" action={<Link href={`/litmas/new?client=${c.id}`} className="text-sm font-medium text-brand-700 hover:underline">Catat permintaan</Link>} />
            {c.litmas.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada permintaan litmas untuk klien ini.</p></CardBody>
            ) : (
              <Table caption="Litmas klien">
                <thead><tr><Th>Tujuan</Th><Th>Status</Th><Th>PK</Th><Th>Tenggat</Th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {c.litmas.map((l) => (
                    <tr key={l.id}>
                      <Td>{l.canOpen ? <Link href={`/litmas/${l.id}`} className="font-medium text-brand-700 hover:underline">{LITMAS_PURPOSE_LABEL[l.purpose]}</Link> : LITMAS_PURPOSE_LABEL[l.purpose]}{l.number ? <div className="font-mono text-xs text-slate-500">{l.number}</div> : null}</Td>
                      <Td><Badge tone={l.status === "APPROVED" ? "green" : l.status === "RETURNED" ? "amber" : "neutral"}>{LITMAS_STATUS_LABEL[l.status]}</Badge></Td>
                      <Td>{l.assignedPk?.name ?? "—"}</Td>
                      <Td className="whitespace-nowrap">{l.dueAt ? formatDateTime(l.dueAt, tz) : "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>

          <Card aria-labelledby="attendance">
            <CardHeader
              id="attendance" title="Wajib lapor"
              description={<NextReport next={c.nextReport} shown={c.attendances.length} />}
              action={<Link href={`/clients/${c.id}/reporting`} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 hover:underline md:min-h-0">Daftar lapor diri</Link>}
            />
            {c.attendances.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada catatan wajib lapor.</p></CardBody>
            ) : (
              <ul className="flex flex-wrap gap-2 px-4 py-4 sm:px-5">
                {c.attendances.map((a) => (
                  <li key={a.id}>
                    <Badge tone={a.status === "HADIR" ? "green" : a.status === "IZIN" ? "amber" : "red"}>
                      {formatDateShort(a.dueOn)}: {ATTENDANCE_STATUS_LABEL[a.status]}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card aria-labelledby="warnings">
            <CardHeader id="warnings" title="Teguran dan peringatan" description="Teguran lisan oleh PK; peringatan tertulis I, II dan III oleh Kepala Bapas, berurutan, sebelum usulan pencabutan." />
            {warnings.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada teguran atau peringatan.</p></CardBody>
            ) : (
              <ol className="divide-y divide-slate-100">
                {warnings.map((w) => (
                  <li key={w.id} className="px-4 py-3 text-sm sm:px-5">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={w.level === "TEGURAN_LISAN" ? "amber" : "red"}>{WARNING_LEVEL_LABEL[w.level]}</Badge>
                      <span className="text-slate-600">{formatDateShort(w.issuedOn)}{w.number ? ` · No. ${w.number}` : ""}</span>
                      {w.number ? <a href={`/api/warnings/${w.id}/letter`} className="font-medium text-brand-700 underline">Surat (PDF)</a> : null}
                    </div>
                    <p className="mt-1 text-slate-700">{w.reason}</p>
                  </li>
                ))}
              </ol>
            )}
            {c.status === "AKTIF" && (can(user.role, "violation:report") || (can(user.role, "revocation:decide") && nextWritten)) ? (
              <CardBody className="border-t border-slate-100">
                {can(user.role, "revocation:decide") && nextWritten ? (
                  <SimpleForm label={`Terbitkan ${WARNING_LEVEL_LABEL[nextWritten].toLowerCase()}`} action={issueWarningAction} fixed={{ clientId: c.id, level: nextWritten }} submitLabel={`Terbitkan ${WARNING_LEVEL_LABEL[nextWritten].toLowerCase()}`} variant="danger"
                    fields={[{ kind: "textarea", name: "reason", label: "Pelanggaran dan alasan peringatan", rows: 3 }]} />
                ) : (
                  <SimpleForm label="Catat teguran lisan" action={issueWarningAction} fixed={{ clientId: c.id, level: "TEGURAN_LISAN" }} submitLabel="Catat teguran lisan" variant="secondary"
                    fields={[{ kind: "textarea", name: "reason", label: "Pelanggaran dan isi teguran", rows: 3 }]} />
                )}
              </CardBody>
            ) : null}
          </Card>

          {needsTravelPermit(c.program) ? (
            <Card aria-labelledby="permits">
              <CardHeader id="permits" title="Izin bepergian" description="Ke luar kota: diputuskan Kepala Bapas. Ke luar negeri: direkomendasikan ke Menteri, paling lama 30 hari, untuk berobat, ibadah atau pendidikan anak." />
              {permits.length === 0 ? (
                <CardBody><p className="text-sm text-slate-600">Belum ada permohonan izin.</p></CardBody>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {permits.map((p) => (
                    <li key={p.id} className="space-y-2 px-4 py-3 text-sm sm:px-5">
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-medium">{p.kind === "LUAR_KOTA" ? "Ke luar kota" : "Ke luar negeri"}: {p.destination}</span>
                        <Badge tone={p.status === "REFUSED" ? "red" : p.status === "REQUESTED" ? "amber" : "green"}>{PERMIT_STATUS_LABEL[p.status]}</Badge>
                      </div>
                      <p className="text-slate-700">{formatDateShort(p.fromDate)} – {formatDateShort(p.toDate)} · {p.kind === "LUAR_NEGERI" ? ABROAD_PURPOSE_LABEL[p.purpose as keyof typeof ABROAD_PURPOSE_LABEL] ?? p.purpose : p.purpose}{p.letterNumber ? ` · Surat No. ${p.letterNumber}` : ""}</p>
                      {p.letterNumber && (p.status === "APPROVED" || p.status === "RECOMMENDED") ? (
                        <a href={`/api/permits/${p.id}/letter`} className="inline-block font-medium text-brand-700 underline">{p.kind === "LUAR_KOTA" ? "Surat izin (PDF)" : "Surat rekomendasi (PDF)"}</a>
                      ) : null}
                      {p.decisionNote ? <p className="text-slate-600">{p.decisionNote}</p> : null}
                      {p.status === "REQUESTED" && can(user.role, "revocation:decide") ? (
                        <SimpleForm label={`Putuskan izin ${p.destination}`} action={decidePermitAction} fixed={{ permitId: p.id, version: p.version }} submitLabel="Simpan keputusan" variant="secondary"
                          fields={[
                            { kind: "select", name: "decision", label: "Keputusan", options: [{ value: "APPROVE", label: p.kind === "LUAR_KOTA" ? "Izinkan (terbitkan surat izin)" : "Rekomendasikan ke Menteri" }, { value: "REFUSE", label: "Tolak" }] },
                            { kind: "textarea", name: "note", label: "Pertimbangan", rows: 2 },
                          ]} />
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              {c.status === "AKTIF" && can(user.role, "violation:report") ? (
                <CardBody className="border-t border-slate-100">
                  <details>
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">Catat permohonan izin</summary>
                    <div className="mt-3">
                      <SimpleForm label="Permohonan izin bepergian" action={requestPermitAction} fixed={{ clientId: c.id }} submitLabel="Simpan permohonan" variant="secondary"
                        fields={[
                          { kind: "select", name: "kind", label: "Izin", options: [{ value: "LUAR_KOTA", label: "Ke luar kota" }, { value: "LUAR_NEGERI", label: "Ke luar negeri" }] },
                          { kind: "text", name: "destination", label: "Tujuan" },
                          { kind: "text", name: "purpose", label: "Keperluan", hint: `Ke luar negeri: ${ABROAD_PURPOSES.join(", ")}.` },
                          { kind: "date", name: "fromDate", label: "Berangkat" },
                          { kind: "date", name: "toDate", label: "Kembali" },
                          { kind: "textarea", name: "reason", label: "Alasan dan keterangan PK", rows: 3 },
                        ]} />
                    </div>
                  </details>
                </CardBody>
              ) : null}
            </Card>
          ) : null}

          <Card aria-labelledby="documents">
            <CardHeader id="documents" title="Dokumen" description="SK, putusan, berita acara serah terima, surat pernyataan dan surat jaminan. Setiap unduhan dicatat." />
            {documents.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada dokumen. Unggah hasil pindai SK atau putusan agar tersedia bagi PK dan Kepala.</p></CardBody>
            ) : (
              <ul className="divide-y divide-slate-100">
                {documents.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm sm:px-5">
                    <span className="min-w-0">
                      <span className="font-medium">{d.title}</span>
                      <span className="block text-xs text-slate-600">{DOCUMENT_KIND_LABEL[d.kind]} · {DOCUMENT_TYPES[d.mimeType as DocumentMime]?.label ?? d.mimeType} · {formatNumber(Math.max(1, Math.round(d.size / 1024)))} KB · {formatDateTime(d.createdAt, tz)}</span>
                    </span>
                    <a href={`/api/documents/${d.id}`} className="font-medium text-brand-700 underline">Unduh</a>
                  </li>
                ))}
              </ul>
            )}
            {can(user.role, "client:update") && c.status === "AKTIF" ? <CardBody className="border-t border-slate-100"><DocumentUpload clientId={c.id} /></CardBody> : null}
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="pk">
            <CardHeader id="pk" title="PK pembimbing" />
            <CardBody>
              {c.assignedPk ? (
                <>
                  <p className="font-medium">{c.assignedPk.name}</p>
                  <p className="text-sm text-slate-600">{c.assignedPk.pkLevel ? PK_LEVEL_LABEL[c.assignedPk.pkLevel] : "PK"}{c.assignedPk.nip ? ` · NIP ${c.assignedPk.nip}` : ""}</p>
                </>
              ) : (
                <p className="text-sm text-amber-800">Belum ada PK yang ditugaskan.</p>
              )}
              {c.assignments.length > 0 ? (
                <>
                  <h3 className="mt-4 text-sm font-semibold text-slate-800">Riwayat penugasan</h3>
                  <ol className="mt-2 space-y-2 text-sm">
                    {c.assignments.map((a) => (
                      <li key={a.id} className="border-l-2 border-slate-200 pl-3">
                        <div className="font-medium">{a.pk.name}</div>
                        <div className="text-xs text-slate-600">
                          {formatDateShort(a.startedAt)} – {a.endedAt ? formatDateShort(a.endedAt) : "sekarang"} · {a.reason}
                        </div>
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
            </CardBody>
          </Card>

          <Card aria-labelledby="placements">
            <CardHeader id="placements" title="Penempatan di mitra" action={<Link href={`/clients/${c.id}/placements`} className="text-sm font-medium text-brand-700 hover:underline">{placements.length ? "Rincian" : can(user.role, "placement:write") && c.status === "AKTIF" ? "Tempatkan" : "Buka"}</Link>} />
            <CardBody>
              {placements.length === 0 ? (
                <p className="text-sm text-slate-600">Belum ditempatkan di mitra.</p>
              ) : (
                <ul className="space-y-3 text-sm">
                  {placements.map((pl) => (
                    <li key={pl.id}>
                      <div className="flex items-center justify-between gap-2">
                        <span className="font-medium">{pl.partner.name}</span>
                        <Badge tone={pl.endedAt ? "neutral" : "green"}>{pl.endedAt ? "Selesai" : "Berjalan"}</Badge>
                      </div>
                      <div className="text-xs text-slate-600">{formatDateShort(pl.startsOn)} – {pl.endsOn ? formatDateShort(pl.endsOn) : "belum ditentukan"} · {pl.purpose}</div>
                      {pl.summary ? <div className="text-xs text-slate-700">Kerja sosial: {formatHours(pl.summary.doneMinutes)} dari {formatHours(pl.summary.orderedMinutes)}, sisa {formatHours(pl.summary.remainingMinutes)}</div> : null}
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="stages">
            <CardHeader id="stages" title="Tahap bimbingan" action={<ClientStagesLink clientId={c.id} />} />
            <CardBody>
              {c.stages.length === 0 ? (
                <p className="text-sm text-slate-600">Tahap belum disusun.</p>
              ) : (
                <ol className="space-y-3">
                  {c.stages.map((s) => (
                    <li key={s.id} className={`rounded-md border px-3 py-2 ${s.status === "ACTIVE" ? "border-brand-600 bg-brand-50/50" : "border-slate-200"}`}>
                      <div className="flex items-center justify-between gap-2">
                        <span className="text-sm font-medium">{STAGE_LABEL[s.kind]}</span>
                        <Badge tone={s.status === "ACTIVE" ? "blue" : s.status === "COMPLETED" ? "green" : "neutral"}>{STAGE_STATUS_LABEL[s.status]}</Badge>
                      </div>
                      <div className="mt-1 text-xs text-slate-600">
                        Rencana: {formatDateShort(s.plannedStart)} – {formatDateShort(s.plannedEnd)}
                        {s.actualStart ? <><br />Realisasi: {formatDateShort(s.actualStart)} – {s.actualEnd ? formatDateShort(s.actualEnd) : "berjalan"}</> : null}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </CardBody>
          </Card>

          <Card aria-labelledby="history">
            <CardHeader id="history" title="Riwayat keputusan" />
            <CardBody>
              {c.transitions.length + c.statusEvents.length + c.violations.length + c.letters.length === 0 ? (
                <p className="text-sm text-slate-600">Belum ada keputusan tahap, perubahan status, pelanggaran atau surat.</p>
              ) : (
                <ul className="space-y-3 text-sm">
                  {c.transitions.map((t) => (
                    <li key={t.id}>
                      <div className="font-medium">Usulan {STAGE_LABEL[t.fromStage].toLowerCase()} → {STAGE_LABEL[t.toStage].toLowerCase()}</div>
                      <div className="text-xs text-slate-600">{TRANSITION_STATUS_LABEL[t.status]} · diusulkan {formatDateShort(t.proposedAt)}{t.decidedAt ? `, diputuskan ${formatDateShort(t.decidedAt)}` : ""}</div>
                    </li>
                  ))}
                  {c.statusEvents.map((e) => (
                    <li key={e.id}>
                      <div className="font-medium">Status menjadi {CLIENT_STATUS_LABEL[e.toStatus].toLowerCase()}</div>
                      <div className="text-xs text-slate-600">{formatDateShort(e.effectiveDate)} · {e.reason}</div>
                    </li>
                  ))}
                  {c.violations.map((v) => (
                    <li key={v.id}>
                      <div className="font-medium text-red-800">Pelanggaran: {VIOLATION_TYPE_LABEL[v.type]}</div>
                      <div className="text-xs text-slate-600">{formatDateShort(v.occurredOn)} · {v.description}</div>
                    </li>
                  ))}
                  {c.letters.map((l) => (
                    <li key={l.id}>
                      <div className="font-medium">Surat keterangan akhir pembimbingan</div>
                      <div className="text-xs text-slate-600">{l.number} · {formatDateShort(l.issuedOn)}{l.revoked ? " · dibatalkan" : ""}</div>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  );
}
