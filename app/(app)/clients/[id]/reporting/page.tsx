import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientAlertsBox } from "@/components/visits/client-alerts";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { toIsoDate } from "@/lib/domain/calendar";
import { ATTENDANCE_CHANNEL_LABEL, ATTENDANCE_STATUS_LABEL, REPORTING_FREQUENCY_LABEL } from "@/lib/domain/labels";
import { formatDate, formatDateShort, formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { getClientReporting } from "@/lib/server/queries/reporting";
import { AttendanceForm, ScheduleForm } from "./reporting-forms";

export const metadata: Metadata = { title: "Wajib lapor" };

export default async function ReportingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const data = await getClientReporting(user, id);
  if (!data) notFound();
  const { client: c, rows, today } = data;
  const current = c.reportingSchedules[0];
  const recordable = rows.filter((r) => r.recordable).sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
  const active = c.status === "AKTIF";
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
          {active ? (
            <Card aria-labelledby="record">
              <CardHeader id="record" title="Catat lapor diri" description="Oleh PK atau petugas meja layanan. Jadwal hari ini dan sepekan ke depan." />
              <CardBody>
                {recordable.length === 0 ? (
                  <p className="text-sm text-slate-600">{current ? "Tidak ada jadwal lapor hari ini atau sepekan ke depan." : "Atur jadwal wajib lapor terlebih dahulu."}</p>
                ) : (
                  <AttendanceForm clientId={c.id} days={recordable.map((r) => ({ value: toIsoDate(r.dueOn), label: `${formatDate(r.dueOn)}${r.dueOn.getTime() === today.getTime() ? " (hari ini)" : ""}` }))} />
                )}
              </CardBody>
            </Card>
          ) : null}
          <Card aria-labelledby="register">
            <CardHeader id="register" title="Daftar lapor diri" description="Jadwal yang lewat tanpa lapor ditandai mangkir oleh sistem." />
            {rows.length === 0 ? (
              <div className="p-4"><EmptyState title="Belum ada jadwal lapor">Atur jadwal wajib lapor; tanggal lapor akan muncul di sini.</EmptyState></div>
            ) : (
              <Table caption="Daftar lapor diri">
                <thead><tr><Th>Jadwal</Th><Th>Status</Th><Th>Keterangan</Th><Th>Dicatat</Th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((r) => (
                    <tr key={r.dueOn.toISOString()}>
                      <Td className="whitespace-nowrap">{formatDateShort(r.dueOn)}</Td>
                      <Td>
                        {r.status ? (
                          <Badge tone={r.status === "HADIR" ? "green" : r.status === "IZIN" ? "amber" : "red"}>{ATTENDANCE_STATUS_LABEL[r.status]}</Badge>
                        ) : r.dueOn.getTime() === today.getTime() ? <Badge tone="blue">Hari ini</Badge> : <Badge>Akan datang</Badge>}
                      </Td>
                      <Td className="text-slate-600">{[r.channel ? ATTENDANCE_CHANNEL_LABEL[r.channel] : null, r.excuseReason, r.note].filter(Boolean).join(" · ") || "—"}</Td>
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
                {!current && data.defaultFrequency === "NONE" ? <p className="mt-3 text-xs text-slate-600">Program klien ini biasanya tanpa wajib lapor; atur hanya bila diperlukan.</p> : null}
              </CardBody>
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
