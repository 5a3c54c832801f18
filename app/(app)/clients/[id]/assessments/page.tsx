import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { toIsoDate } from "@/lib/domain/calendar";
import { LITMAS_PURPOSE_LABEL, REPORTING_FREQUENCY_LABEL, RISK_LEVEL_LABEL } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getClientAssessments } from "@/lib/server/queries/risk-assessment";
import { AssessmentForm, NewInformationForm } from "./assessment-forms";

export const metadata: Metadata = { title: "Asesmen risiko dan kebutuhan" };

const LEVEL_TONE = { RENDAH: "green", SEDANG: "amber", TINGGI: "red" } as const;

export default async function AssessmentsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const data = await getClientAssessments(user, id);
  if (!data) notFound();
  const { client: c, current } = data;
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/clients/${c.id}`} className="hover:underline">← {c.fullName} · <span className="font-mono">{c.registerNumber}</span></Link>}
        title="Asesmen risiko dan kebutuhan"
        description={current ? `Risiko ${RISK_LEVEL_LABEL[current.level].toLowerCase()}; asesmen ulang ${formatDate(current.dueOn)}.` : "Belum pernah diasesmen."}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card aria-labelledby="riwayat">
            <CardHeader id="riwayat" title="Riwayat asesmen" description="Asesmen terbaru menentukan intensitas pengawasan. Diulang setiap tahun, atau lebih awal bila ada informasi baru." />
            <CardBody className="space-y-4">
              {data.assessments.length === 0 ? (
                <EmptyState title="Belum ada asesmen">{data.mayAssess ? "Catat asesmen pertama dengan formulir di bawah." : "PK klien ini mencatat asesmen risiko dan kebutuhan."}</EmptyState>
              ) : data.assessments.map((a, i) => (
                <article key={a.id} className="rounded-lg border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="text-sm font-semibold text-slate-900">{a.instrument}</h3>
                    <Badge tone={LEVEL_TONE[a.riskLevel]}>Risiko {RISK_LEVEL_LABEL[a.riskLevel].toLowerCase()} · skor {a.score}</Badge>
                  </div>
                  <p className="mt-1 text-xs text-slate-600">
                    {formatDate(a.assessedOn)} · oleh {a.assessor}
                    {a.litmas ? <> · dipakai dalam <Link className="underline" href={`/litmas/${a.litmas.id}`}>litmas {a.litmas.number ?? LITMAS_PURPOSE_LABEL[a.litmas.purpose]}</Link></> : null}
                    {i === 0 ? <> · asesmen ulang {formatDate(a.reassessDueOn)}</> : null}
                  </p>
                  {a.domains.length > 0 ? (
                    <dl className="mt-2 space-y-1 text-sm">
                      {a.domains.map((d) => <div key={d.id}><dt className="inline font-medium text-slate-800">{d.label}: </dt><dd className="inline text-slate-700">{d.finding}</dd></div>)}
                    </dl>
                  ) : null}
                  {a.needs.length > 0 ? <p className="mt-2 text-sm text-slate-700"><span className="font-medium">Kebutuhan kriminogenik:</span> {a.needs.join(", ")}</p> : null}
                  {a.newInfoNote ? <p className="mt-2 text-sm text-amber-800">Informasi baru: {a.newInfoNote}</p> : null}
                </article>
              ))}
            </CardBody>
          </Card>
          {data.mayAssess ? (
            <Card aria-labelledby="baru">
              <CardHeader id="baru" title="Catat asesmen" description="Pilih satu jawaban tiap pertanyaan. Butir dan aturan skor berasal dari formulir instrumen yang dimuat kantor." />
              <CardBody>
                <AssessmentForm
                  clientId={c.id} today={toIsoDate(data.today)}
                  instruments={data.instruments.map((i) => ({ id: i.id, name: i.name, definition: i.definition }))}
                  litmas={data.litmas.map((l) => ({ id: l.id, label: `${l.number ?? "Belum bernomor"} · ${LITMAS_PURPOSE_LABEL[l.purpose]} (${formatDate(l.receivedAt)})` }))}
                />
              </CardBody>
            </Card>
          ) : null}
        </div>
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="intensitas">
            <CardHeader id="intensitas" title="Intensitas pengawasan" />
            <CardBody className="text-sm text-slate-700">
              {current ? (
                <ul className="space-y-1">
                  <li>Wajib lapor: <strong>{REPORTING_FREQUENCY_LABEL[current.defaults.frequency]}</strong></li>
                  <li>Kunjungan rumah: <strong>{current.defaults.visitsPerMonth} kali sebulan</strong></li>
                  <li className="text-xs text-slate-600">Bawaan kantor untuk risiko {RISK_LEVEL_LABEL[current.level].toLowerCase()}; dipakai sebagai usulan saat jadwal wajib lapor diatur.</li>
                </ul>
              ) : <p>Setelah asesmen, usulan frekuensi wajib lapor dan kunjungan mengikuti tingkat risiko.</p>}
            </CardBody>
          </Card>
          {data.mayAssess && data.assessments[0] ? (
            <Card aria-labelledby="info-baru">
              <CardHeader id="info-baru" title="Informasi baru" />
              <CardBody><NewInformationForm clientId={c.id} assessmentId={data.assessments[0].id} /></CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
