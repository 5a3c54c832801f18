// The front desk's daftar lapor diri (app/(app)/reporting): who is due today, in the next 7 days, and
// past the expected day with the window still open, computed in SQL; the arrival tap is idempotent.
import { afterEach, describe, expect, it } from "vitest";
import { addDays, toIsoDate, utcDate } from "@/lib/domain/calendar";
import { deskGroup, openWindows, reportingWindows, type DeskGroup } from "@/lib/domain/reporting";
import { workCalendar } from "@/lib/domain/working-days";
import { clock } from "@/lib/clock";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getReportingDesk } from "@/lib/server/queries/reporting-desk";
import { recordArrival } from "@/lib/server/services/record-arrival";
import { createAttendance, createClient, createReportingSchedule } from "../factories";
import { actorFor } from "../support/actors";
import { twoOfficeStaff } from "../support/offices";

afterEach(() => clock.reset());

/** 10.00 in Jakarta on a calendar day. */
const at = (day: Date) => new Date(day.getTime() + 3 * 3_600_000);

async function world(today: Date) {
  const { jks, mks, u: staff } = await twoOfficeStaff();
  const u = { ...staff, pkA: staff.pk, pkB: staff.otherPk };
  const client = async (pk: { id: string }, frequency: "WEEKLY" | "BIWEEKLY" | "MONTHLY", startsOn: Date, officeId = jks.id, officeCode = "JKS") => {
    const c = await createClient(prisma, { officeId, officeCode, assignedPkId: pk.id, today, guidanceStart: addDays(today, -200), guidanceEnd: addDays(today, 200) });
    await createReportingSchedule(prisma, { clientId: c.id, frequency, startsOn });
    return c;
  };
  return { jks, mks, u, client };
}

const names = (page: { rows: { fullName: string; clientId: string }[] } | undefined) => (page?.rows ?? []).map((r) => r.clientId).sort();
const group = (desk: Awaited<ReturnType<typeof getReportingDesk>>, g: DeskGroup) => desk.groups.find((x) => x.group === g)!;

async function expectError(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

/** What the domain says, client by client: the same groups the SQL finds. */
async function domainGroups(officeId: string, today: Date): Promise<Record<DeskGroup, string[]>> {
  const cal = workCalendar();
  const out: Record<DeskGroup, string[]> = { TODAY: [], WEEK: [], OPEN_PAST: [] };
  const clients = await prisma.client.findMany({ where: { officeId }, select: { id: true, guidanceEnd: true, reportingSchedules: true, attendances: true } });
  for (const c of clients) {
    const windows = reportingWindows(c.reportingSchedules, c.guidanceEnd, addDays(today, 7), cal);
    const recorded = c.attendances.map((a) => a.dueOn);
    const open = new Set(openWindows(windows, recorded, today).map((w) => w.dueOn.getTime()));
    for (const w of windows) {
      const g = deskGroup(w, today);
      if (!g || (g === "OPEN_PAST" && !open.has(w.dueOn.getTime()))) continue;
      out[g].push(c.id);
    }
  }
  for (const g of Object.keys(out) as DeskGroup[]) out[g].sort();
  return out;
}

describe("the reporting day view", () => {
  it("groups due today, the next 7 days and open windows past the expected day; reported ones show as done", async () => {
    const today = utcDate(2026, 12, 7); // a Monday
    clock.set(at(today));
    const w = await world(today);
    const dueToday = await w.client(w.u.pkA, "WEEKLY", addDays(today, -7));
    const reported = await w.client(w.u.pkA, "WEEKLY", addDays(today, -7));
    await createAttendance(prisma, { clientId: reported.id, dueOn: today, attendedOn: today });
    const nextWeek = await w.client(w.u.pkA, "WEEKLY", addDays(today, -4)); // due Thu 10 Dec
    const pastOpen = await w.client(w.u.pkA, "WEEKLY", addDays(today, -10)); // due Fri 4 Dec, open 3 working days after
    const beyond = await w.client(w.u.pkA, "MONTHLY", utcDate(2026, 10, 20)); // due Sun 20 Dec: window open, expected after the 7 days
    const otherPk = await w.client(w.u.pkB, "BIWEEKLY", addDays(today, -14));
    await w.client(w.u.pkMks, "WEEKLY", addDays(today, -7), w.mks.id, "MKS");

    const desk = await getReportingDesk(await actorFor(w.u.kepala.id), {});
    expect(names(group(desk, "TODAY"))).toEqual([dueToday.id, reported.id, otherPk.id].sort());
    expect(group(desk, "TODAY").rows.find((r) => r.clientId === reported.id)).toMatchObject({ status: "HADIR" });
    expect(group(desk, "TODAY").rows.find((r) => r.clientId === dueToday.id)).toMatchObject({ status: null, expectedOn: today });
    // Weekly clients come again next Monday; the one due Friday 4 Dec again on Friday 11 Dec.
    expect(names(group(desk, "WEEK"))).toEqual([nextWeek.id, dueToday.id, reported.id, pastOpen.id].sort());
    expect(names(group(desk, "OPEN_PAST"))).toEqual([pastOpen.id]);
    expect([group(desk, "TODAY").total, group(desk, "TODAY").done]).toEqual([3, 1]);
    expect(desk.groups.flatMap((g) => g.rows).some((r) => r.clientId === beyond.id)).toBe(false);
    expect(await domainGroups(w.jks.id, today)).toEqual({ TODAY: names(group(desk, "TODAY")), WEEK: names(group(desk, "WEEK")), OPEN_PAST: names(group(desk, "OPEN_PAST")) });

    // A walk-in found by name: the open month window counts today.
    const found = await getReportingDesk(await actorFor(w.u.admin.id), { q: beyond.fullName.slice(0, 6) });
    const hit = found.search!.find((c) => c.clientId === beyond.id)!;
    expect(hit.open.map((x) => toIsoDate(x.dueOn))).toEqual(["2026-12-20"]);
  });

  it("is scoped: a PK sees their own clients, another office sees its own, a Kasi is refused", async () => {
    const today = utcDate(2026, 12, 7);
    clock.set(at(today));
    const w = await world(today);
    const mine = await w.client(w.u.pkA, "WEEKLY", addDays(today, -7));
    await w.client(w.u.pkB, "WEEKLY", addDays(today, -7));
    const mks = await w.client(w.u.pkMks, "WEEKLY", addDays(today, -7), w.mks.id, "MKS");
    expect(names(group(await getReportingDesk(await actorFor(w.u.pkA.id), {}), "TODAY"))).toEqual([mine.id]);
    expect(names(group(await getReportingDesk(await actorFor(w.u.pkMks.id), {}), "TODAY"))).toEqual([mks.id]);
    expect((await getReportingDesk(await actorFor(w.u.pkA.id), { q: mine.fullName })).search!.map((c) => c.clientId)).toEqual([mine.id]);
    await expectError(getReportingDesk(await actorFor(w.u.kasi.id), {}), "FORBIDDEN");
    // The other office's PK cannot record an arrival here.
    await expectError(recordArrival(await actorFor(w.u.pkMks.id), { clientId: mine.id, dueOn: toIsoDate(today) }), "NOT_FOUND");
    await expectError(recordArrival(await actorFor(w.u.pkB.id), { clientId: mine.id, dueOn: toIsoDate(today) }), "NOT_FOUND");
    expect(await prisma.reportingAttendance.count()).toBe(0);
  });

  it("29 February: a monthly day from the 29th and from the 31st falls on it", async () => {
    const today = utcDate(2028, 2, 29); // a Tuesday in a leap year
    clock.set(at(today));
    const w = await world(today);
    const from29 = await w.client(w.u.pkA, "MONTHLY", utcDate(2028, 1, 29));
    const from31 = await w.client(w.u.pkA, "MONTHLY", utcDate(2027, 12, 31));
    const weekly = await w.client(w.u.pkA, "WEEKLY", utcDate(2028, 2, 22));
    const desk = await getReportingDesk(await actorFor(w.u.admin.id), {});
    expect(names(group(desk, "TODAY"))).toEqual([from29.id, from31.id, weekly.id].sort());
    expect(group(desk, "TODAY").rows.every((r) => toIsoDate(r.dueOn) === "2028-02-29")).toBe(true);
    expect(await domainGroups(w.jks.id, today)).toMatchObject({ TODAY: names(group(desk, "TODAY")) });
  });

  it("across the year's end: New Year's Day moves to the next working day", async () => {
    const today = utcDate(2026, 12, 31); // Thursday; 1 Jan 2027 is a holiday, then the weekend
    clock.set(at(today));
    const w = await world(today);
    const thu = await w.client(w.u.pkA, "WEEKLY", utcDate(2026, 12, 24));
    const newYear = await w.client(w.u.pkA, "WEEKLY", utcDate(2026, 12, 25)); // due Fri 1 Jan 2027
    const monthly = await w.client(w.u.pkA, "MONTHLY", utcDate(2026, 11, 4)); // due 4 Jan 2027
    const desk = await getReportingDesk(await actorFor(w.u.kepala.id), {});
    expect(names(group(desk, "TODAY"))).toEqual([thu.id]);
    const week = group(desk, "WEEK");
    expect(names(week)).toEqual([thu.id, newYear.id, monthly.id].sort());
    // December's day (4 Dec) is still open to the month's last working day.
    expect(names(group(desk, "OPEN_PAST"))).toEqual([monthly.id]);
    expect(toIsoDate(week.rows.find((r) => r.clientId === newYear.id)!.expectedOn)).toBe("2027-01-04");
    expect(week.rows.filter((r) => r.clientId === monthly.id).map((r) => toIsoDate(r.dueOn))).toEqual(["2027-01-04"]);
    expect(await domainGroups(w.jks.id, today)).toEqual({ TODAY: names(group(desk, "TODAY")), WEEK: names(week), OPEN_PAST: names(group(desk, "OPEN_PAST")) });
  });

  it("pages a group by keyset with its total, forward and back", async () => {
    const today = utcDate(2026, 12, 7);
    clock.set(at(today));
    const w = await world(today);
    for (let i = 0; i < 27; i++) await w.client(w.u.pkA, "WEEKLY", addDays(today, -7));
    const kepala = await actorFor(w.u.kepala.id);
    const first = group(await getReportingDesk(kepala, { grup: "TODAY" }), "TODAY");
    expect([first.total, first.start, first.rows.length, first.prevCursor]).toEqual([27, 1, 25, null]);
    const second = group(await getReportingDesk(kepala, { grup: "TODAY", after: first.nextCursor! }), "TODAY");
    expect([second.start, second.rows.length, second.nextCursor]).toEqual([26, 2, null]);
    const back = group(await getReportingDesk(kepala, { grup: "TODAY", before: second.prevCursor! }), "TODAY");
    expect(back.rows.map((r) => r.clientId)).toEqual(first.rows.map((r) => r.clientId));
    expect(back.start).toBe(1);
  });
});

describe("the arrival tap", () => {
  it("records a hadir at the office once: a second tap and two at once find it there", async () => {
    const today = utcDate(2026, 12, 7);
    clock.set(at(today));
    const w = await world(today);
    const c = await w.client(w.u.pkA, "WEEKLY", addDays(today, -7));
    const admin = await actorFor(w.u.admin.id);
    const first = await recordArrival(admin, { clientId: c.id, dueOn: toIsoDate(today) });
    const again = await recordArrival(await actorFor(w.u.pkA.id), { clientId: c.id, dueOn: toIsoDate(today) });
    expect(first.already).toBe(false);
    expect(again).toEqual({ id: first.id, already: true });
    const row = await prisma.reportingAttendance.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ status: "HADIR", channel: "KANTOR", recordedById: w.u.admin.id, attendedOn: today });
    expect(await prisma.auditEvent.count({ where: { action: "reporting.record" } })).toBe(1);

    const d = await w.client(w.u.pkA, "WEEKLY", addDays(today, -7));
    const both = await Promise.all([recordArrival(admin, { clientId: d.id, dueOn: toIsoDate(today) }), recordArrival(admin, { clientId: d.id, dueOn: toIsoDate(today) })]);
    expect(both.map((x) => x.already).sort()).toEqual([false, true]);
    expect(await prisma.reportingAttendance.count({ where: { clientId: d.id } })).toBe(1);

    const desk = await getReportingDesk(admin, {});
    expect(group(desk, "TODAY").rows.every((r) => r.status === "HADIR")).toBe(true);
  });

  it("refuses a day whose window has not opened", async () => {
    const today = utcDate(2026, 12, 7);
    clock.set(at(today));
    const w = await world(today);
    const c = await w.client(w.u.pkA, "WEEKLY", addDays(today, -2)); // due Sat 12 Dec, opens 9 Dec
    await expectError(recordArrival(await actorFor(w.u.admin.id), { clientId: c.id, dueOn: toIsoDate(addDays(today, 5)) }), "VALIDATION");
  });
});
