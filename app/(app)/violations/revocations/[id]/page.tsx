import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SimpleForm } from "@/components/visits/simple-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { toIsoDate, todayIn } from "@/lib/domain/calendar";
import type { RevocationAuthority, RevocationStatus } from "@/lib/domain/enums";
import { AUTHORITY_WORDS, REVOCATION_SERVICE_WORKING_DAYS } from "@/lib/domain/revocation";
import { ServiceClockBadge } from "@/components/violations/service-clock";
import { OFFICIAL_ACTION_DAYS, officialActionDueAt, officialActionState } from "@/lib/domain/pendampingan";
import { clock } from "@/lib/clock";
import { ATTENDANCE_STATUS_LABEL, CLIENT_STATUS_LABEL, PROGRAM_LABEL, REVOCATION_STATUS_LABEL, REVOCATION_TPP_RECOMMENDATION_LABEL, VIOLATION_STATUS_LABEL, VIOLATION_TYPE_LABEL } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { formatDate, formatDateShort, formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getRevocation, listCitableTppSessions } from "@/lib/server/queries/violations";
import { advanceRevocationAction } from "../../actions";

export const metadata: Metadata = { title: "Proses pencabutan" };

type Step = readonly [RevocationStatus | "DONE", string, string];

/** The steps of the proceeding for the authority that decides. */
function stepsFor(authority: RevocationAuthority): Step[] {
  const w = AUTHORITY_WORDS[authority];
  return authority === "MENTERI"
    ? [["PROPOSED", "Usulan", "Usulan"], ["PK_REPORTED", "Laporan PK", "PK"], ["TPP_RECOMMENDED", "Rekomendasi TPP", "TPP"], ["SUSPENDED", w.referStep, "Kepala"], ["DONE", w.decisionStep, "Menteri"]]
    : [["PROPOSED", "Usulan", "Usulan"], ["PK_REPORTED", "Laporan PK", "PK"], ["REFERRED", w.referStep, "Laporan"], ["DONE", w.decisionStep, "Putusan"]];
}

export default async function RevocationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const r = await getRevocation(user, id);
  if (!r) notFound();
  const tz = user.timeZone;
  const finished = r.status === "REVOKED" || r.status === "CONTINUED" || r.status === "DISMISSED";
  const steps = stepsFor(r.authority);
  const words = AUTHORITY_WORDS[r.authority];
  // An optional TPP on the referral path sits with the PK's step.
  const at = r.status === "TPP_RECOMMENDED" && r.authority !== "MENTERI" ? "PK_REPORTED" : r.status;
  const reached = finished ? steps.length - 1 : steps.findIndex(([st]) => st === at);
  const fixed = { revocationId: r.id, version: r.version };
  const todayDay = todayIn(tz);
  const today = toIsoDate(todayDay);
  const mayTpp = r.status === "PK_REPORTED" && can(user.role, "revocation:tpp");
  const sessions = mayTpp ? await listCitableTppSessions(user, r.createdAt) : [];
  const mayDecide = can(user.role, "revocation:decide");
  const mayRefer = (mayDecide || (r.authority === "PEJABAT_DIVERSI" && can(user.role, "revocation:report"))) && r.authority !== "MENTERI" && (r.status === "PK_REPORTED" || r.status === "TPP_RECOMMENDED");
  const authorityDecided = r.status === "SUSPENDED" || r.status === "REFERRED";
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={<Link href="/violations" className="hover:underline">← Pelanggaran dan pencabutan</Link>}
        title={`Proses pencabutan: ${r.client.fullName}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={finished ? (r.status === "REVOKED" ? "red" : "green") : "amber"}>{REVOCATION_STATUS_LABEL[r.status]}</Badge>
            <span>{r.raisedBySystem ? "Diusulkan sistem" : "Diusulkan PK"} {formatDateTime(r.createdAt, tz)}</span>
          </span>
        }
      />
      <p className="mb-3 text-sm text-slate-700">{PROGRAM_LABEL[r.client.program]}: {words.decides}</p>
      {r.serviceClock ? (
        <p className="mb-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
          <ServiceClockBadge clock={r.serviceClock} />
          <span>Standar layanan {REVOCATION_SERVICE_WORKING_DAYS} hari kerja sejak usulan: paling lambat <span className="font-medium">{formatDate(r.serviceClock.dueOn)}</span> (hari libur dan hari kantor tutup tidak dihitung)</span>
        </p>
      ) : null}
      {r.authority === "PEJABAT_DIVERSI" && r.referredAt ? (() => {
        // UU 11/2012 Pasal 14: the official acts within 7 days of the PK's report of non-execution.
        const due = officialActionDueAt(r.referredAt);
        const state = officialActionState({ reportDueAt: due, officialActionAt: r.outcomeAt }, clock.now());
        return (
          <p className="mb-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
            <span>Pejabat wajib menindaklanjuti dalam {OFFICIAL_ACTION_DAYS} hari sejak laporan: paling lambat <span className="font-medium">{formatDateTime(due, tz)}</span></span>
            <Badge tone={state === "MET" ? "green" : state === "OVERDUE" ? "red" : state === "DUE_SOON" ? "amber" : "blue"}>{state === "MET" ? "Sudah ditindaklanjuti" : state === "OVERDUE" ? "Lewat 7 hari: ingatkan pejabat" : state === "DUE_SOON" ? "Segera berakhir" : "Berjalan"}</Badge>
          </p>
        );
      })() : null}
      <ol className={`mb-6 grid gap-1 text-center text-xs ${steps.length === 5 ? "grid-cols-5" : "grid-cols-4"}`} aria-label="Tahap proses">
        {steps.map(([s, label, short], i) => (
          <li key={s} aria-current={i === reached ? "step" : undefined} className={`rounded px-1 py-2 ${i < reached ? "bg-emerald-50 text-emerald-900" : i === reached ? "bg-brand-50 font-semibold text-brand-900" : "bg-slate-100 text-slate-700"}`}><span className="hidden sm:inline">{label}</span><span className="sm:hidden">{short}</span></li>
        ))}
      </ol>

      <div className="space-y-6">
        <Card aria-labelledby="client">
          <CardHeader id="client" title="Klien dan pelanggaran" />
          <CardBody className="space-y-3 text-sm">
            <p>
              <Link href={`/clients/${r.client.id}`} className="font-medium text-brand-700 hover:underline">{r.client.fullName}</Link> · <span className="font-mono">{r.client.registerNumber}</span> · {CLIENT_STATUS_LABEL[r.client.status]} · PK {r.client.assignedPk?.name ?? "—"}
            </p>
            {r.complainant ? (
              <div className="rounded border border-amber-200 bg-amber-50 px-3 py-2">
                <p className="font-medium">Pengaduan masyarakat: {r.complainant}{r.complaintOn ? `, ${formatDateShort(r.complaintOn)}` : ""}</p>
                {r.examinationReport ? <p className="mt-1 whitespace-pre-line text-slate-700"><span className="font-medium">Berita acara pemeriksaan:</span> {r.examinationReport}</p> : null}
              </div>
            ) : null}
            <ul className="space-y-2">
              {r.violations.map((v) => (
                <li key={v.id} className="rounded border border-slate-200 px-3 py-2">
                  <div className="flex flex-wrap items-center gap-2"><span className="font-medium">{VIOLATION_TYPE_LABEL[v.type]}</span><span className="text-slate-500">{formatDateShort(v.occurredOn)}</span><Badge>{VIOLATION_STATUS_LABEL[v.status]}</Badge></div>
                  <p className="mt-1 whitespace-pre-line text-slate-700">{v.description}</p>
                </li>
              ))}
            </ul>
            <div>
              <span className="text-slate-500">Lapor diri terakhir: </span>
              {r.client.attendances.length === 0 ? "—" : r.client.attendances.map((a) => (
                <Badge key={a.dueOn.toISOString()} tone={a.status === "HADIR" ? "green" : a.status === "IZIN" ? "amber" : "red"} className="mr-1">{formatDateShort(a.dueOn)}: {ATTENDANCE_STATUS_LABEL[a.status]}</Badge>
              ))}
            </div>
          </CardBody>
        </Card>

        <Card aria-labelledby="pk">
          <CardHeader id="pk" title="Laporan pemeriksaan PK" />
          <CardBody className="text-sm">
            {r.pkReport ? (
              <><p className="whitespace-pre-line">{r.pkReport}</p><p className="mt-1 text-xs text-slate-500">{formatDateTime(r.pkReportedAt, tz)}</p></>
            ) : r.status === "PROPOSED" && can(user.role, "revocation:report") ? (
              <SimpleForm label="Laporan pemeriksaan" action={advanceRevocationAction.bind(null, "pk-report")} fixed={fixed} submitLabel={r.authority === "MENTERI" ? "Kirim laporan ke TPP" : "Simpan laporan pemeriksaan"}
                fields={[{ kind: "textarea", name: "pkReport", label: "Hasil pemeriksaan (kunjungan, keterangan keluarga, sebab mangkir, saran)", rows: 6 }]} />
            ) : <p className="text-slate-600">Menunggu laporan pemeriksaan dari PK pembimbing.</p>}
          </CardBody>
        </Card>

        <Card aria-labelledby="tpp">
          <CardHeader id="tpp" title={r.authority === "MENTERI" ? "Rekomendasi TPP" : "Rekomendasi TPP (bila dibahas)"} />
          <CardBody className="text-sm">
            {r.tppRecommendation ? (
              <>
                <p className="font-medium">{REVOCATION_TPP_RECOMMENDATION_LABEL[r.tppRecommendation]}</p>
                {r.tppSession ? <p className="mt-1 text-slate-600">Sidang TPP {formatDate(r.tppSession.heldOn)}, ketua {r.tppSession.chairName}. <Link href="/tpp" className="font-medium text-brand-700 underline">Daftar sidang TPP</Link></p> : null}
                <p className="mt-1 whitespace-pre-line">{r.tppNotes}</p>
              </>
            ) : mayTpp ? (
              <div className="space-y-3">
                <p className="text-slate-700">
                  Rekomendasi diambil dalam sidang TPP. <Link href="/tpp/new" className="font-medium text-brand-700 underline">Catat sidang TPP</Link> dan centang usulan ini, atau pilih sidang yang sudah dicatat sejak usulan diajukan.
                </p>
                {sessions.length === 0 ? (
                  <p className="text-slate-600">Belum ada sidang TPP yang dicatat sejak {formatDate(todayIn(tz, r.createdAt))}.</p>
                ) : (
                  <SimpleForm label="Rekomendasi TPP" action={advanceRevocationAction.bind(null, "tpp")} fixed={fixed} submitLabel="Simpan rekomendasi"
                    fields={[
                      { kind: "select", name: "tppSessionId", label: "Sidang TPP", options: sessions.map((x) => ({ value: x.id, label: `${formatDate(x.heldOn)} · ketua ${x.chairName}${x.location ? ` · ${x.location}` : ""}` })) },
                      { kind: "select", name: "recommendation", label: "Rekomendasi", options: [{ value: "SETUJU", label: REVOCATION_TPP_RECOMMENDATION_LABEL.SETUJU }, { value: "TOLAK", label: REVOCATION_TPP_RECOMMENDATION_LABEL.TOLAK }, { value: "TUNDA", label: REVOCATION_TPP_RECOMMENDATION_LABEL.TUNDA }] },
                      { kind: "textarea", name: "notes", label: "Catatan sidang TPP" },
                    ]} />
                )}
              </div>
            ) : <p className="text-slate-600">{r.status === "PROPOSED" ? "Setelah laporan PK." : r.authority === "MENTERI" ? "Tidak ada." : "Tidak dibahas di sidang TPP."}</p>}
          </CardBody>
        </Card>

        <Card aria-labelledby="kepala">
          <CardHeader id="kepala" title={r.authority === "MENTERI" ? "Pencabutan sementara dan keputusan" : "Laporan ke pihak berwenang dan keputusannya"} />
          <CardBody className="space-y-4 text-sm">
            {r.suspendedAt ? <p>Dicabut sementara oleh Kepala Bapas {formatDateTime(r.suspendedAt, tz)}.</p> : null}
            {r.referralNumber ? (
              <p>
                Dilaporkan ke {r.referredTo} dengan surat nomor <span className="font-medium">{r.referralNumber}</span>, {formatDateTime(r.referredAt, tz)}.{" "}
                <a href={`/api/revocations/${r.id}/letter`} className="font-medium text-brand-700 underline">Unduh surat (PDF)</a>
              </p>
            ) : null}
            {r.decreeNumber ? <p>{words.decree}: <span className="font-medium">{r.decreeNumber}</span>{r.decreeDate ? `, ${formatDate(r.decreeDate)}` : ""}.</p> : null}
            {r.outcomeAt ? <p><span className="font-medium">{REVOCATION_STATUS_LABEL[r.status]}</span> · {formatDateTime(r.outcomeAt, tz)}</p> : null}
            {r.outcomeNote ? <p className="whitespace-pre-line text-slate-700">{r.outcomeNote}</p> : null}
            {mayDecide && r.authority === "MENTERI" && r.status === "TPP_RECOMMENDED" ? (
              <SimpleForm label="Pencabutan sementara" action={advanceRevocationAction.bind(null, "suspend")} fixed={fixed} submitLabel="Cabut sementara dan laporkan" variant="danger"
                fields={[
                  { kind: "textarea", name: "note", label: "Pertimbangan pencabutan sementara", rows: 3 },
                  { kind: "text", name: "referredTo", label: "Laporan kepada", defaultValue: words.reportTo, hint: "Surat laporan diberi nomor dan dapat diunduh sebagai PDF." },
                ]} />
            ) : null}
            {mayRefer ? (
              <SimpleForm label="Laporan ke pihak berwenang" action={advanceRevocationAction.bind(null, "refer")} fixed={fixed} submitLabel="Kirim laporan"
                fields={[
                  { kind: "text", name: "referredTo", label: "Laporan kepada", defaultValue: words.reportTo },
                  { kind: "textarea", name: "note", label: "Isi laporan dan pertimbangan Bapas", rows: 3 },
                ]} />
            ) : null}
            {mayDecide && authorityDecided ? (
              <SimpleForm label={words.decisionStep} action={advanceRevocationAction.bind(null, "outcome")} fixed={fixed} submitLabel="Catat keputusan" variant="secondary"
                fields={[
                  { kind: "select", name: "outcome", label: "Keputusan", options: [{ value: "REVOKED", label: words.revoked }, { value: "CONTINUED", label: "Bimbingan dilanjutkan" }] },
                  { kind: "text", name: "decreeNumber", label: words.decree },
                  { kind: "date", name: "decreeDate", label: "Tanggal keputusan" },
                  { kind: "date", name: "effectiveOn", label: "Berlaku tanggal", defaultValue: today },
                  { kind: "textarea", name: "note", label: "Isi keputusan", rows: 3 },
                ]} />
            ) : null}
            {mayDecide && r.status === "TPP_RECOMMENDED" ? (
              <SimpleForm label="Bimbingan dilanjutkan" action={advanceRevocationAction.bind(null, "outcome")} fixed={{ ...fixed, outcome: "CONTINUED" }} submitLabel="Lanjutkan bimbingan" variant="secondary"
                fields={[{ kind: "date", name: "effectiveOn", label: "Berlaku tanggal", defaultValue: today }, { kind: "textarea", name: "note", label: "Dasar (mis. rekomendasi TPP)", rows: 2 }]} />
            ) : null}
            {mayDecide && (r.status === "PROPOSED" || r.status === "PK_REPORTED") ? (
              <>
              <p className="text-slate-600">Bila usulan tidak perlu diteruskan (mis. klien ternyata dirawat di rumah sakit), hentikan prosesnya:</p>
              <SimpleForm label="Hentikan proses" action={advanceRevocationAction.bind(null, "outcome")} fixed={{ ...fixed, outcome: "DISMISSED" }} submitLabel="Hentikan usulan" variant="secondary"
                fields={[{ kind: "date", name: "effectiveOn", label: "Tanggal", defaultValue: today }, { kind: "textarea", name: "note", label: "Alasan usulan dihentikan", rows: 2 }]} />
              </>
            ) : null}
            {!finished && !mayDecide && !mayRefer ? <p className="text-slate-600">{r.authority === "MENTERI" ? "Pencabutan sementara, laporan ke atas dan keputusannya dicatat oleh Kepala Bapas." : "Laporan ke pihak berwenang dan keputusannya dicatat oleh Kepala Bapas."}</p> : null}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
