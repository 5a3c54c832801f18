import "server-only";
import { addDays, daysBetween, todayIn, toIsoDate } from "@/lib/domain/calendar";
import { openWindows, unreportedWindows } from "@/lib/domain/reporting";
import type { RevocationStatus, Role } from "@/lib/domain/enums";
import { assertCan, type CurrentUser } from "../auth";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client.ts";
import { clientWindows, officeReportingRules, SCHEDULE_SELECT } from "../services/reporting-common";
import { clientScope } from "./scope";
import { clock } from "../../clock";
import { litmasScope } from "./litmas";
import { pendampinganClocks } from "./pendampingan";
import { reassessmentsDue } from "./risk-assessment";

export type TaskKind = "REVOCATION" | "MISSED_REPORT" | "REPORT_DUE" | "NO_OUTCOME" | "LITMAS" | "STAGE_REVIEW" | "FOLLOW_UP" | "PENDAMPINGAN" | "REASSESSMENT";

export interface TaskItem {
  key: string;
  kind: TaskKind;
  /** Whom it is about: a client, or a person with a litmas who is not in guidance (no register number). */
  client: { id?: string; fullName: string; registerNumber: string | null };
  title: string;
  detail?: string;
  /** The calendar day it is due; overdue when before today. */
  dueOn: Date;
  /** Days late (> 0), due today (0) or days left (< 0). */
  lateBy: number;
  href: string;
  actionLabel: string;
  /** A pendampingan's 1x24-hour presence clock: always on top. */
  urgent?: boolean;
}

/** How far ahead the inbox looks. */
export const TASK_HORIZON_DAYS = 7;

const REVOCATION_WAITING_ON: Record<Role, RevocationStatus[]> = {
  PK: ["PROPOSED"],
  KASI: [],
  ADMIN: ["PK_REPORTED"],
  KEPALA_BAPAS: ["PK_REPORTED", "TPP_RECOMMENDED", "SUSPENDED", "REFERRED"],
};

/** How far back the inbox looks for a closed reporting window the hourly job has not marked yet. */
const UNMARKED_LOOKBACK_DAYS = 62;

/**
 * Tugas saya: everything due across the user's clients (a PK's caseload; the office for the Kepala
 * and the admin), overdue first. It only reads: a reporting window that closed with nothing recorded
 * is marked TIDAK_LAPOR by the hourly job (lib/server/jobs.ts) or when the client's reporting page is
 * opened; until then the inbox derives it from the same windows, so it shows at once either way.
 */
export async function getTasks(user: CurrentUser, now = clock.now()): Promise<{ items: TaskItem[]; today: Date }> {
  assertCan(user, "client:read");
  const today = todayIn(user.timeZone, now);
  const horizon = addDays(today, TASK_HORIZON_DAYS);
  const scope: Prisma.ClientWhereInput = { AND: [clientScope(user), { status: "AKTIF" }] };
  const since = addDays(today, -UNMARKED_LOOKBACK_DAYS);

  const clientSel = { select: { id: true, fullName: true, registerNumber: true } } as const;
  const [office, revocations, missed, schedules, noOutcome, litmas, stages, followUps, reassessments, pendampingan] = await Promise.all([
    prisma.office.findUniqueOrThrow({ where: { id: user.officeId }, select: { settings: true } }),
    prisma.revocationProceeding.findMany({
      where: { client: scope, status: { in: REVOCATION_WAITING_ON[user.role] } },
      select: { id: true, status: true, authority: true, createdAt: true, pkReportedAt: true, client: clientSel },
    }),
    prisma.reportingAttendance.findMany({
      where: { client: scope, status: "TIDAK_LAPOR" },
      select: { id: true, dueOn: true, client: { select: { ...clientSel.select, contacts: { orderBy: { occurredAt: "desc" }, take: 1, select: { occurredAt: true } } } } },
    }),
    prisma.client.findMany({
      where: { AND: [scope, { reportingSchedules: { some: {} } }] },
      select: {
        ...clientSel.select, guidanceEnd: true,
        reportingSchedules: SCHEDULE_SELECT,
        attendances: { where: { dueOn: { gte: since } }, select: { dueOn: true } },
        contacts: { orderBy: { occurredAt: "desc" }, take: 1, select: { occurredAt: true } },
      },
    }),
    user.role === "PK"
      ? prisma.contact.findMany({ where: { client: scope, pkId: user.id, outcome: null, occurredAt: { lte: now } }, select: { id: true, occurredAt: true, type: true, client: clientSel } })
      : Promise.resolve([]),
    prisma.litmas.findMany({
      where: { AND: [litmasScope(user), { status: { in: ["ASSIGNED", "DRAFT", "RETURNED"] }, dueAt: { not: null } }] },
      select: { id: true, status: true, dueAt: true, purpose: true, client: { select: { registerNumber: true } }, person: { select: { fullName: true } } },
    }),
    prisma.guidanceStage.findMany({
      where: { client: { AND: [scope, { transitions: { none: { status: { in: ["PROPOSED", "TPP_REVIEWED"] } } } }] }, status: "ACTIVE", kind: { not: "AKHIR" }, plannedEnd: { lte: horizon } },
      select: { id: true, kind: true, plannedEnd: true, client: clientSel },
    }),
    prisma.contact.findMany({
      where: { client: scope, followUpOn: { not: null, lte: horizon } },
      orderBy: { occurredAt: "desc" },
      select: {
        id: true, occurredAt: true, followUpOn: true, clientId: true,
        client: { select: { ...clientSel.select, contacts: { orderBy: { occurredAt: "desc" }, take: 1, select: { occurredAt: true } } } },
      },
    }),
    reassessmentsDue(user, scope, now),
    user.role === "PK" ? pendampinganClocks(user, now) : Promise.resolve([]),
  ]);

  const rules = officeReportingRules(office.settings);
  const items: TaskItem[] = [];
  const push = (t: Omit<TaskItem, "lateBy">) => items.push({ ...t, lateBy: daysBetween(t.dueOn, today) });
  const dayOf = (d: Date) => todayIn(user.timeZone, d);

  for (const r of revocations) {
    const what = r.status === "PROPOSED" ? "Periksa usulan pencabutan dan buat laporan" : r.status === "PK_REPORTED" ? "Catat rekomendasi TPP atas usulan pencabutan" : r.status === "TPP_RECOMMENDED" ? (r.authority === "MENTERI" ? "Putuskan pencabutan sementara atau lanjutkan bimbingan" : "Laporkan ke pihak berwenang atau lanjutkan bimbingan") : "Catat hasil akhir pencabutan";
    push({ key: `rev-${r.id}`, kind: "REVOCATION", client: r.client, title: what, dueOn: dayOf(r.pkReportedAt ?? r.createdAt), href: `/violations/revocations/${r.id}`, actionLabel: "Buka proses" });
  }
  const pushMissed = (key: string, client: TaskItem["client"] & { id: string }, dueOn: Date, lastContact: Date | undefined) => {
    // Followed up (a contact since the day) or not: the PK still has to confirm or excuse it.
    const followedUp = !!lastContact && dayOf(lastContact).getTime() >= dueOn.getTime();
    push({
      key, kind: "MISSED_REPORT", client, dueOn: addDays(dueOn, 1), href: `/clients/${client.id}/reporting#konfirmasi`,
      title: followedUp ? "Tidak lapor: konfirmasi mangkir atau catat izin" : "Tidak lapor: hubungi atau kunjungi klien, lalu konfirmasi",
      actionLabel: "Tindak lanjuti",
    });
  };
  for (const m of missed) {
    const { contacts, ...client } = m.client;
    pushMissed(`miss-${m.id}`, client, m.dueOn, contacts[0]?.occurredAt);
  }
  for (const c of schedules) {
    const windows = clientWindows(rules, c.reportingSchedules, c.guidanceEnd, horizon);
    const client = { id: c.id, fullName: c.fullName, registerNumber: c.registerNumber };
    // Closed with nothing recorded and not yet marked by the job: shown now, marked when opened.
    for (const w of unreportedWindows(windows.filter((x) => x.dueOn >= since), c.attendances.map((a) => a.dueOn), today)) {
      pushMissed(`miss-${c.id}-${toIsoDate(w.dueOn)}`, client, w.dueOn, c.contacts[0]?.occurredAt);
    }
    const next = openWindows(windows, c.attendances.map((a) => a.dueOn), today)[0]
      ?? windows.find((w) => w.opensOn > today && !c.attendances.some((a) => a.dueOn.getTime() === w.dueOn.getTime()));
    if (!next) continue;
    // A whole-month window is due at its close; a dated one on the expected day.
    const dueOn = next.inMonth ? next.closesOn : next.expectedOn;
    push({
      key: `due-${c.id}`, kind: "REPORT_DUE", client,
      title: next.inMonth ? "Wajib lapor bulan ini" : "Jadwal wajib lapor", dueOn, href: `/clients/${c.id}/reporting`, actionLabel: "Catat lapor diri",
    });
  }
  for (const k of noOutcome) {
    push({ key: `out-${k.id}`, kind: "NO_OUTCOME", client: k.client, title: "Kontak belum ada hasilnya", dueOn: dayOf(k.occurredAt), href: `/clients/${k.client.id}/contacts/${k.id}`, actionLabel: "Isi hasil" });
  }
  for (const l of litmas) {
    push({ key: `lit-${l.id}`, kind: "LITMAS", client: { fullName: l.person.fullName, registerNumber: l.client?.registerNumber ?? null }, title: l.status === "RETURNED" ? "Perbaiki litmas yang dikembalikan" : "Selesaikan litmas", dueOn: dayOf(l.dueAt!), href: `/litmas/${l.id}`, actionLabel: "Buka litmas" });
  }
  for (const s of stages) {
    push({ key: `stage-${s.id}`, kind: "STAGE_REVIEW", client: s.client, title: "Tahap bimbingan berakhir: usulkan peralihan tahap", dueOn: s.plannedEnd, href: `/clients/${s.client.id}/stages`, actionLabel: "Tinjau tahap" });
  }
  const seenFollow = new Set<string>();
  for (const f of followUps) {
    if (seenFollow.has(f.clientId)) continue; // only the latest follow-up per client
    seenFollow.add(f.clientId);
    const { contacts, ...client } = f.client;
    if ((contacts[0]?.occurredAt.getTime() ?? 0) > f.occurredAt.getTime()) continue; // contacted again since
    push({ key: `fu-${f.id}`, kind: "FOLLOW_UP", client, title: "Tindak lanjut kontak", dueOn: f.followUpOn!, href: `/clients/${client.id}/contacts/new`, actionLabel: "Catat kontak" });
  }
  for (const r of reassessments) {
    push({
      key: `ra-${r.id}`, kind: "REASSESSMENT", client: r.client, title: r.newInfoNote ? "Asesmen ulang risiko dan kebutuhan (ada informasi baru)" : "Asesmen ulang risiko dan kebutuhan (tahunan)",
      dueOn: r.reassessDueOn, href: `/clients/${r.client.id}/assessments`, actionLabel: "Buka asesmen",
    });
  }
  if (user.role === "PK") {
    const PENDAMPINGAN_TITLE = { PRESENCE: "Hadir mendampingi anak (1×24 jam)", AGREEMENT_DEADLINE: "Awasi pelaksanaan kesepakatan diversi", OFFICIAL_ACTION: "Laporan kesepakatan tidak dilaksanakan: pantau tindak lanjut pejabat (7 hari)" } as const;
    for (const c of pendampingan) {
      if (c.kind !== "PRESENCE" && c.dueAt.getTime() > addDays(horizon, 1).getTime()) continue;
      push({
        key: `pdp-${c.kind}-${c.row.id}`, kind: "PENDAMPINGAN", client: { fullName: c.row.person.fullName, registerNumber: null }, title: PENDAMPINGAN_TITLE[c.kind],
        detail: c.row.offence, dueOn: dayOf(c.dueAt), href: `/pendampingan/${c.row.id}`, actionLabel: "Buka pendampingan", urgent: c.kind === "PRESENCE",
      });
    }
  }
  items.sort((a, b) => Number(Boolean(b.urgent)) - Number(Boolean(a.urgent)) || a.dueOn.getTime() - b.dueOn.getTime() || a.client.fullName.localeCompare(b.client.fullName));
  return { items, today };
}
