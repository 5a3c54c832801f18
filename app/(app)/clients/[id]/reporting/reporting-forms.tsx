"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { ATTENDANCE_CHANNELS, REPORTING_FREQUENCIES, type ReportingFrequency } from "@/lib/domain/enums";
import { ATTENDANCE_CHANNEL_LABEL, REPORTING_FREQUENCY_LABEL } from "@/lib/domain/labels";
import { confirmMangkirAction, recordAttendanceAction, recordPastReportAction, setReportingScheduleAction } from "./actions";

type Res = { ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined> };

function useSubmit(action: (input: unknown) => Promise<Res>) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [res, setRes] = useState<Res | null>(null);
  async function submit(input: Record<string, unknown>) {
    setPending(true);
    setRes(null);
    const r = await action(input);
    setPending(false);
    setRes(r);
    if (r.ok) router.refresh();
  }
  const err = (k: string) => (res && !res.ok ? res.fieldErrors?.[k]?.[0] : undefined);
  return { pending, res, submit, err };
}

export function ScheduleForm({ clientId, frequency, startsOn }: { clientId: string; frequency: ReportingFrequency | "NONE"; startsOn: string }) {
  // A schedule starts today or later: it never makes up missed reports in the past.
  const { pending, res, submit, err } = useSubmit(setReportingScheduleAction);
  return (
    <form
      noValidate
      aria-label="Atur jadwal wajib lapor"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        void submit({ clientId, frequency: fd.get("frequency"), startsOn: fd.get("startsOn"), note: fd.get("note") || undefined });
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <Field id="frequency" label="Frekuensi" error={err("frequency")}>
        <Select name="frequency" defaultValue={frequency === "NONE" ? "MONTHLY" : frequency} {...describedBy("frequency", err("frequency"))}>
          {REPORTING_FREQUENCIES.map((f) => <option key={f} value={f}>{REPORTING_FREQUENCY_LABEL[f]}</option>)}
        </Select>
      </Field>
      <Field id="startsOn" label="Berlaku mulai" hint="Lapor pertama satu periode setelah tanggal ini." error={err("startsOn")}>
        <Input type="date" name="startsOn" defaultValue={startsOn} min={startsOn} {...describedBy("startsOn", err("startsOn"), "x")} />
      </Field>
      <Field id="scheduleNote" label="Catatan (opsional)" error={err("note")}>
        <Input name="note" {...describedBy("scheduleNote", err("note"))} placeholder="mis. sesuai kontrak bimbingan" />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Simpan jadwal"}
      </Button>
    </form>
  );
}

export interface RecordableDay {
  value: string;
  label: string;
  /** The window, "yyyy-mm-dd": a report counts from opensOn to closesOn (today at most). */
  opensOn: string;
  lastDay: string;
}

export function AttendanceForm({ clientId, days, today }: { clientId: string; days: RecordableDay[]; today: string }) {
  const { pending, res, submit, err } = useSubmit(recordAttendanceAction);
  const [status, setStatus] = useState<"HADIR" | "IZIN">("HADIR");
  const [due, setDue] = useState(days[0]?.value ?? "");
  const day = days.find((d) => d.value === due) ?? days[0];
  return (
    <form
      noValidate
      aria-label="Catat lapor diri"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        void submit({
          clientId, dueOn: fd.get("dueOn"), status, attendedOn: status === "HADIR" ? fd.get("attendedOn") || undefined : undefined,
          channel: status === "HADIR" ? fd.get("channel") : undefined, excuseReason: fd.get("excuseReason") || undefined, note: fd.get("note") || undefined,
        });
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="dueOn" label="Jadwal" error={err("dueOn")}>
          <Select name="dueOn" value={due} onChange={(e) => setDue(e.target.value)} {...describedBy("dueOn", err("dueOn"))}>
            {days.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
          </Select>
        </Field>
        <Field id="attStatus" label="Kehadiran">
          <Select id="attStatus" value={status} onChange={(e) => setStatus(e.target.value as "HADIR" | "IZIN")}>
            <option value="HADIR">Hadir</option>
            <option value="IZIN">Izin</option>
          </Select>
        </Field>
      </div>
      {status === "HADIR" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="attendedOn" label="Tanggal lapor" hint="Hari klien lapor diri, di dalam batas waktu jadwal." error={err("attendedOn")}>
            <Input
              key={due} type="date" name="attendedOn" defaultValue={day && day.lastDay < today ? day.lastDay : today}
              min={day?.opensOn} max={day && day.lastDay < today ? day.lastDay : today} {...describedBy("attendedOn", err("attendedOn"), "x")}
            />
          </Field>
          <Field id="channel" label="Cara lapor" error={err("channel")}>
            <Select name="channel" defaultValue="KANTOR" {...describedBy("channel", err("channel"))}>
              {ATTENDANCE_CHANNELS.map((c) => <option key={c} value={c}>{ATTENDANCE_CHANNEL_LABEL[c]}</option>)}
            </Select>
          </Field>
        </div>
      ) : (
        <Field id="attExcuse" label="Alasan izin" error={err("excuseReason")}>
          <Input name="excuseReason" {...describedBy("attExcuse", err("excuseReason"))} />
        </Field>
      )}
      <Field id="attNote" label="Catatan (opsional)" error={err("note")}>
        <Input name="note" {...describedBy("attNote", err("note"))} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Catat lapor diri"}
      </Button>
    </form>
  );
}

/** The PK confirms one day the client did not report: after following it up, with the reason. */
export function ConfirmMangkirForm({ clientId, dueOn, label }: { clientId: string; dueOn: string; label: string }) {
  const { pending, res, submit, err } = useSubmit(confirmMangkirAction);
  const id = `reason-${dueOn}`;
  return (
    <form
      noValidate
      aria-label={`Konfirmasi mangkir ${label}`}
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void submit({ clientId, dueOn, reason: new FormData(e.currentTarget).get("reason") });
      }}
    >
      {res && !res.ok ? <Alert tone="error">{res.error}</Alert> : null}
      <Field id={id} label={`Tindak lanjut dan alasan (${label})`} hint="mis. ditelepon dua kali tidak aktif; kunjungan rumah 3/12, klien tidak di alamat." error={err("reason")}>
        <Textarea name="reason" rows={2} {...describedBy(id, err("reason"), "x")} />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Konfirmasi mangkir"}
      </Button>
    </form>
  );
}

/** A report from before the schedule was kept here, copied from the paper register. */
export function PastReportForm({ clientId, max }: { clientId: string; max: string }) {
  const { pending, res, submit, err } = useSubmit(recordPastReportAction);
  return (
    <form
      noValidate
      aria-label="Catat lapor lampau"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        void submit({ clientId, reportedOn: fd.get("reportedOn"), channel: fd.get("channel"), note: fd.get("note") || undefined });
      }}
    >
      {res ? <Alert tone={res.ok ? "success" : "error"}>{res.ok ? res.message : res.error}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="reportedOn" label="Tanggal lapor" error={err("reportedOn")}>
          <Input type="date" name="reportedOn" max={max} {...describedBy("reportedOn", err("reportedOn"))} />
        </Field>
        <Field id="pastChannel" label="Cara lapor" error={err("channel")}>
          <Select name="channel" defaultValue="KANTOR" {...describedBy("pastChannel", err("channel"))}>
            {ATTENDANCE_CHANNELS.map((c) => <option key={c} value={c}>{ATTENDANCE_CHANNEL_LABEL[c]}</option>)}
          </Select>
        </Field>
      </div>
      <Field id="pastNote" label="Catatan (opsional)" error={err("note")}>
        <Input name="note" placeholder="mis. buku lapor diri hlm. 12" {...describedBy("pastNote", err("note"))} />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? <Spinner /> : null}
        {pending ? "Menyimpan…" : "Catat lapor lampau"}
      </Button>
    </form>
  );
}
