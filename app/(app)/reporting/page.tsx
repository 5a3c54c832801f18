import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Label } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { PendingLink } from "@/components/ui/pending-link";
import { Table, Td, Th } from "@/components/ui/table";
import { toIsoDate } from "@/lib/domain/calendar";
import { PROGRAM_SHORT } from "@/lib/domain/labels";
import { nikIn } from "@/lib/domain/nik";
import { pageRange } from "@/lib/domain/pagination";
import { DESK_AHEAD_DAYS, type DeskGroup } from "@/lib/domain/reporting";
import { formatDate, formatDateShort } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getReportingDesk, ZDeskParams, type DeskGroupPage, type DeskRow, type WalkIn } from "@/lib/server/queries/reporting-desk";
import { ArrivalButton } from "./arrival-button";

export const metadata: Metadata = { title: "Lapor diri hari ini" };

const GROUP: Record<DeskGroup, { title: string; slug: string; empty: string }> = {
  TODAY: { title: "Hari ini", slug: "hari-ini", empty: "Tidak ada klien yang dijadwalkan lapor hari ini." },
  WEEK: { title: `${DESK_AHEAD_DAYS} hari ke depan`, slug: "pekan", empty: `Tidak ada jadwal lapor dalam ${DESK_AHEAD_DAYS} hari ke depan.` },
  OPEN_PAST: { title: "Lewat jadwal, belum lapor", slug: "belum", empty: "Semua yang lewat jadwalnya sudah lapor atau batasnya sudah lewat." },
};

const monthOf = (d: Date) => formatDate(d).split(" ").slice(1).join(" ");

/** When the client is expected, and until when a report counts. */
function When({ r, group, countLate }: { r: DeskRow; group: DeskGroup; countLate: boolean }) {
  const main = r.inMonth && group !== "TODAY" ? `Bulan ${monthOf(r.dueOn)}, jadwal ${formatDateShort(r.expectedOn)}` : formatDate(r.expectedOn);
  const late = group === "OPEN_PAST" && !r.inMonth && countLate;
  return (
    <>
      <div className="md:whitespace-nowrap">{main}</div>
      <div className="text-xs text-slate-600">Batas {formatDateShort(r.closesOn)}{late ? " · dihitung terlambat" : ""}</div>
    </>
  );
}

function Done({ r, today }: { r: DeskRow; today: Date }) {
  const on = r.attendedOn ? (r.attendedOn.getTime() === today.getTime() ? " hari ini" : ` ${formatDateShort(r.attendedOn)}`) : "";
  if (r.status === "HADIR") return <Badge tone="green">Sudah lapor{on}{r.late ? " · terlambat" : ""}</Badge>;
  if (r.status === "IZIN") return <Badge tone="amber">Izin</Badge>;
  return <Badge tone="red">Tidak lapor</Badge>;
}

function Action({ r, today }: { r: DeskRow; today: Date }) {
  if (r.status) return <Done r={r} today={today} />;
  if (r.opensOn > today) return <span className="text-xs text-slate-600">Dibuka {formatDateShort(r.opensOn)}</span>;
  return <ArrivalButton clientId={r.clientId} dueOn={toIsoDate(r.dueOn)} name={r.fullName} />;
}

function GroupSection({ g, today, showPk, href, paged, countLate }: {
  g: DeskGroupPage; today: Date; showPk: boolean; href: (p: Record<string, string>) => string; paged: boolean; countLate: boolean;
}) {
  const meta = GROUP[g.group];
  return (
    <section aria-labelledby={`lapor-${meta.slug}`}>
      <h2 id={`lapor-${meta.slug}`} className={`mb-2 text-base font-semibold ${g.group === "OPEN_PAST" ? "text-red-800" : "text-slate-900"}`}>
        {meta.title} <span className="font-normal text-slate-600">({g.total.toLocaleString("id-ID")}{g.group === "TODAY" && g.done ? `, ${g.done.toLocaleString("id-ID")} sudah lapor` : ""})</span>
      </h2>
      <Card>
        {g.rows.length === 0 ? (
          <p className="p-4 text-sm text-slate-600">{meta.empty}</p>
        ) : (
          <Table caption={`Lapor diri: ${meta.title}`}>
            <thead>
              <tr>
                <Th>Nama / No. register</Th>
                <Th>Program</Th>
                {showPk ? <Th>PK</Th> : null}
                <Th>Jadwal</Th>
                <Th><span className="sr-only">Tindakan</span></Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {g.rows.map((r) => (
                <tr key={`${r.clientId}-${toIsoDate(r.dueOn)}`} className={r.status ? "bg-emerald-50/40" : undefined}>
                  <Td>
                    <PendingLink href={`/clients/${r.clientId}/reporting`} prefetch={false} className="font-medium text-brand-700 hover:underline">{r.fullName}</PendingLink>
                    <div className="font-mono text-xs text-slate-600">{r.registerNumber}</div>
                  </Td>
                  <Td>{PROGRAM_SHORT[r.program]}</Td>
                  {showPk ? <Td>{r.pkName ?? <span className="text-amber-800">Belum ditugaskan</span>}</Td> : null}
                  <Td><When r={r} group={g.group} countLate={countLate} /></Td>
                  <Td className="md:text-right"><Action r={r} today={today} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {paged ? (
        <Pager
          label={`Halaman ${meta.title}`}
          range={g.total ? pageRange(g.start, g.rows.length, g.total) : null}
          prevHref={g.prevCursor ? href({ grup: g.group, before: g.prevCursor }) : null}
          nextHref={g.nextCursor ? href({ grup: g.group, after: g.nextCursor }) : null}
        />
      ) : g.total > g.rows.length ? (
        <p className="mt-2 text-sm">
          <PendingLink href={href({ grup: g.group })} prefetch={false} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            Lihat semua {g.total.toLocaleString("id-ID")}: {meta.title.toLowerCase()}
          </PendingLink>
        </p>
      ) : null}
    </section>
  );
}

/**
 * What an arrival counts for: the oldest open window (a late one before the coming one), one tap; a
 * later window also open is named, to be recorded on the client's reporting page if need be.
 */
function WalkInAction({ c, today }: { c: WalkIn; today: Date }) {
  const [w, ...more] = c.open;
  if (!w) {
    if (c.reportedToday) return <Badge tone="green">Sudah lapor hari ini</Badge>;
    return <span className="text-sm text-slate-600">Tidak ada jadwal yang dibuka{c.nextDueOn ? `; berikutnya ${formatDate(c.nextDueOn)}` : ""}.</span>;
  }
  const label = w.inMonth ? `Jadwal bulan ${monthOf(w.dueOn)}` : `Jadwal ${formatDateShort(w.expectedOn)}`;
  return (
    <div className="sm:text-right">
      {c.reportedToday ? <Badge tone="green" className="mb-1">Sudah lapor hari ini</Badge> : null}
      <div className="mb-1 text-xs text-slate-600">
        {label}{w.expectedOn < today ? `, batas ${formatDateShort(w.closesOn)}` : ""}
        {more.length ? ` · juga dibuka: ${more.map((x) => (x.inMonth ? monthOf(x.dueOn) : formatDateShort(x.expectedOn))).join(", ")}` : ""}
      </div>
      <ArrivalButton clientId={c.clientId} dueOn={toIsoDate(w.dueOn)} name={c.fullName} />
    </div>
  );
}

function WalkInResults({ q, found, today }: { q: string; found: WalkIn[]; today: Date }) {
  return (
    <Card aria-labelledby="datang" className="mt-4">
      <CardHeader id="datang" title={`Hasil pencarian "${q}"`} description="Klien aktif yang cocok. Catat hadir untuk jadwal yang sedang dibuka." />
      {found.length === 0 ? (
        <CardBody><p className="text-sm text-slate-600">Tidak ada klien aktif dengan nama atau nomor register itu di kantor ini.</p></CardBody>
      ) : (
        <ul className="divide-y divide-slate-100">
          {found.map((c) => (
            <li key={c.clientId} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3 sm:px-5">
              <div className="min-w-0">
                <PendingLink href={`/clients/${c.clientId}/reporting`} prefetch={false} className="font-medium text-brand-700 hover:underline">{c.fullName}</PendingLink>
                <div className="text-xs text-slate-600"><span className="font-mono">{c.registerNumber}</span> · {PROGRAM_SHORT[c.program]}{c.pkName ? ` · PK ${c.pkName}` : ""}</div>
              </div>
              <WalkInAction c={c} today={today} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export default async function ReportingDeskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // A NIK never stays in a URL: the desk searches by name or register number only.
  if (nikIn(flat.q)) redirect("/reporting");
  const params = ZDeskParams.parse(flat);
  const desk = await getReportingDesk(user, params);
  const isPk = user.role === "PK";
  const href = (p: Record<string, string>) => {
    const qs = new URLSearchParams(p);
    return `/reporting?${qs}`;
  };
  const nothing = desk.groups.every((g) => g.total === 0);
  return (
    <>
      <PageHeader
        eyebrow={desk.paged ? <PendingLink href="/reporting" className="hover:underline">← Semua jadwal hari ini</PendingLink> : undefined}
        title={desk.paged ? `Lapor diri: ${GROUP[desk.paged].title.toLowerCase()}` : "Lapor diri hari ini"}
        description={`${formatDate(desk.today)} · ${isPk ? "klien bimbingan Anda" : user.officeName}. Catat hadir saat klien datang ke kantor; lapor jarak jauh dan izin dicatat di halaman wajib lapor klien.`}
      />
      <form method="get" action="/reporting" role="search" aria-label="Cari klien yang datang" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <Label htmlFor="q">Cari klien yang datang: nama atau nomor register</Label>
        <div className="mt-1 flex flex-wrap gap-2">
          <Input id="q" name="q" type="search" autoComplete="off" defaultValue={params.q ?? ""} placeholder="mis. Sutrisno atau 0012/JKS" className="min-w-0 flex-1 basis-56" />
          <Button type="submit" variant="secondary">Cari</Button>
        </div>
      </form>
      {params.q ? <WalkInResults q={params.q} found={desk.search ?? []} today={desk.today} /> : null}
      <div className="mt-6 space-y-8">
        {nothing && !desk.paged ? (
          <EmptyState title="Tidak ada jadwal lapor">
            Belum ada klien yang dijadwalkan lapor hari ini atau {DESK_AHEAD_DAYS} hari ke depan. Jadwal diatur di halaman wajib lapor tiap klien.
          </EmptyState>
        ) : (
          desk.groups.map((g) => <GroupSection key={g.group} g={g} today={desk.today} showPk={!isPk} href={href} paged={!!desk.paged} countLate={desk.countLate} />)
        )}
      </div>
    </>
  );
}
