import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { LITMAS_PURPOSE_LABEL } from "@/lib/domain/labels";
import { compareSections, type DiffPart } from "@/lib/domain/litmas-compare";
import { formatDateTime } from "@/lib/format";
import { LITMAS_SECTION_LABEL } from "@/lib/schemas/litmas";
import { requireUser } from "@/lib/server/auth";
import { getLitmasVersionPair } from "@/lib/server/queries/litmas";

export const metadata: Metadata = { title: "Bandingkan versi litmas" };

/**
 * One change, said three ways: <ins>/<del> (the document's meaning), underline or strike-through
 * with a colour (the eye), and the words "ditambah" / "dihapus" for a screen reader.
 */
function Part({ p }: { p: DiffPart }) {
  if (p.kind === "same") return <span>{p.text}</span>;
  if (p.kind === "added") {
    return <ins className="rounded-sm bg-emerald-50 text-emerald-900 underline decoration-2 underline-offset-2"><span className="sr-only">[ditambah: </span>{p.text}<span className="sr-only">]</span></ins>;
  }
  return <del className="rounded-sm bg-red-50 text-red-900 line-through decoration-2"><span className="sr-only">[dihapus: </span>{p.text}<span className="sr-only">]</span></del>;
}

export default async function LitmasComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { id } = await params;
  const q = await searchParams;
  const num = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{1,7}$/.test(v) ? Number(v) : NaN);
  const [a, b] = [num(q.dari), num(q.ke)];
  const pair = Number.isFinite(a) && Number.isFinite(b) ? await getLitmasVersionPair(user, id, Math.min(a, b), Math.max(a, b)) : null;
  if (!pair) notFound();
  const { older, newer } = pair;
  const sections = compareSections(older.sections, newer.sections);
  const changed = sections.filter((s) => s.changed);
  const saved = (v: typeof older) => `versi ${v.versionNo} (${formatDateTime(v.savedAt, user.timeZone)}, ${v.savedByName})`;
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/litmas/${id}`} className="hover:underline">← Kembali ke litmas</Link>}
        title={`Versi ${older.versionNo} dan ${newer.versionNo}: ${pair.litmas.person.fullName}`}
        description={`${LITMAS_PURPOSE_LABEL[pair.litmas.purpose]} · dari ${saved(older)} ke ${saved(newer)}`}
      />
      <p className="mb-4 text-sm text-slate-700">
        {changed.length === 0 ? "Tidak ada perubahan naskah di antara kedua versi ini." : `${changed.length} bagian berubah. `}
        {changed.length > 0 ? (
          <>Teks yang ditambah <ins className="bg-emerald-50 text-emerald-900 underline decoration-2 underline-offset-2">bergaris bawah</ins>, yang dihapus <del className="bg-red-50 text-red-900 line-through decoration-2">dicoret</del>.</>
        ) : null}
      </p>
      <Card>
        <CardHeader title="Perubahan per bagian" />
        <CardBody className="space-y-6">
          {sections.map((s) => {
            const n = sections.indexOf(s) + 1;
            const title = `${n}. ${LITMAS_SECTION_LABEL[s.key]}`;
            if (!s.changed) {
              return (
                <details key={s.key}>
                  <summary className="cursor-pointer py-3 text-sm font-semibold text-slate-900 md:py-0">{title} <span className="ml-2 font-normal text-slate-600">tidak berubah</span></summary>
                  <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{newer.sections[s.key]}</p>
                </details>
              );
            }
            return (
              <section key={s.key} aria-labelledby={`beda-${s.key}`}>
                <h3 id={`beda-${s.key}`} className="text-sm font-semibold text-slate-900">
                  {title} <span className="ml-2 font-normal text-slate-600">{[s.added ? `${s.added} kata ditambah` : null, s.removed ? `${s.removed} kata dihapus` : null].filter(Boolean).join(", ") || "tanda baca atau spasi berubah"}</span>
                </h3>
                <p className="mt-1 whitespace-pre-line text-sm leading-relaxed text-slate-800">{s.parts.map((p, i) => <Part key={i} p={p} />)}</p>
              </section>
            );
          })}
        </CardBody>
      </Card>
    </>
  );
}
