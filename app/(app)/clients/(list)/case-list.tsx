import { ClientStatusBadge } from "@/components/clients/badges";
import { LitmasStatusBadge } from "@/components/litmas/badges";
import { Badge, type Tone } from "@/components/ui/badge";
import { PendingLink } from "@/components/ui/pending-link";
import { Table, Td, Th } from "@/components/ui/table";
import { CASE_KIND_LABEL, type CaseClock, type CaseKind } from "@/lib/domain/cases";
import type { ClientStatus, LitmasStatus, PendampinganStatus } from "@/lib/domain/enums";
import { LITMAS_PURPOSE_LABEL, PENDAMPINGAN_STATUS_LABEL, PROGRAM_SHORT } from "@/lib/domain/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import type { CaseListItem } from "@/lib/server/queries/cases";

const KIND_TONE: Record<CaseKind, Tone> = { GUIDANCE: "green", LITMAS: "blue", PENDAMPINGAN: "violet" };
const PENDAMPINGAN_TONE: Record<PendampinganStatus, Tone> = {
  REQUESTED: "violet", ASSIGNED: "amber", ONGOING: "blue", AGREEMENT_SUPERVISED: "blue", CLOSED: "green", CANCELLED: "neutral",
};

function StatusBadge({ c }: { c: CaseListItem }) {
  if (c.kind === "GUIDANCE") return <ClientStatusBadge status={c.status as ClientStatus} />;
  if (c.kind === "LITMAS") return <LitmasStatusBadge status={c.status as LitmasStatus} />;
  const s = c.status as PendampinganStatus;
  return <Badge tone={PENDAMPINGAN_TONE[s]}>{PENDAMPINGAN_STATUS_LABEL[s]}</Badge>;
}

function detailOf(c: CaseListItem): string {
  if (c.detail.kind === "PROGRAM") return PROGRAM_SHORT[c.detail.program as keyof typeof PROGRAM_SHORT];
  if (c.detail.kind === "PURPOSE") return LITMAS_PURPOSE_LABEL[c.detail.purpose as keyof typeof LITMAS_PURPOSE_LABEL];
  return c.detail.offence;
}

function Clock({ clock, tz }: { clock: CaseClock | null; tz: string }) {
  if (!clock) return <span className="text-slate-400">—</span>;
  const when = clock.dateOnly ? formatDate(clock.at) : formatDateTime(clock.at, tz);
  const tone = clock.state === "OVERDUE" ? "text-red-700 font-semibold" : clock.state === "DUE_SOON" ? "text-amber-800 font-medium" : "text-slate-700";
  return (
    <span className={tone}>
      <span className="block text-xs font-normal text-slate-500">{clock.label}</span>
      {when}
      {clock.state === "OVERDUE" ? <span className="ml-1 text-xs">(terlambat)</span> : null}
    </span>
  );
}

const referenceOf = (c: CaseListItem) => c.reference ?? (c.kind === "GUIDANCE" ? "" : "belum bernomor");

/** One row per case: the person (link to the case), the kind, the status, the PK and the clock. */
export function CaseList({ items, tz, showPk }: { items: CaseListItem[]; tz: string; showPk: boolean }) {
  return (
    <>
      {/* Phone: stacked cards */}
      {/* Desktop: table */}
      <Table caption="Daftar klien dan layanan">
        <thead>
          <tr>
            <Th>Nama / nomor</Th>
            <Th>Layanan</Th>
            <Th>Status</Th>
            {showPk ? <Th>PK</Th> : null}
            <Th>Tenggat / berakhir</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((c) => (
            <tr key={`${c.kind}-${c.id}`} className="hover:bg-slate-50">
              <Td>
                <PendingLink href={c.href} className="font-medium text-brand-700 hover:underline">{c.personName}</PendingLink>
                <div className="text-xs text-slate-500">{referenceOf(c)}{c.child && c.kind === "GUIDANCE" ? " · Klien anak" : ""}</div>
              </Td>
              <Td>
                <Badge tone={KIND_TONE[c.kind]}>{CASE_KIND_LABEL[c.kind]}</Badge>
                <div className="mt-1 max-w-64 text-xs text-slate-600">{detailOf(c)}</div>
              </Td>
              <Td><StatusBadge c={c} /></Td>
              {showPk ? <Td>{c.pk?.name ?? <span className="text-amber-700">Belum ditugaskan</span>}</Td> : null}
              <Td className="whitespace-nowrap text-sm"><Clock clock={c.clock} tz={tz} /></Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
