import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientAlertsBox } from "@/components/visits/client-alerts";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { addDays, toIsoDate } from "@/lib/domain/calendar";
import { ATTENDANCE_CHANNEL_LABEL, ATTENDANCE_STATUS_LABEL, REPORTING_FREQUENCY_LABEL, RISK_LEVEL_LABEL } from "@/lib/domain/labels";
import { formatDate, formatDateShort, formatDateTime } from "@/lib/format";
import type { ReportingRow } from "@/lib/server/queries/reporting";
import { requireUser } from "@/lib/server/auth";
import { getClientReporting } from "@/lib/server/queries/reporting";
import { AttendanceForm, ConfirmMangkirForm, PastReportForm, ScheduleForm, type RecordableDay } from "./reporting-forms";

export const metadata: Metadata = { title: "Wajib lapor" };

const monthOf = (d: Date) => formatDate(d).split(" ").slice(1).join(" ");

/** "Desember 2026" for a whole-month window, else the due date. */
function dayLabel(r: ReportingRow): string {
  return r.window?.inMonth ? `Lapor bulan ${monthOf(r.dueOn)}` : formatDate(r.dueOn);
}

/** When a report counts: "1–31 Des 2026", or "22–31 Des 2026, diharapkan 28 Des". */
function windowText(r: ReportingRow): string | null {
  const w = r.window;
  if (!w) return "Disalin dari buku lapor";
  const span = `${formatDateShort(w.opensOn)} – ${formatDateShort(w.closesOn)}`;
  return w.inMonth || w.expectedOn.getTime() === r.dueOn.getTime() ? span : `${span}; diundur ke ${formatDateShort(w.expectedOn)} (hari libur)`;
}

function StatusBadge({ r, today }: { r: ReportingRow; today: Date }) {
  if (r.status === "HADIR") return <Badge tone={r.late ? "amber" : "green"}>{r.late ? "Hadir · terlambat" : "Hadir"}</Badge>;
  if (r.status === "IZIN") return <Badge tone="amber">Izin</Badge>;
  if (r.status === "MANGKIR") return <Badge tone="red">Mangkir</Badge>;
  if (r.status === "TIDAK_LAPOR") return <Badge tone="red">Tidak lapor · perlu konfirmasi</Badge>;
  if (r.window && r.window.opensOn <= today) return <Badge tone="blue">Dibuka s.d. {formatDateShort(r.window.closesOn)}</Badge>;
  return <Badge>Akan datang</Badge>;
}

export default async function ReportingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const data = await getClientReporting(user, id);
  if (!data) notFound();
  const { client: c, rows, today } = data;
  const current = c.reportingSchedules[0];
  // The window open now comes first (the desk's usual case), then the days waiting for confirmation.
  const recordable = rows.filter((r) => r.recordable).sort((a, b) => Number(a.status === "TIDAK_LAPOR") - Number(b.status === "TIDAK_LAPOR") || a.dueOn.getTime() - b.dueOn.getTime());
  const unconfirmed = recordable.filter((r) => r.status === "TIDAK_LAPOR");
  const active = c.status === "AKTIF";
  const todayIso = toIsoDate(today);
  const days: RecordableDay[] = recordable.map((r) => ({
    value: toIsoDate(r.dueOn),
    label: `${dayLabel(r)} (batas ${formatDateShort(r.window!.closesOn)})${r.status === "TIDAK_LAPOR" ? " · tidak lapor" : ""}`,
    opensOn: toIsoDate(r.window!.opensOn),
    lastDay: toIsoDate(r.window!.closesOn),
  }));
  const firstSchedule = c.reportingSchedules.at(-1);
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/clients/${c.id}`} className="hover:underline">← {c.fullName} · <span className="font-mono">{c.registerNumber}</span></Link>}
        title="Wajib lapor"
        description={current ? `${REPORTING_FREQUENCY_LABEL[current.frequency]}, berlaku sejak ${formatDate(current.startsOn)}${current.endsOn ? ` s.d. ${formatDate(current.endsOn)}` : ""}` : "Belum ada jadwal wajib lapor."}
      />
      <ClientAlertsBox alerts={data.alerts} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {active && unconfirmed.length > 0 && data.mayConfirm ? (
            <Card aria-labelledby="konfirmasi" className="border-red-200">
              <CardHeader
                id="konfirmasi" title="Perlu konfirmasi: tidak lapor"
                description="Batas lapor sudah lewat tanpa catatan. Hubungi atau kunjungi klien dulu. Bila klien ternyata lapor dalam batas waktu atau berhalangan, catat di bawah; bila tidak, konfirmasi mangkir. Baru setelah dikonfirmasi dicatat sebagai pelanggaran."
              />
              <CardBody className="space-y-5">
                {unconfirmed.map((r) => <ConfirmMangkirForm key={r.dueOn.toISOString()} clientId={c.id} dueOn={toIsoDate(r.dueOn)} label={dayLabel(r)} />)}
              </CardBody>
            </Card>
          ) : null}
          {active ? (
            <Card aria-labelledby="record">
              <CardHeader
                id="record" title="Catat lapor diri"
                description={data.window.monthlyInMonth ? "Oleh PK atau petugas meja layanan. Lapor bulanan dihitung pada hari kerja mana pun di bulannya." : "Oleh PK atau petugas meja layanan. Lapor dihitung dalam batas waktu tiap jadwal."}
              />
              <CardBody>
                {days.length === 0 ? (
                  <p className="text-sm text-slate-600">{current ? "Belum ada jadwal lapor yang dibuka saat ini." : "Atur jadwal wajib lapor terlebih dahulu."}</p>
                ) : (
                  <AttendanceForm clientId={c.id} days={days} today={todayIso} />
                )}
              </CardBody>
            </Card>
          ) : null}
          <Card aria-labelledby="register">
            <CardHeader id="register" title="Daftar lapor diri" description="Jadwal yang lewat batas tanpa catatan ditandai tidak lapor, lalu dikonfirmasi PK." />
            {rows.length === 0 ? (
              <div className="p-4"><EmptyState title="Belum ada jadwal lapor">Atur jadwal wajib lapor; tanggal lapor akan muncul di sini.</EmptyState></div>
            ) : (
              <Table caption="Daftar lapor diri">
                <thead><tr><Th>Jadwal</Th><Th>Status</Th><Th>Keterangan</Th><Th>Dicatat</Th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((r) => (
                    <tr key={r.dueOn.toISOString()}>
                      <Td>
                        <div className="whitespace-nowrap font-medium">{r.window?.inMonth ? monthOf(r.dueOn) : formatDateShort(r.dueOn)}</div>
                        <div className="text-xs text-slate-600">{windowText(r)}</div>
                      </Td>
                      <Td><StatusBadge r={r} today={today} /></Td>
                      <Td className="text-slate-600">
                        {[r.attendedOn ? `Lapor ${formatDateShort(r.attendedOn)}` : null, r.channel ? ATTENDANCE_CHANNEL_LABEL[r.channel] : null, r.excuseReason, r.mangkirReason, r.note].filter(Boolean).join(" · ") || "—"}
                      </Td>
                      <Td className="whitespace-nowrap text-slate-600">{r.recordedBy ?? "—"}{r.attendedAt ? <div className="text-xs">{formatDateTime(r.attendedAt, user.timeZone)}</div> : null}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          {active ? (
            <Card aria-labelledby="schedule">
              <CardHeader id="schedule" title={current ? "Ubah jadwal" : "Atur jadwal"} description={current ? "Jadwal lama berakhir sehari sebelum jadwal baru berlaku." : "Usulan frekuensi mengikuti pengaturan kantor untuk program dan tahap klien."} />
              <CardBody>
                <ScheduleForm clientId={c.id} frequency={current?.frequency ?? data.defaultFrequency} startsOn={toIsoDate(today)} />
                {data.riskLevel && data.defaultFrequency !== "NONE" ? <p className="mt-3 text-xs text-slate-600">Usulan frekuensi mengikuti bawaan kantor untuk risiko {RISK_LEVEL_LABEL[data.riskLevel].toLowerCase()} (<Link className="underline" href={`/clients/${c.id}/assessments`}>asesmen terbaru</Link>).</p> : null}
                {!current && data.defaultFrequency === "NONE" ? <p className="mt-3 text-xs text-slate-600">Program klien ini biasanya tanpa wajib lapor; atur hanya bila diperlukan.</p> : null}
              </CardBody>
            </Card>
          ) : null}
          {active && (!firstSchedule || firstSchedule.startsOn > c.guidanceStart) ? (
            <Card aria-labelledby="past">
              <CardHeader id="past" title="Catat lapor lampau" description="Lapor sebelum jadwal dicatat di aplikasi, disalin dari buku lapor diri." />
              <CardBody><PastReportForm clientId={c.id} max={toIsoDate(firstSchedule && firstSchedule.startsOn < today ? firstSchedule.startsOn : addDays(today, -1))} /></CardBody>
            </Card>
          ) : null}
          <Card aria-labelledby="history">
            <CardHeader id="history" title="Riwayat jadwal" />
            <CardBody>
              {c.reportingSchedules.length === 0 ? (
                <p className="text-sm text-slate-600">Belum ada jadwal.</p>
              ) : (
                <ol className="space-y-2 text-sm">
                  {c.reportingSchedules.map((s) => (
                    <li key={s.id} className="border-l-2 border-slate-200 pl-3">
                      <div className="font-medium">{REPORTING_FREQUENCY_LABEL[s.frequency]}</div>
                      <div className="text-xs text-slate-600">{formatDateShort(s.startsOn)} – {s.endsOn ? formatDateShort(s.endsOn) : "sekarang"}{s.note ? ` · ${s.note}` : ""}</div>
                    </li>
                  ))}
                </ol>
              )}
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  );
}
