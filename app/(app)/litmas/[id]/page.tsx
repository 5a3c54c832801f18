import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DueBadge, LitmasStatusBadge } from "@/components/litmas/badges";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { approvalCheck, availableCommands, awaitsTpp, canStartGuidanceFrom, needsTpp, sectionsToShow } from "@/lib/domain/litmas";
import { can as roleCan } from "@/lib/domain/permissions";
import { DELIVERY_METHOD_LABEL, LITMAS_PURPOSE_LABEL, SECTION_SHORT, TPP_RECOMMENDATION_LABEL } from "@/lib/domain/labels";
import { sectionForCategory } from "@/lib/domain/sections";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import { formatDate, formatDateTime, formatDayOf } from "@/lib/format";
import { LITMAS_SECTION_LABEL } from "@/lib/schemas/litmas";
import { requireUser } from "@/lib/server/auth";
import { getLitmas, listAssignablePks } from "@/lib/server/queries/litmas";
import { AssignForm } from "./assign-form";
import { CancelForm } from "./cancel-form";
import { DeliveryForm } from "./delivery-form";
import { SectionForm } from "./section-form";
import { ReviewPanel } from "./review-panel";
import { SectionsEditor } from "./sections-editor";
import { CompareVersionsForm } from "./versions/compare-form";

export const metadata: Metadata = { title: "Litmas" };

const ACTION_LABEL: Record<string, string> = {
  REQUESTED: "Permintaan dicatat",
  ASSIGNED: "Didisposisikan kepada PK",
  REASSIGNED: "Dipindahkan ke PK lain",
  DRAFT_SAVED: "Draf disimpan",
  SUBMITTED: "Diajukan kepada Kepala Bapas",
  RETURNED: "Dikembalikan untuk perbaikan",
  APPROVED: "Disetujui Kepala Bapas",
  CANCELLED: "Dibatalkan",
  GUIDANCE_STARTED: "Pembimbingan dimulai berdasarkan SK",
  DISPOSED_TO_SECTION: "Didisposisikan ke seksi",
  TPP_REVIEWED: "Dibahas dalam sidang TPP",
  DELIVERED: "Dikirim kepada peminta",
};

export default async function LitmasDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  const l = await getLitmas(user, id, { ip });
  if (!l) notFound();
  const tz = user.timeZone;
  const commands = availableCommands(l.status, user.role);
  const can = (c: (typeof commands)[number]) => commands.includes(c);
  // A Kasi assigns only what was disposed to its section (the service enforces it; here the form hides).
  const kasiMayAssign = user.role !== "KASI" || (user.section !== null && l.section === user.section);
  const mayAssign = can("assign") && kasiMayAssign;
  const pks = mayAssign ? await listAssignablePks(user) : [];
  const mayDisposeToSection = can("assign") && user.role !== "KASI" && user.officeUsesSections && l.status === "REQUESTED";
  const approval = approvalCheck(l);
  const mayDeliver = l.status === "APPROVED" && !l.deliveredAt && roleCan(user.role, "litmas:deliver") && (user.role !== "PK" || l.assignedPkId === user.id);
  const shown = sectionsToShow(l.sections, l.purpose, l.status === "APPROVED");
  const isWriter = can("save") && l.assignedPkId === user.id;
  const editorSections = l.sections.identitas.trim() ? l.sections : { ...l.sections, identitas: l.identitasSnapshot };

  const disposition = (
    <Card aria-labelledby="disposisi">
      <CardHeader id="disposisi" title={l.assignedPkId ? "Pindahkan ke PK lain" : "Disposisi"} description={l.assignedPkId ? "Tenggat tidak berubah." : "PK yang ditugaskan langsung melihat litmas ini di daftarnya."} />
      <CardBody className="space-y-5">
        {l.status === "REQUESTED" && l.section ? (
          <p className="text-sm text-slate-700">Didisposisikan ke seksi <strong>{SECTION_SHORT[l.section]}</strong>{l.disposedAt ? ` pada ${formatDateTime(l.disposedAt, tz)}` : ""}; menunggu Kasi menugaskan PK.</p>
        ) : null}
        <AssignForm litmasId={l.id} version={l.version} currentPkId={l.assignedPkId} pks={pks} />
        {mayDisposeToSection ? (
          <div className="border-t border-slate-100 pt-4">
            <SectionForm litmasId={l.id} version={l.version} current={l.section} suggested={sectionForCategory(l.category)} />
          </div>
        ) : null}
      </CardBody>
    </Card>
  );

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/litmas" className="hover:underline">← Litmas</Link>}
        title={`Litmas ${l.person.fullName}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{LITMAS_PURPOSE_LABEL[l.purpose]}</span>
            <LitmasStatusBadge status={l.status} />
            <DueBadge state={l.dueState} />
            {l.number ? <Badge tone="green"><span className="font-mono">{l.number}</span></Badge> : null}
          </span>
        }
        actions={l.status === "APPROVED" ? <a href={`/api/litmas/${l.id}/pdf`} className="inline-flex h-10 items-center justify-center gap-2 rounded-md bg-brand-700 px-4 text-sm font-medium text-white shadow-sm hover:bg-brand-800" download>Unduh PDF</a> : null}
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {mayAssign && l.status === "REQUESTED" ? disposition : null}
          {user.role === "KASI" && !kasiMayAssign && l.status === "REQUESTED" ? (
            <Alert tone="info">Litmas ini belum didisposisikan ke seksi Anda. Kasi menugaskan PK untuk litmas yang didisposisikan Kepala ke seksinya.</Alert>
          ) : null}
          {l.status === "RETURNED" && l.reviewNotes ? (
            <Alert tone="warning" title="Catatan perbaikan dari Kepala Bapas">
              <p className="whitespace-pre-line">{l.reviewNotes}</p>
            </Alert>
          ) : null}

          <Card aria-labelledby="naskah">
            <CardHeader
              id="naskah"
              title="Naskah litmas"
              description={isWriter ? "Setiap kali disimpan, versi baru dicatat; versi lama tetap dapat dilihat." : l.currentVersionNo ? `Versi ${l.currentVersionNo}` : undefined}
            />
            <CardBody>
              {isWriter ? (
                <SectionsEditor litmasId={l.id} version={l.version} sections={editorSections} keys={sectionsToShow(l.sections, l.purpose, false)} canSubmit unsaved={editorSections !== l.sections} timeZone={user.timeZone} />
              ) : l.currentVersionNo === 0 ? (
                <p className="text-sm text-slate-600">
                  {l.status === "REQUESTED" ? "Naskah ditulis oleh PK setelah litmas didisposisikan." : l.status === "CANCELLED" ? "Litmas dibatalkan sebelum naskah ditulis." : "PK belum menyimpan draf."}
                </p>
              ) : (
                <div className="space-y-5">
                  {shown.map((k, i) => (
                    <section key={k} aria-labelledby={`sec-${k}`}>
                      <h3 id={`sec-${k}`} className="text-sm font-semibold text-slate-900">{i + 1}. {LITMAS_SECTION_LABEL[k]}</h3>
                      <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{l.sections[k] || <span className="text-slate-500">Belum diisi.</span>}</p>
                    </section>
                  ))}
                </div>
              )}
            </CardBody>
          </Card>

          {/* The decision comes after the text under review, not above it. */}
          {can("return") ? (
            <Card aria-labelledby="review">
              <CardHeader id="review" title="Pemeriksaan Kepala Bapas" description={`Diajukan ${formatDateTime(l.submittedAt, tz)}. Periksa naskah di atas, lalu setujui atau kembalikan dengan catatan.`} />
              <CardBody className="space-y-4">
                {!approval.ok ? (
                  <Alert tone="warning" title={awaitsTpp(l) && l.tppSessionId ? "Ditunda oleh sidang TPP" : "Menunggu sidang TPP"}>
                    {approval.message}{" "}
                    {roleCan(user.role, "tpp:record") ? <Link href="/tpp/new" className="font-medium underline">Catat sidang TPP</Link> : null}
                  </Alert>
                ) : null}
                <ReviewPanel litmasId={l.id} version={l.version} approvable={approval.ok} />
              </CardBody>
            </Card>
          ) : null}
        </div>

        <div className="min-w-0 space-y-6">
          {canStartGuidanceFrom({ status: l.status, purpose: l.purpose, clientId: l.client?.id ?? null }) && roleCan(user.role, "client:create") ? (
            <Card aria-labelledby="mulai-bimbingan">
              <CardHeader id="mulai-bimbingan" title="SK sudah terbit?" description="Setelah instansi peminta memutuskan, pembimbingan dimulai dari SK ini: identitas dan perkara ikut dari litmas." />
              <CardBody>
                <ButtonLink href={`/clients/new?litmas=${l.id}`}>Mulai pembimbingan dari SK</ButtonLink>
              </CardBody>
            </Card>
          ) : null}
          <Card aria-labelledby="ringkasan">
            <CardHeader id="ringkasan" title="Permintaan" />
            <CardBody>
              <SideList
                items={[
                  l.client
                    ? ["Klien", <Link key="c" href={`/clients/${l.client.id}`} className="text-brand-700 hover:underline">{l.person.fullName}</Link>]
                    : ["Nama", <Link key="p" href={`/persons/${l.person.id}`} className="text-brand-700 hover:underline">{l.person.fullName}</Link>],
                  l.client
                    ? ["No. register", <span key="r" className="font-mono">{l.client.registerNumber}</span>]
                    : ["Status", "Belum klien pembimbingan"],
                  ...(l.custodyInstitution ? [["Tempat penahanan", l.custodyInstitution] as [string, React.ReactNode]] : []),
                  ["Tujuan", LITMAS_PURPOSE_LABEL[l.purpose]],
                  ["Instansi peminta", l.requesterInstitution],
                  ["Surat permintaan", [l.requesterLetterNumber, l.requesterLetterDate ? formatDate(l.requesterLetterDate) : null].filter(Boolean).join(", ")],
                  ["Diterima", formatDateTime(l.receivedAt, tz)],
                  ...(l.section ? [["Seksi", SECTION_SHORT[l.section]] as [string, React.ReactNode]] : []),
                  ["PK", l.assignedPk?.name ?? (l.section ? `Menunggu Kasi ${SECTION_SHORT[l.section]}` : "Belum ditugaskan")],
                  ["Tenggat", l.dueAt ? formatDateTime(l.dueAt, tz) : "Ditetapkan saat disposisi"],
                  ...(l.approvedAt ? ([["Disetujui", `${formatDateTime(l.approvedAt, tz)} oleh ${l.approvedBy?.name ?? "—"}`]] as [string, string][]) : []),
                ]}
              />
            </CardBody>
          </Card>

          {needsTpp(l.purpose) || l.tppSession ? (
            <Card aria-labelledby="tpp">
              <CardHeader id="tpp" title="Sidang TPP" />
              <CardBody>
                {l.tppSession ? (
                  <SideList
                    items={[
                      ["Tanggal sidang", formatDate(l.tppSession.heldOn)],
                      ["Ketua sidang", l.tppSession.chairName],
                      ["Rekomendasi", l.tppRecommendation ? <Badge key="r" tone={l.tppRecommendation === "SETUJU" ? "green" : l.tppRecommendation === "TOLAK" ? "red" : "amber"}>{TPP_RECOMMENDATION_LABEL[l.tppRecommendation]}</Badge> : "—"],
                      ["Catatan TPP", l.tppNotes],
                    ]}
                  />
                ) : (
                  <p className="text-sm text-slate-600">
                    {l.status === "SUBMITTED" ? "Menunggu dibahas dalam sidang TPP sebelum disetujui Kepala Bapas." : "Litmas integrasi dan asimilasi dibahas dalam sidang TPP setelah diajukan PK."}
                  </p>
                )}
              </CardBody>
            </Card>
          ) : null}

          {l.status === "APPROVED" ? (
            <Card aria-labelledby="pengiriman">
              <CardHeader id="pengiriman" title="Pengiriman kepada peminta" description={l.deliveredAt ? undefined : "Belum dikirim. Catat setelah laporan diserahkan kepada instansi peminta."} />
              <CardBody>
                {l.deliveredAt ? (
                  <SideList
                    items={[
                      ["Terkirim", formatDayOf(l.deliveredAt, tz)],
                      ["Cara", l.deliveryMethod ? DELIVERY_METHOD_LABEL[l.deliveryMethod] : "—"],
                      ["Diserahkan kepada", l.deliveredTo],
                      ["Dicatat oleh", l.deliveredByName],
                    ]}
                  />
                ) : mayDeliver ? (
                  <DeliveryForm
                    litmasId={l.id}
                    version={l.version}
                    today={toIsoDate(todayIn(tz))}
                    approvedOn={toIsoDate(todayIn(tz, l.approvedAt!))}
                    requester={l.requesterInstitution}
                  />
                ) : (
                  <p className="text-sm text-slate-600">Belum dikirim.</p>
                )}
              </CardBody>
            </Card>
          ) : null}

          {mayAssign && l.status !== "REQUESTED" ? disposition : null}

          <Card aria-labelledby="riwayat">
            <CardHeader id="riwayat" title="Riwayat" />
            <ol className="space-y-0 px-4 py-4 sm:px-5" aria-label="Riwayat status">
              {l.events.map((e, i) => (
                <li key={e.id} className="relative pb-4 pl-6 last:pb-0">
                  {i < l.events.length - 1 ? <span className="absolute left-[5px] top-3 h-full w-px bg-slate-200" aria-hidden="true" /> : null}
                  <span className={`absolute left-0 top-1.5 size-[11px] rounded-full ring-2 ring-white ${e.action === "APPROVED" || e.action === "DELIVERED" ? "bg-emerald-600" : e.action === "RETURNED" || e.action === "CANCELLED" ? "bg-amber-500" : "bg-brand-600"}`} aria-hidden="true" />
                  <div className="text-sm font-medium text-slate-900">{ACTION_LABEL[e.action]}</div>
                  <div className="text-xs text-slate-600">{formatDateTime(e.at, tz)} · {e.actorName}</div>
                  {e.note ? <p className="mt-0.5 whitespace-pre-line text-sm text-slate-700">{e.note}</p> : null}
                </li>
              ))}
            </ol>
          </Card>

          <Card aria-labelledby="versi">
            <CardHeader id="versi" title="Versi tersimpan" />
            {l.versions.length === 0 ? (
              <CardBody><p className="text-sm text-slate-600">Belum ada versi. Setiap penyimpanan draf oleh PK dicatat di sini.</p></CardBody>
            ) : (
              <ul className="divide-y divide-slate-100">
                {l.versions.map((v) => (
                  <li key={v.versionNo}>
                    <Link href={`/litmas/${l.id}/versions/${v.versionNo}`} className="flex items-center justify-between gap-3 px-4 py-2 text-sm hover:bg-slate-50 sm:px-5">
                      <span className="font-medium text-brand-700">Versi {v.versionNo}</span>
                      <span className="text-right text-xs text-slate-600">{formatDateTime(v.savedAt, tz)}<br />{v.savedByName}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {l.versions.length >= 2 ? <CompareVersionsForm litmasId={l.id} versions={l.versions.map((v) => v.versionNo)} /> : null}
          </Card>

          {can("cancel") ? (
            <Card aria-label="Pembatalan">
              <CardBody><CancelForm litmasId={l.id} version={l.version} /></CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}

/** A one-column description list for the narrow side column. */
function SideList({ items }: { items: [label: string, value: React.ReactNode][] }) {
  return (
    <dl className="space-y-3">
      {items.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
          <dd className="mt-0.5 break-words text-sm text-slate-900">{value === null || value === undefined || value === "" ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}
