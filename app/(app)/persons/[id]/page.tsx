import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientStatusBadge } from "@/components/clients/badges";
import { LitmasStatusBadge } from "@/components/litmas/badges";
import { PendampinganStatusBadge } from "@/components/pendampingan/badges";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/domain/permissions";
import type { ClientStatus, LitmasPurpose, LitmasStatus, PendampinganStatus, Program } from "@/lib/domain/enums";
import { GENDER_LABEL, LITMAS_PURPOSE_LABEL, PROGRAM_LABEL } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getPersonFile, type PersonCase } from "@/lib/server/queries/persons";

export const metadata: Metadata = { title: "Data orang" };

// One person, and every case of theirs the user may see (litmas requests, guidance periods) on one timeline.
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
  const p = await getPersonFile(user, id, { ip });
  if (!p) notFound();
  const guardian = [p.guardianName, p.guardianRelation ? `(${p.guardianRelation})` : null, p.guardianPhone].filter(Boolean).join(" ");
  return (
    <>
      <PageHeader title={p.fullName} description={p.aliasName ? `alias ${p.aliasName}` : "Identitas dan semua layanan Bapas untuk orang ini"}
        actions={can(user.role, "audit:read") ? <ButtonLink href={`/audit?person=${p.id}`} variant="secondary">Riwayat pemrosesan data</ButtonLink> : undefined}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <Card aria-labelledby="identitas">
          <CardHeader id="identitas" title="Identitas" />
          <CardBody>
            <DescriptionList
              items={[
                ["NIK", p.nikMasked],
                ["Jenis kelamin", p.gender ? GENDER_LABEL[p.gender] : null],
                ["Tempat, tanggal lahir", [p.birthPlace, p.birthDate ? formatDate(p.birthDate) : null].filter(Boolean).join(", ")],
                ["Alamat", p.address],
                ["Orang tua / wali", guardian],
              ]}
            />
          </CardBody>
        </Card>
        <Card aria-labelledby="layanan">
          <CardHeader id="layanan" title="Layanan" description="Litmas, pendampingan dan masa pembimbingan yang dapat Anda buka, terbaru di atas." />
          <ol className="divide-y divide-slate-100" aria-label="Riwayat layanan">
            {p.cases.map((c) => <CaseRow key={`${c.kind}-${c.id}`} c={c} />)}
          </ol>
        </Card>
      </div>
    </>
  );
}

function CaseRow({ c }: { c: PersonCase }) {
  if (c.kind === "GUIDANCE") {
    return (
      <li className="flex flex-wrap items-start justify-between gap-2 px-4 py-3 sm:px-5">
        <div className="min-w-0">
          <Link href={`/clients/${c.id}`} className="font-medium text-brand-700 hover:underline">Pembimbingan {PROGRAM_LABEL[c.program as Program]}</Link>
          <p className="text-xs text-slate-600"><span className="font-mono">{c.registerNumber}</span> · {formatDate(c.at)} s.d. {formatDate(c.until)}</p>
        </div>
        <ClientStatusBadge status={c.status as ClientStatus} />
      </li>
    );
  }
  if (c.kind === "PENDAMPINGAN") {
    return (
      <li className="flex flex-wrap items-start justify-between gap-2 px-4 py-3 sm:px-5">
        <div className="min-w-0">
          <Link href={`/pendampingan/${c.id}`} className="font-medium text-brand-700 hover:underline">Pendampingan: {c.offence}</Link>
          <p className="text-xs text-slate-600">{c.requesterInstitution} · diterima {formatDate(c.at)}{c.number ? ` · ${c.number}` : ""}</p>
        </div>
        <PendampinganStatusBadge status={c.status as PendampinganStatus} />
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 px-4 py-3 sm:px-5">
      <div className="min-w-0">
        <Link href={`/litmas/${c.id}`} className="font-medium text-brand-700 hover:underline">Litmas {LITMAS_PURPOSE_LABEL[c.purpose as LitmasPurpose]}</Link>
        <p className="text-xs text-slate-600">{c.requesterInstitution} · diterima {formatDate(c.at)}{c.number ? ` · ${c.number}` : ""}</p>
      </div>
      <LitmasStatusBadge status={c.status as LitmasStatus} />
    </li>
  );
}
