import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { sectionsToShow } from "@/lib/domain/litmas";
import { LITMAS_PURPOSE_LABEL } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import { LITMAS_SECTION_LABEL } from "@/lib/schemas/litmas";
import { requireUser } from "@/lib/server/auth";
import { getLitmasVersion } from "@/lib/server/queries/litmas";

export const metadata: Metadata = { title: "Versi litmas" };

export default async function LitmasVersionPage({ params }: { params: Promise<{ id: string; n: string }> }) {
  const user = await requireUser();
  const { id, n } = await params;
  const v = /^\d{1,7}$/.test(n) ? await getLitmasVersion(user, id, Number(n)) : null;
  if (!v) notFound();
  const latest = v.versionNo === v.litmas.currentVersionNo;
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/litmas/${id}`} className="hover:underline">← Kembali ke litmas</Link>}
        title={`Versi ${v.versionNo}: ${v.litmas.person.fullName}`}
        description={`${LITMAS_PURPOSE_LABEL[v.litmas.purpose]} · disimpan ${formatDateTime(v.savedAt, user.timeZone)} oleh ${v.savedByName}${latest ? " · versi terbaru" : ""}`}
        actions={v.versionNo > 1 ? <ButtonLink variant="secondary" href={`/litmas/${id}/versions/compare?dari=${v.versionNo - 1}&ke=${v.versionNo}`}>Bandingkan dengan versi {v.versionNo - 1}</ButtonLink> : undefined}
      />
      <Card>
        <CardHeader title="Naskah pada versi ini" />
        <CardBody className="space-y-5">
          {sectionsToShow(v.sections, v.litmas.purpose, true).map((k, i) => (
            <section key={k} aria-labelledby={`sec-${k}`}>
              <h3 id={`sec-${k}`} className="text-sm font-semibold text-slate-900">{i + 1}. {LITMAS_SECTION_LABEL[k]}</h3>
              <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{v.sections[k] || <span className="text-slate-500">Belum diisi.</span>}</p>
            </section>
          ))}
        </CardBody>
      </Card>
    </>
  );
}
