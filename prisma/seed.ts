// Demo data: the two offices and ten accounts of prisma/demo-accounts.json, about 80 clients with
// their guidance history (stages, caseload, contacts, reporting, litmas, programs, TPP, violations,
// an end-of-guidance letter). A seeded PRNG makes every run produce the same data; dates are
// relative to the day it runs, so the demo always looks current.
//
//   DATABASE_URL=... npx tsx --conditions=react-server prisma/seed.ts [--if-empty]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/server/generated/prisma/client.ts";
import type {
  AttendanceStatus, ClientCategory, ClientStatus, ContactType, Education, EmploymentStatus, Gender, GuidanceProgram, GuidanceStage,
  LitmasPurpose, LitmasStatus, MaritalStatus, OffenceCategory, OriginType, PkLevel, Prisma, Program, Religion, Role, StageKind, User,
} from "../lib/server/generated/prisma/client.ts";
import { hashPassword } from "../lib/server/auth/password.ts";
import { pgPoolConfig } from "../lib/server/pg-config.ts";
import { addDays, addMonths, ageOn, daysBetween, todayIn, utcDate } from "../lib/domain/calendar.ts";
import { PK_LEVELS, ROLES } from "../lib/domain/enums.ts";
import { LAPAS_PROGRESS_PURPOSES, normalizeSections } from "../lib/domain/litmas.ts";
import { EDUCATION_LABEL, MARITAL_STATUS_LABEL, PROGRAM_LABEL, RELIGION_LABEL } from "../lib/domain/labels.ts";
import { buildNik } from "../lib/domain/nik.ts";
import { reportingWindows } from "../lib/domain/reporting.ts";
import { workCalendar } from "../lib/domain/working-days.ts";
import * as f from "../tests/factories/index.ts";
import {
  ADULT_OFFENCES, BIRTH_PLACES, CHILD_OFFENCES, CONTACT_TEMPLATES, COURTS, IZIN_REASONS, KECAMATAN, KERJA_SOSIAL_OFFENCES,
  MONTHS_ID, NAMES, OCCUPATIONS, OFFICES, PHONE_PREFIXES, POLICE, PRISONS, PROGRAM_TEMPLATES, RESERVED_NAMES, RETURN_NOTES,
  STUDENT, type ContactTemplate, type Court, type Kecamatan, type NameGroup, type OccupationDef, type OfficeCode,
  type OfficeDef, type OffenceDef, type ProgramTemplate,
} from "./seed-data.ts";
import demo from "./demo-accounts.json" with { type: "json" };
import { seedPendampingan } from "./seed-pendampingan.ts";
import { seedCommunity } from "./seed-community.ts";
import { seedAssessments, seedFamilyAndCommunity, seedPreparation } from "./seed-assessments.ts";

type Tx = Prisma.TransactionClient;
const MINUTE_MS = 60_000;

// ---------------------------------------------------------------- deterministic randomness

/** mulberry32: tiny, fast, and good enough for demo data. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
}

// ---------------------------------------------------------------- small helpers

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const fmtDate = (d: Date) => `${d.getUTCDate()} ${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "Pembebasan Bersyarat (PB)" -> "pembebasan bersyarat (PB)": mid-sentence, acronym kept. */
const programPhrase = (p: Program) => PROGRAM_LABEL[p].replace(/^[^(]+/, (m) => m.toLowerCase());
const minDate = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
const maxDate = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

// ---------------------------------------------------------------- the plan of clients per office

type Special =
  | "MANGKIR2" // two missed reports in a row, open violations
  | "REVOKED_MANGKIR" // parole revoked after three missed reports
  | "REVOKED_OFFENCE" // parole revoked after a new offence
  | "TR_APPROVED" // AWAL -> LANJUTAN approved after the TPP session
  | "TR_REVIEWED" // LANJUTAN -> AKHIR recommended by TPP, awaiting the Kepala
  | "TR_PROPOSED" // AWAL -> LANJUTAN proposed, awaiting TPP
  | "LETTER" // finished, with a surat keterangan akhir pembimbingan
  | "DIED"
  | "MOVED"
  | "REASSIGNED"; // caseload handed from one PK to another

interface Slot {
  program: Program;
  status?: ClientStatus;
  category?: ClientCategory;
  special?: Special;
}

const rep = (n: number, slot: Slot): Slot[] => Array.from({ length: n }, () => ({ ...slot }));

const SLOTS: Record<OfficeCode, Slot[]> = {
  JKS: [
    ...rep(7, { program: "PB" }),
    { program: "PB", special: "MANGKIR2" },
    { program: "PB", special: "TR_APPROVED" },
    { program: "PB", special: "TR_REVIEWED" },
    { program: "PB", special: "REASSIGNED" },
    ...rep(2, { program: "PB", category: "ANAK" }),
    { program: "PB", status: "SELESAI" },
    { program: "PB", status: "SELESAI", special: "LETTER" },
    { program: "PB", status: "DICABUT", special: "REVOKED_MANGKIR" },
    { program: "PB", status: "MENINGGAL", special: "DIED" },
    ...rep(4, { program: "CB" }),
    { program: "CB", special: "TR_PROPOSED" },
    { program: "CB", special: "REASSIGNED" },
    { program: "CB", status: "SELESAI" },
    { program: "CB", status: "DIPINDAHKAN", special: "MOVED" },
    ...rep(4, { program: "CMB" }),
    { program: "CMB", status: "SELESAI" },
    ...rep(6, { program: "ASIMILASI" }),
    ...rep(4, { program: "PIDANA_BERSYARAT" }),
    ...rep(2, { program: "PIDANA_KERJA_SOSIAL" }),
    ...rep(3, { program: "DIVERSI", category: "ANAK" }),
    // Pidana pengawasan (UU 1/2023, from 2 January 2026): supervised by the jaksa, decided by the judge.
    ...rep(2, { program: "PIDANA_PENGAWASAN" }),
  ],
  MKS: [
    ...rep(6, { program: "PB" }),
    { program: "PB", special: "TR_APPROVED" },
    { program: "PB", special: "TR_REVIEWED" },
    { program: "PB", special: "REASSIGNED" },
    { program: "PB", category: "ANAK" },
    ...rep(2, { program: "PB", status: "SELESAI" }),
    { program: "PB", status: "DICABUT", special: "REVOKED_OFFENCE" },
    ...rep(4, { program: "CB" }),
    { program: "CB", special: "TR_PROPOSED" },
    { program: "CB", status: "DIPINDAHKAN", special: "MOVED" },
    ...rep(3, { program: "CMB" }),
    { program: "CMB", status: "SELESAI" },
    ...rep(5, { program: "ASIMILASI" }),
    ...rep(3, { program: "PIDANA_BERSYARAT" }),
    { program: "PIDANA_KERJA_SOSIAL" },
    ...rep(3, { program: "DIVERSI", category: "ANAK" }),
  ],
};

// ---------------------------------------------------------------- context and specs

interface OfficeCtx {
  code: OfficeCode;
  def: OfficeDef;
  id: string;
  name: string;
  today: Date;
  now: Date;
  admin: User;
  kepala: User;
  pks: User[];
  /** The PK with a psychology background gets the children. */
  childPk: User;
  rng: Rng;
  usedNames: Set<string>;
  nikSerial: number;
  tppHeldOn: Date;
  tzLabel: string;
  mangkirBudget: number;
  stageTurn: number;
}

const STAGE_ROTATION: StageKind[] = ["AWAL", "LANJUTAN", "AWAL", "AKHIR", "LANJUTAN", "AWAL", "AKHIR"];

interface Spec {
  slot: Slot;
  program: Program;
  status: ClientStatus;
  category: ClientCategory;
  special?: Special;
  fullName: string;
  aliasName: string | null;
  gender: Gender;
  birthDate: Date;
  birthPlace: string;
  religion: Religion;
  education: Education;
  occupation: OccupationDef;
  maritalStatus: MaritalStatus;
  kecamatan: Kecamatan;
  kelurahan: string;
  rt: string;
  address: string;
  phone: string | null;
  nik: string;
  fatherName: string;
  motherName: string;
  childOrder: [number, number];
  familyContactName: string;
  familyContactRelation: string;
  familyContactPhone: string | null;
  guarantorName: string;
  guarantorRelation: string;
  guarantorAddress: string;
  guarantorPhone: string | null;
  offence: OffenceDef;
  originType: OriginType;
  originInstitution: string;
  originAbbr: string;
  court: Court;
  courtDecisionNumber: string | null;
  courtDecisionDate: Date | null;
  sentenceMonths: number | null;
  guidanceStart: Date;
  guidanceEnd: Date;
  statusDate: Date | null;
  statusReason: string | null;
  currentStage?: StageKind;
  stageStartedOn?: Partial<Record<StageKind, Date>>;
  pk: User;
  reassign?: { fromPk: User; on: Date; reason: string };
}

interface AttRow {
  dueOn: Date;
  status: AttendanceStatus;
  channel: "KANTOR" | "JARAK_JAUH" | null;
  attendedAt: Date | null;
  /** The last day the report counted. */
  closesOn: Date;
}

interface ClientRec {
  spec: Spec;
  id: string;
  registerNumber: string;
  currentStage: StageKind;
  stages: GuidanceStage[];
  attendance: AttRow[];
  contacts: Prisma.ContactCreateManyInput[];
  programs: GuidanceProgram[];
  hasLitmas: boolean;
}

/** An instant at a local wall-clock time in the office's zone, never later than now. */
function at(ctx: OfficeCtx, day: Date, hour: number, minute = 0): Date {
  const t = day.getTime() + ((hour - ctx.def.utcOffsetHours) * 60 + minute) * MINUTE_MS;
  return new Date(Math.min(t, ctx.now.getTime() - MINUTE_MS));
}

function phone(rng: Rng): string {
  return `${rng.pick(PHONE_PREFIXES)}${pad(rng.int(0, 99_999_999), 8)}`;
}

function nameGroup(religion: Religion): NameGroup {
  if (religion === "KRISTEN" || religion === "KATOLIK") return "christian";
  if (religion === "BUDDHA" || religion === "KONGHUCU") return "chinese";
  if (religion === "HINDU") return "balinese";
  return "muslim";
}

/** A name nobody else in the office's data has; relatives fall back to a repeat when a list runs out. */
function makeName(ctx: OfficeCtx, group: NameGroup | "kids", gender: Gender, mustBeUnique: boolean): string {
  const set = NAMES[ctx.code][group];
  const [firsts, lasts] = gender === "LAKI_LAKI" ? [set.male, set.maleLast] : [set.female, set.femaleLast];
  for (let attempt = 0; attempt < 60; attempt++) {
    let name = `${ctx.rng.pick(firsts)} ${ctx.rng.pick(lasts)}`;
    // Bugis nobility title, common in Makassar names.
    if (ctx.code === "MKS" && group === "muslim" && ctx.rng.chance(0.12)) name = `Andi ${name}`;
    if (RESERVED_NAMES.includes(name)) continue;
    if (!ctx.usedNames.has(name)) {
      ctx.usedNames.add(name);
      return name;
    }
    if (!mustBeUnique && attempt >= 30) return name;
  }
  throw new Error(`Daftar nama ${ctx.code}/${group} terlalu pendek`);
}

function makeAddress(ctx: OfficeCtx): { kecamatan: Kecamatan; kelurahan: string; rt: string; address: string } {
  const { rng } = ctx;
  const kecamatan = rng.pick(KECAMATAN[ctx.code]);
  const kelurahan = rng.pick(kecamatan.kelurahan);
  const lane = ctx.code === "JKS"
    ? (rng.chance(0.35) ? ` Gg. ${rng.pick(["Masjid", "H. Saidi", "Mawar", "Kelapa", "Langgar", "Swadaya", "Damai"])}` : "")
    : (rng.chance(0.4) ? ` Lr. ${rng.int(1, 9)}` : "");
  const rt = pad(rng.int(1, 15), 3);
  const address = `${rng.pick(kecamatan.streets)}${lane} No. ${rng.int(1, 120)}, RT ${rt}/RW ${pad(rng.int(1, 12), 2)}, Kel. ${kelurahan}, Kec. ${kecamatan.name}, ${ctx.def.cityLabel}`;
  return { kecamatan, kelurahan, rt, address };
}

function programMonths(rng: Rng, program: Program, sentenceMonths: number | null): number {
  switch (program) {
    case "PB":
      return Math.min(24, Math.max(6, Math.round((sentenceMonths ?? 24) / 3)));
    case "CB":
    case "CMB":
    case "ASIMILASI":
      return rng.int(3, 6);
    case "PIDANA_BERSYARAT":
      return rng.int(12, 18);
    case "PIDANA_KERJA_SOSIAL":
      return rng.int(2, 4);
    case "DIVERSI":
      return rng.int(2, 3);
    default:
      return rng.int(6, 12);
  }
}

const endOf = (start: Date, months: number) => addDays(addMonths(start, months), -1);
const startFor = (end: Date, months: number) => addMonths(addDays(end, 1), -months);

function buildSpec(ctx: OfficeCtx, slot: Slot): Spec {
  const { rng, today, code } = ctx;
  const program = slot.program;
  const status = slot.status ?? "AKTIF";
  const category = slot.category ?? "DEWASA";
  const child = category === "ANAK";

  // ---- the person
  const gender: Gender = child ? (rng.chance(0.9) ? "LAKI_LAKI" : "PEREMPUAN") : rng.chance(0.87) ? "LAKI_LAKI" : "PEREMPUAN";
  let religion = rng.weighted<Religion>(
    code === "JKS"
      ? [["ISLAM", 86], ["KRISTEN", 7], ["KATOLIK", 4], ["BUDDHA", 2], ["HINDU", 1]]
      : [["ISLAM", 87], ["KRISTEN", 9], ["KATOLIK", 3], ["BUDDHA", 1]],
  );
  if (child && religion !== "ISLAM" && religion !== "KRISTEN" && religion !== "KATOLIK") religion = "ISLAM";
  const group = nameGroup(religion);
  const fullName = makeName(ctx, child && group === "muslim" ? "kids" : group, gender, true);
  const aliasName = !child && rng.chance(0.18) ? rng.pick(NAMES[code].aliases) : null;

  const age = child ? (program === "PB" ? rng.int(16, 17) : rng.int(13, 17)) : rng.weighted([[rng.int(20, 29), 40], [rng.int(30, 44), 45], [rng.int(45, 58), 15]]);
  // Exactly `age` today: the last birthday fell within the past year.
  const birthDate = addDays(addMonths(today, -12 * age), -rng.int(1, 360));
  const birthPlace = rng.pick(BIRTH_PLACES[code]);
  const education: Education = child
    ? age <= 15 ? "SD" : "SMP"
    : rng.weighted<Education>([["TIDAK_SEKOLAH", 2], ["SD", 18], ["SMP", 30], ["SMA", 40], ["DIPLOMA", 4], ["S1", 6]]);
  const occupation = child ? STUDENT : rng.pick(OCCUPATIONS[code].filter((o) => (gender === "PEREMPUAN" ? true : !o.female)));
  const maritalStatus: MaritalStatus = child
    ? "BELUM_KAWIN"
    : age < 25 && rng.chance(0.7)
      ? "BELUM_KAWIN"
      : rng.weighted<MaritalStatus>([["KAWIN", 60], ["BELUM_KAWIN", 20], ["CERAI_HIDUP", 15], ["CERAI_MATI", 5]]);
  const addr = makeAddress(ctx);
  const nik = buildNik(addr.kecamatan.code, birthDate, gender, ctx.nikSerial++);

  const fatherName = makeName(ctx, group, "LAKI_LAKI", false);
  const motherName = makeName(ctx, group, "PEREMPUAN", false);
  const siblings = rng.int(1, 6);
  const childOrder: [number, number] = [rng.int(1, siblings), siblings];

  let familyContactName: string;
  let familyContactRelation: string;
  if (maritalStatus === "KAWIN") {
    familyContactName = makeName(ctx, group, gender === "LAKI_LAKI" ? "PEREMPUAN" : "LAKI_LAKI", false);
    familyContactRelation = gender === "LAKI_LAKI" ? "Istri" : "Suami";
  } else if (child || rng.chance(0.5)) {
    familyContactName = motherName;
    familyContactRelation = "Ibu kandung";
  } else {
    familyContactName = makeName(ctx, group, rng.chance(0.5) ? "LAKI_LAKI" : "PEREMPUAN", false);
    familyContactRelation = rng.pick(["Kakak kandung", "Adik kandung"]);
  }
  const familyContactPhone = phone(rng);
  let guarantorName = familyContactName;
  let guarantorRelation = familyContactRelation;
  let guarantorAddress = addr.address;
  let guarantorPhone: string | null = familyContactPhone;
  if (child) {
    guarantorName = fatherName;
    guarantorRelation = "Ayah kandung";
    guarantorPhone = phone(rng);
  } else if (maritalStatus !== "KAWIN" && rng.chance(0.3)) {
    guarantorName = makeName(ctx, group, "LAKI_LAKI", false);
    guarantorRelation = "Paman";
    guarantorAddress = makeAddress(ctx).address;
    guarantorPhone = phone(rng);
  }

  // ---- the case
  let offence: OffenceDef;
  let sentenceMonths: number | null = null;
  if (program === "PIDANA_KERJA_SOSIAL") offence = rng.pick(KERJA_SOSIAL_OFFENCES);
  else if (child) offence = rng.pick(CHILD_OFFENCES);
  else if (program === "PIDANA_BERSYARAT" || program === "PIDANA_PENGAWASAN") offence = rng.pick(ADULT_OFFENCES.filter((o) => o.minMonths <= 12));
  else if (program === "CB") offence = rng.pick(ADULT_OFFENCES.filter((o) => o.minMonths <= 12));
  else offence = rng.pick(ADULT_OFFENCES);
  if (program === "PIDANA_BERSYARAT" || program === "PIDANA_PENGAWASAN") sentenceMonths = rng.int(4, 12);
  else if (program === "CB") sentenceMonths = rng.int(offence.minMonths, Math.min(offence.maxMonths, 15));
  else if (program !== "PIDANA_KERJA_SOSIAL" && program !== "DIVERSI") sentenceMonths = rng.int(offence.minMonths, offence.maxMonths);

  // Diversion is settled before the local court; other cases may come from a neighbouring one.
  const court = program === "DIVERSI" ? COURTS[code][0] : rng.pick(COURTS[code]);
  let originType: OriginType;
  let originInstitution: string;
  let originAbbr: string;
  if (program === "PIDANA_BERSYARAT" || program === "PIDANA_KERJA_SOSIAL" || program === "PIDANA_PENGAWASAN") {
    originType = "PENGADILAN";
    originInstitution = court.name;
    originAbbr = court.abbr;
  } else if (program === "DIVERSI") {
    if (rng.chance(0.67)) {
      originType = "LAINNYA";
      originInstitution = rng.pick(POLICE[code]);
    } else {
      originType = "PENGADILAN";
      originInstitution = court.name;
    }
    originAbbr = "Reskrim";
  } else {
    const prisons = PRISONS[code];
    const dedicated = child
      ? prisons.find((p) => p.for === "anak")
      : gender === "PEREMPUAN" && rng.chance(0.8)
        ? prisons.find((p) => p.for === "perempuan")
        : offence.narkotika && rng.chance(0.5)
          ? prisons.find((p) => p.for === "narkotika")
          : undefined;
    const prison = dedicated ?? rng.pick(prisons.filter((p) => !p.for));
    originType = prison.type;
    originInstitution = prison.name;
    originAbbr = prison.abbr;
  }

  // ---- the guidance period
  let months = programMonths(rng, program, sentenceMonths);
  let guidanceStart: Date;
  let statusDate: Date | null = null;
  let statusReason: string | null = null;
  let currentStage: StageKind | undefined;
  let stageStartedOn: Partial<Record<StageKind, Date>> | undefined;
  const special = slot.special;

  if (special === "MANGKIR2") {
    months = 12;
    guidanceStart = addDays(addMonths(today, -4), -3); // the 3rd and 4th monthly reports were missed
  } else if (special === "REVOKED_MANGKIR") {
    months = 12;
    guidanceStart = addMonths(today, -9);
    statusDate = addDays(addMonths(guidanceStart, 6), 45);
    statusReason = `Pembebasan bersyarat dicabut berdasarkan keputusan Direktur Jenderal Pemasyarakatan karena klien tidak melaksanakan wajib lapor tiga kali berturut-turut; klien dikembalikan ke ${originInstitution}.`;
  } else if (special === "REVOKED_OFFENCE") {
    months = 12;
    guidanceStart = addMonths(today, -6);
    statusDate = addDays(today, -25);
    statusReason = "Pembebasan bersyarat dicabut karena klien melakukan tindak pidana baru (pencurian kendaraan bermotor) selama masa bimbingan.";
  } else if (special === "DIED") {
    months = 18;
    guidanceStart = addMonths(today, -10);
    statusDate = addDays(today, -50);
    statusReason = `Klien meninggal dunia karena sakit di RSUD Pasar Minggu (surat keterangan kematian dari Kelurahan ${addr.kelurahan}).`;
  } else if (special === "MOVED") {
    months = 6;
    guidanceStart = addDays(today, -95);
    statusDate = addDays(today, -20);
    statusReason = code === "JKS"
      ? "Klien pindah domisili ke Kabupaten Bogor mengikuti keluarga; pembimbingan dilanjutkan oleh Bapas Kelas I Bogor."
      : "Klien pindah domisili ke Kota Palopo untuk bekerja; pembimbingan dilanjutkan oleh Bapas Kelas II Palopo.";
  } else if (special === "LETTER") {
    months = 10;
    guidanceStart = startFor(addDays(today, -6), months);
  } else if (special === "TR_APPROVED") {
    months = 12;
    // Approved two days after the TPP session, a few days after AWAL's planned end.
    const decided = addDays(ctx.tppHeldOn, 2);
    guidanceStart = addDays(decided, -125);
    currentStage = "LANJUTAN";
    stageStartedOn = { LANJUTAN: decided };
  } else if (special === "TR_REVIEWED") {
    months = 9;
    // AKHIR was planned to start about six days ago; the Kepala has not decided yet.
    guidanceStart = addDays(addMonths(today, -6), -6);
    currentStage = "LANJUTAN";
  } else if (special === "TR_PROPOSED") {
    months = 6;
    guidanceStart = addDays(addMonths(today, -2), -3);
    currentStage = "AWAL";
  } else if (status === "SELESAI") {
    guidanceStart = startFor(addDays(today, -rng.int(15, 420)), months);
  } else {
    // A fixed rotation (about 40% AWAL) keeps enough new clients for the litmas in progress.
    const stage = special === "REASSIGNED" ? rng.pick(["LANJUTAN", "AKHIR"] as const) : STAGE_ROTATION[ctx.stageTurn++ % STAGE_ROTATION.length];
    const fraction = stage === "AWAL" ? rng.float(0.04, 0.29) : stage === "LANJUTAN" ? rng.float(0.37, 0.63) : rng.float(0.7, 0.96);
    guidanceStart = addDays(today, -Math.max(4, Math.round(fraction * months * 30.44)));
    // Pidana kerja sosial exists only from 2 January 2026 (UU 1/2023).
    const kuhpBaru = utcDate(2026, 1, 2);
    if ((program === "PIDANA_KERJA_SOSIAL" || program === "PIDANA_PENGAWASAN") && guidanceStart < kuhpBaru && daysBetween(kuhpBaru, today) >= 4) guidanceStart = kuhpBaru;
  }
  const guidanceEnd = endOf(guidanceStart, months);
  if (status === "SELESAI") {
    statusDate = guidanceEnd;
    statusReason = `Masa pembimbingan ${programPhrase(program)} telah berakhir; klien menjalani bimbingan dengan baik.`;
  }

  // ---- the court decision behind it
  let courtDecisionDate: Date | null = null;
  let courtDecisionNumber: string | null = null;
  const regNo = rng.int(45, 1480);
  if (program === "DIVERSI") {
    courtDecisionDate = addDays(guidanceStart, -rng.int(2, 6));
    courtDecisionNumber = `${rng.int(3, 60)}/Pen.Div/${courtDecisionDate.getUTCFullYear()}/${court.abbr}`;
  } else {
    const servedShare = ({ PB: 0.55, CB: 0.6, CMB: 0.8, ASIMILASI: 0.4 } as Partial<Record<Program, number>>)[program] ?? 0;
    courtDecisionDate = servedShare > 0
      ? addDays(addMonths(guidanceStart, -Math.round((sentenceMonths ?? 12) * servedShare)), -rng.int(0, 20))
      : addDays(guidanceStart, -rng.int(5, 20));
    const register = child ? "Pid.Sus-Anak" : offence.register;
    courtDecisionNumber = `${regNo}/${register}/${courtDecisionDate.getUTCFullYear()}/${court.abbr}`;
  }

  return {
    slot, program, status, category, special,
    fullName, aliasName, gender, birthDate, birthPlace, religion, education, occupation, maritalStatus,
    kecamatan: addr.kecamatan, kelurahan: addr.kelurahan, rt: addr.rt, address: addr.address,
    phone: rng.chance(0.9) ? phone(rng) : null, nik, fatherName, motherName, childOrder,
    familyContactName, familyContactRelation, familyContactPhone, guarantorName, guarantorRelation, guarantorAddress, guarantorPhone,
    offence, originType, originInstitution, originAbbr, court, courtDecisionNumber, courtDecisionDate, sentenceMonths,
    guidanceStart, guidanceEnd, statusDate, statusReason, currentStage, stageStartedOn,
    pk: ctx.pks[0], // chosen below
  };
}

function choosePk(ctx: OfficeCtx, spec: Spec): void {
  const { rng } = ctx;
  spec.pk = spec.category === "ANAK" ? ctx.childPk : rng.weighted(ctx.pks.map((p) => [p, p.capacity] as const));
  if (spec.special === "REASSIGNED") {
    const others = ctx.pks.filter((p) => p.id !== spec.pk.id);
    const elapsed = daysBetween(spec.guidanceStart, ctx.today);
    spec.reassign = {
      fromPk: rng.pick(others),
      on: addDays(spec.guidanceStart, Math.round(elapsed * 0.45)),
      reason: rng.pick([
        "Pemerataan beban kerja PK",
        "PK sebelumnya mengikuti pelatihan fungsional PK selama tiga bulan",
        "PK sebelumnya dimutasi ke seksi bimbingan klien anak",
      ]),
    };
  }
}

// ---------------------------------------------------------------- reporting and contacts

function pkOn(spec: Spec, day: Date): User {
  return spec.reassign && day.getTime() < spec.reassign.on.getTime() ? spec.reassign.fromPk : spec.pk;
}

function reportingFrequency(program: Program): "MONTHLY" | "WEEKLY" | null {
  if (program === "PB" || program === "CB" || program === "CMB") return "MONTHLY";
  if (program === "ASIMILASI") return "WEEKLY";
  return null;
}

/** Scheduled reporting days that have passed (due before today and within the client's guidance). */
function pastDueDates(ctx: OfficeCtx, spec: Spec): Date[] {
  const freq = reportingFrequency(spec.program);
  if (!freq) return [];
  let until = minDate(ctx.today, addDays(spec.guidanceEnd, 1));
  if (spec.statusDate) until = minDate(until, addDays(spec.statusDate, 1));
  // Reporting stopped at the suspension after the third missed report, or at the arrest.
  if (spec.special === "REVOKED_MANGKIR") until = minDate(until, addDays(addMonths(spec.guidanceStart, 6), 1));
  if (spec.special === "REVOKED_OFFENCE") until = minDate(until, addDays(ctx.today, -60));
  const dates: Date[] = [];
  for (let k = 1; ; k++) {
    const d = freq === "MONTHLY" ? addMonths(spec.guidanceStart, k) : addDays(spec.guidanceStart, 7 * k);
    if (d.getTime() >= until.getTime()) break;
    dates.push(d);
  }
  return dates;
}

/** When each due day's window closes, under the built-in rules (a monthly report: its month). */
function windowCloses(spec: Spec, dues: Date[]): Date[] {
  const freq = reportingFrequency(spec.program);
  if (!freq || dues.length === 0) return [];
  const ws = reportingWindows([{ id: "s", frequency: freq, startsOn: spec.guidanceStart, endsOn: null }], spec.guidanceEnd, dues[dues.length - 1], workCalendar());
  const close = new Map(ws.map((w) => [w.dueOn.getTime(), w.closesOn]));
  return dues.map((d) => close.get(d.getTime()) ?? d);
}

function buildAttendance(ctx: OfficeCtx, spec: Spec): AttRow[] {
  const { rng } = ctx;
  const dues = pastDueDates(ctx, spec);
  const closes = windowCloses(spec, dues);
  // Windows still open (this month's report) are reported already, or not yet: nothing is missed.
  const closedCount = closes.filter((c) => c.getTime() < ctx.today.getTime()).length;
  const rows: AttRow[] = [];
  dues.forEach((dueOn, i) => {
    if (i >= closedCount) {
      if (!spec.special && rng.chance(0.55)) rows.push({ dueOn, status: "HADIR", channel: "KANTOR", attendedAt: at(ctx, dueOn, rng.int(8, 13), rng.int(0, 59)), closesOn: closes[i] });
      return;
    }
    let status: AttendanceStatus = rng.weighted<AttendanceStatus>([["HADIR", 87], ["IZIN", 9], ["MANGKIR", 4]]);
    const fromEnd = closedCount - i;
    // Two misses in a row: the older confirmed by the PK, the latest waiting for the PK's confirmation.
    if (spec.special === "MANGKIR2") status = fromEnd === 1 ? "TIDAK_LAPOR" : fromEnd === 2 ? "MANGKIR" : fromEnd === 3 ? "HADIR" : status === "MANGKIR" ? "HADIR" : status;
    else if (spec.special === "REVOKED_MANGKIR") status = i >= 3 ? "MANGKIR" : "HADIR";
    else if (status === "MANGKIR") {
      // Isolated misses only, a few per office, and never the latest report (no open case).
      const prevMissed = rows.length > 0 && rows[rows.length - 1].status === "MANGKIR";
      if (prevMissed || fromEnd === 1 || ctx.mangkirBudget <= 0 || spec.special) status = "HADIR";
      else ctx.mangkirBudget -= 1;
    }
    const channel = status === "HADIR" ? (rng.chance(0.15) ? "JARAK_JAUH" : "KANTOR") : null;
    rows.push({ dueOn, status, channel, attendedAt: status === "HADIR" ? at(ctx, dueOn, rng.int(8, 13), rng.int(0, 59)) : null, closesOn: closes[i] });
  });
  return rows;
}

function fill(template: string, spec: Spec, ctx: OfficeCtx): string {
  const keluarga = `${lowerFirst(spec.familyContactRelation)} klien (${spec.familyContactName})`;
  return template
    .replaceAll("{keluarga_kapital}", upperFirst(keluarga))
    .replaceAll("{keluarga}", keluarga)
    .replaceAll("{aktivitas}", spec.occupation.activity)
    .replaceAll("{tempat}", spec.occupation.workplace ?? "tempat kerjanya")
    .replaceAll("{n}", String(ctx.rng.int(6, 15)));
}

function registrationNote(spec: Spec): string {
  const freq = reportingFrequency(spec.program);
  const wajib = freq === "MONTHLY" ? "satu kali sebulan" : freq === "WEEKLY" ? "satu kali seminggu" : "sesuai jadwal pengawasan";
  const keluarga = `${lowerFirst(spec.familyContactRelation)} (${spec.familyContactName})`;
  if (spec.program === "DIVERSI") {
    return `Anak datang bersama ${keluarga} membawa salinan penetapan diversi ${spec.courtDecisionNumber}. Dijelaskan isi kesepakatan diversi, kewajiban anak, dan jadwal pengawasan oleh PK.`;
  }
  if (spec.originType === "PENGADILAN") {
    return `Klien datang ke Bapas membawa salinan putusan ${spec.court.name} nomor ${spec.courtDecisionNumber}. Dilakukan registrasi, penandatanganan kontrak bimbingan, dan penjelasan syarat ${PROGRAM_LABEL[spec.program].toLowerCase()}.`;
  }
  return `Serah terima klien dari ${spec.originInstitution} (berita acara serah terima). Klien didampingi ${keluarga}. Dilakukan registrasi, penandatanganan kontrak bimbingan dan surat pernyataan, serta penjelasan kewajiban lapor diri ${wajib}.`;
}

function buildContacts(ctx: OfficeCtx, rec: ClientRec): Prisma.ContactCreateManyInput[] {
  const { rng, id: officeId, def } = ctx;
  const spec = rec.spec;
  const out: Prisma.ContactCreateManyInput[] = [];
  const add = (day: Date, hour: number, type: ContactType, notes: string, extra: Partial<Prisma.ContactCreateManyInput> = {}) => {
    const home = type === "KUNJUNGAN_RUMAH";
    out.push({
      officeId, clientId: rec.id, pkId: pkOn(spec, day).id, occurredAt: at(ctx, day, hour, rng.int(0, 50)), type,
      approach: type === "KELOMPOK" ? "GROUP" : "INDIVIDUAL", outcome: "HADIR", notes,
      latitude: home ? def.lat + rng.float(-0.035, 0.035) : null,
      longitude: home ? def.lng + rng.float(-0.035, 0.035) : null,
      accuracyMeters: home ? Math.round(rng.float(5, 35)) : null,
      createdAt: at(ctx, day, hour + 1),
      ...extra,
    });
  };

  add(spec.guidanceStart, 10, "LAPOR_DIRI", registrationNote(spec), { guidanceType: "KEPATUHAN" });

  const closed = spec.status !== "AKTIF";
  let lastDay = minDate(addDays(ctx.today, -1), closed ? spec.statusDate! : ctx.today);
  // Routine contacts stop where the client dropped out of sight (missed reports, arrest).
  const firstMissed = rec.attendance.find((a) => a.status === "MANGKIR");
  if ((spec.special === "MANGKIR2" || spec.special === "REVOKED_MANGKIR") && firstMissed) lastDay = minDate(lastDay, addDays(firstMissed.dueOn, -1));
  if (spec.special === "REVOKED_OFFENCE") lastDay = minDate(lastDay, addDays(ctx.today, -61));
  const elapsed = daysBetween(spec.guidanceStart, ctx.today);
  const firstDay = addDays(spec.guidanceStart, elapsed < 10 ? 1 : 3);
  const window = daysBetween(firstDay, lastDay);
  let extra = closed ? rng.int(1, 3) : Math.min(7, Math.max(1, Math.round(elapsed / 25) + rng.int(0, 2) - 1));
  // Contacts a few days apart; even a client registered this week has had one follow-up.
  extra = Math.min(extra, Math.max(closed || window < 0 ? 0 : 1, Math.floor(window / 3)));

  const freeHadir = rec.attendance.filter((a) => a.status === "HADIR" && a.channel === "KANTOR" && a.dueOn.getTime() <= lastDay.getTime());
  for (let i = 0; i < extra; i++) {
    const day = addDays(firstDay, Math.min(window, Math.round(((i + 0.5) * window) / extra) + rng.int(-1, 1)));
    let type = rng.weighted<ContactType>([["KUNJUNGAN_RUMAH", 30], ["TELEPON_VIDEO", 25], ["LAPOR_DIRI", 15], ["KELOMPOK", 15], ["KUNJUNGAN_TEMPAT_KERJA", 10], ["LAINNYA", 5]]);
    if (type === "KUNJUNGAN_TEMPAT_KERJA" && !spec.occupation.workplace) type = "KUNJUNGAN_RUMAH";
    if (type === "LAPOR_DIRI") {
      const report = freeHadir.shift();
      if (!report) type = "TELEPON_VIDEO";
      else {
        const t: ContactTemplate = rng.pick(CONTACT_TEMPLATES.LAPOR_DIRI);
        out.push({
          officeId, clientId: rec.id, pkId: pkOn(spec, report.dueOn).id,
          occurredAt: new Date(Math.min(report.attendedAt!.getTime() + 15 * MINUTE_MS, ctx.now.getTime() - MINUTE_MS)),
          type, guidanceType: t.guidanceType, approach: "INDIVIDUAL", outcome: "HADIR", notes: fill(t.text, spec, ctx),
          createdAt: new Date(Math.min(report.attendedAt!.getTime() + 30 * MINUTE_MS, ctx.now.getTime() - MINUTE_MS)),
        });
        continue;
      }
    }
    const t: ContactTemplate = rng.pick(CONTACT_TEMPLATES[type]);
    const hour = type === "KELOMPOK" ? 9 : type === "TELEPON_VIDEO" ? rng.int(13, 16) : rng.int(10, 14);
    const excused = type === "KELOMPOK" && rng.chance(0.08);
    add(day, hour, type, excused ? "Klien tidak mengikuti bimbingan kelompok dan telah memberi kabar sebelumnya." : fill(t.text, spec, ctx), {
      guidanceType: t.guidanceType,
      outcome: excused ? "IZIN" : "HADIR",
      excuseReason: excused ? rng.pick(IZIN_REASONS[ctx.code]) : null,
    });
  }

  // Field practice after missed reports: the PK looks for the client.
  const missed = rec.attendance.filter((a) => a.status === "MANGKIR" || a.status === "TIDAK_LAPOR");
  if (spec.special === "MANGKIR2" || spec.special === "REVOKED_MANGKIR") {
    missed.forEach((m, i) => {
      const day = addDays(m.dueOn, i === missed.length - 1 && spec.special === "MANGKIR2" ? 1 : 4);
      if (day.getTime() >= ctx.today.getTime()) return;
      const visit = i % 2 === 0;
      add(day, visit ? 11 : 15, visit ? "KUNJUNGAN_RUMAH" : "TELEPON_VIDEO", visit
        ? `Kunjungan rumah setelah klien tidak lapor diri tanggal ${fmtDate(m.dueOn)}. Klien tidak berada di rumah; menurut ${lowerFirst(spec.familyContactRelation)} klien bekerja di luar kota dan jarang pulang. PK menitipkan surat panggilan.`
        : `Klien tidak dapat dihubungi setelah tidak lapor diri tanggal ${fmtDate(m.dueOn)}; nomor telepon tidak aktif. PK berkoordinasi dengan Ketua RT ${spec.rt}.`, {
        guidanceType: "KEPATUHAN", outcome: "TIDAK_HADIR",
        followUpOn: addDays(day, 7),
      });
    });
  }
  if (spec.special === "REVOKED_OFFENCE") {
    add(addDays(ctx.today, -59), 10, "LAINNYA", "Koordinasi dengan Polsek Tallo: klien ditahan atas dugaan pencurian sepeda motor. PK menjenguk klien di ruang tahanan Polsek dan menginformasikan keluarga.", { guidanceType: "KEPATUHAN" });
  }
  if (spec.special === "DIED") {
    add(addDays(spec.statusDate!, 2), 10, "LAINNYA", `Takziah ke rumah duka. ${upperFirst(lowerFirst(spec.familyContactRelation))} klien menyerahkan salinan surat keterangan kematian dari Kelurahan ${spec.kelurahan}.`, { guidanceType: "SOSIAL" });
  }

  out.sort((a, b) => (a.occurredAt as Date).getTime() - (b.occurredAt as Date).getTime());
  if (!closed && out.length > 1 && rng.chance(0.4)) {
    const last = out[out.length - 1];
    last.followUpOn ??= addDays(last.occurredAt as Date, 14);
  }
  return out;
}

// ---------------------------------------------------------------- litmas text

function litmasSections(ctx: OfficeCtx, spec: Spec, purpose: LitmasPurpose): f.LitmasSections {
  const { rng } = ctx;
  const age = ageOn(spec.birthDate, ctx.today);
  const child = spec.category === "ANAK";
  const he = child ? "Anak" : "Klien";
  const income = rng.pick(["Rp1.500.000", "Rp2.000.000", "Rp2.500.000", "Rp3.000.000", "Rp3.500.000"]);
  const risk = rng.pick(["rendah", "rendah", "sedang"]);
  const sentence = spec.sentenceMonths ? ` dengan pidana penjara ${spec.sentenceMonths} bulan` : "";
  const decided = spec.courtDecisionNumber && spec.courtDecisionDate
    ? `${spec.program === "DIVERSI" ? "Penetapan diversi" : "Putusan"} ${spec.court.name} nomor ${spec.courtDecisionNumber} tanggal ${fmtDate(spec.courtDecisionDate)}${sentence}.`
    : "";
  const program = programPhrase(spec.program);
  const recommendation: Record<LitmasPurpose, string> = {
    INTEGRASI_PB: `${he} layak diusulkan mendapatkan pembebasan bersyarat dengan syarat wajib lapor satu kali sebulan ke ${ctx.name} serta mengikuti bimbingan kepribadian dan kemandirian.`,
    INTEGRASI_CB: `${he} layak diusulkan mendapatkan cuti bersyarat dengan pengawasan ${ctx.name} dan wajib lapor satu kali sebulan.`,
    INTEGRASI_CMB: `${he} layak diusulkan mendapatkan cuti menjelang bebas; disarankan bimbingan kemandirian agar klien segera bekerja.`,
    ASIMILASI: `${he} layak menjalani asimilasi di rumah dengan wajib lapor satu kali seminggu dan pengawasan keluarga penjamin.`,
    PEMBIMBINGAN_AWAL: `Direkomendasikan program bimbingan tahap awal: bimbingan kepribadian (kerohanian dan kesadaran hukum) dan bimbingan kemandirian (${spec.occupation.title === "Tidak bekerja" ? "pelatihan kerja di BLK" : "penguatan usaha/pekerjaan yang ada"}), dengan wajib lapor sesuai kontrak bimbingan ${program}.`,
    DIVERSI: "Merekomendasikan penyelesaian perkara melalui diversi: anak dikembalikan kepada orang tua dengan kewajiban bersekolah dan mengikuti bimbingan di bawah pengawasan Bapas selama tiga bulan.",
    SIDANG_ANAK: "Merekomendasikan kepada hakim agar anak dijatuhi pidana dengan syarat pembinaan di luar lembaga.",
    PERAWATAN_TAHANAN: "Tahanan memerlukan perawatan kesehatan dan pendampingan psikologis selama masa penahanan.",
    PEMINDAHAN: `${he} layak dipindahkan pembimbingannya ke Bapas di tempat domisili baru; berkas bimbingan diserahkan setelah pemindahan disetujui.`,
    CUTI_MENGUNJUNGI_KELUARGA: `${he} layak diberikan cuti mengunjungi keluarga dengan pengawalan petugas.`,
    PEMBINAAN_AWAL: `${he} direkomendasikan mengikuti program pembinaan kepribadian dan kemandirian sejak awal masa pidana.`,
    ANAK_BELUM_12: "Merekomendasikan agar anak dikembalikan kepada orang tua dengan bimbingan di bawah pengawasan Bapas (PP 65/2015).",
    SAKSI_KORBAN_ANAK: "Anak memerlukan pendampingan psikologis dan perlindungan selama proses peradilan.",
    SIDANG_DEWASA: `${he} direkomendasikan dijatuhi pidana pengawasan dengan bimbingan Bapas.`,
    PERAWATAN_LPAS_LPKA: "Anak memerlukan program perawatan dan pendidikan selama berada di LPAS/LPKA.",
    PENEMPATAN: `${he} direkomendasikan ditempatkan pada lembaga yang sesuai dengan kebutuhan pembinaannya.`,
    LAINNYA: `${he} direkomendasikan tetap mengikuti program bimbingan yang sedang berjalan.`,
  };
  return {
    identitas: `Nama ${spec.fullName}${spec.aliasName ? ` alias ${spec.aliasName}` : ""}; ${spec.gender === "LAKI_LAKI" ? "laki-laki" : "perempuan"}; lahir di ${spec.birthPlace}, ${fmtDate(spec.birthDate)} (${age} tahun); agama ${RELIGION_LABEL[spec.religion]}; ${spec.education === "TIDAK_SEKOLAH" ? "tidak bersekolah" : `pendidikan terakhir ${EDUCATION_LABEL[spec.education]}`}; pekerjaan ${lowerFirst(spec.occupation.title)}; status perkawinan ${lowerFirst(MARITAL_STATUS_LABEL[spec.maritalStatus])}. Alamat: ${spec.address}.`,
    latarBelakangKeluarga: `${he} adalah anak ke-${spec.childOrder[0]} dari ${spec.childOrder[1]} bersaudara dari pasangan ${spec.fatherName} dan ${spec.motherName}. ${spec.maritalStatus === "KAWIN" ? `${he} menikah dengan ${spec.familyContactName} dan dikaruniai ${rng.int(1, 3)} anak. ` : ""}Hubungan ${lowerFirst(he)} dengan keluarga baik; keluarga bersedia menerima dan mengawasi ${lowerFirst(he)}.`,
    kondisiSosialEkonomi: `${he} tinggal di rumah ${rng.pick(["milik orang tua", "kontrakan", "milik keluarga"])} di lingkungan padat penduduk di Kelurahan ${spec.kelurahan}. Penghasilan keluarga sekitar ${income} per bulan. Ketua RT ${spec.rt} menyatakan masyarakat tidak keberatan atas kembalinya ${lowerFirst(he)}.`,
    riwayatPidana: `Berdasarkan keterangan ${lowerFirst(he)}, keluarga dan data register, ${lowerFirst(he)} belum pernah dihukum sebelumnya dan tidak tercatat melakukan pelanggaran tata tertib.`,
    tindakPidana: `${he} melakukan tindak pidana ${lowerFirst(spec.offence.offence)} sebagaimana diatur dalam ${spec.offence.article}. ${decided} Faktor penyebab: ${spec.offence.motive}. ${he} mengakui perbuatannya dan menyatakan menyesal.`,
    tanggapanKorbanMasyarakat: spec.offence.victim
      ? `Pihak korban telah memaafkan ${lowerFirst(he)} dan tidak keberatan ${lowerFirst(he)} menjalani ${program}. Tokoh masyarakat setempat bersedia membantu pengawasan.`
      : `Tidak ada korban langsung. Masyarakat sekitar melalui Ketua RT ${spec.rt} menerima ${lowerFirst(he)} dengan syarat ${lowerFirst(he)} tidak mengulangi perbuatannya.`,
    tanggapanPemerintah: `Lurah ${spec.kelurahan} melalui surat keterangan menyatakan tidak keberatan atas kembalinya ${lowerFirst(he)} dan bersedia membantu pengawasan bersama Ketua RT ${spec.rt}.`,
    perkembanganPembinaan: (LAPAS_PROGRESS_PURPOSES as readonly LitmasPurpose[]).includes(purpose)
      ? `Selama di Lapas ${lowerFirst(he)} mengikuti pembinaan kepribadian (kerohanian, kesadaran hukum) dan kemandirian dengan baik, berkelakuan baik dan tidak pernah tercatat dalam register F.`
      : "",
    asesmenRisiko: `Asesmen Risiko Residivisme Indonesia (RRI): tingkat risiko ${risk}. Kebutuhan kriminogenik utama: ${spec.offence.narkotika ? "penyalahgunaan narkotika dan pekerjaan" : child ? "pendidikan dan pergaulan" : "pekerjaan dan keuangan keluarga"}.`,
    penjamin: `${spec.guarantorName} (${lowerFirst(spec.guarantorRelation)}), beralamat di ${spec.guarantorAddress}, bersedia menjadi penjamin sebagaimana surat jaminan keluarga bermeterai.`,
    analisis: `Hasil asesmen risiko dan kebutuhan menunjukkan tingkat risiko pengulangan tindak pidana ${risk}. Kebutuhan utama: ${spec.offence.narkotika ? "pemulihan dari ketergantungan narkotika dan pekerjaan yang tetap" : child ? "pendampingan pendidikan dan pengawasan pergaulan" : "pekerjaan yang tetap dan penguatan peran keluarga"}. Faktor pendukung: dukungan keluarga dan penerimaan masyarakat.`,
    kesimpulanRekomendasi: recommendation[purpose],
  };
}

// ---------------------------------------------------------------- the seed

export interface SeedSummary {
  offices: number;
  users: number;
  clients: number;
  activeClients: number;
  contacts: number;
  attendances: number;
  litmas: number;
  programs: number;
  transitions: number;
  violations: number;
  letters: number;
}

export async function seed(db: PrismaClient): Promise<SeedSummary> {
  const now = new Date();
  // Hashing is slow (argon2); do it before the transaction opens.
  const hashes = await Promise.all(demo.accounts.map(() => hashPassword(demo.password)));
  await db.$transaction((tx) => seedInto(tx, hashes, now), { timeout: 120_000, maxWait: 10_000 });
  const [offices, users, clients, activeClients, contacts, attendances, litmas, programs, transitions, violations, letters] = await Promise.all([
    db.office.count(), db.user.count(), db.client.count(), db.client.count({ where: { status: "AKTIF" } }), db.contact.count(),
    db.reportingAttendance.count(), db.litmas.count(), db.guidanceProgram.count(), db.stageTransitionRequest.count(),
    db.violation.count(), db.endOfGuidanceLetter.count(),
  ]);
  return { offices, users, clients, activeClients, contacts, attendances, litmas, programs, transitions, violations, letters };
}

const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);
const isPkLevel = (v: string): v is PkLevel => (PK_LEVELS as readonly string[]).includes(v);
const CAPACITY: Record<PkLevel, number> = { ASISTEN_PK: 20, PK_PERTAMA: 25, PK_AHLI_MUDA: 30, PK_AHLI_MADYA: 35, PK_AHLI_UTAMA: 35 };

async function seedInto(tx: Tx, hashes: string[], now: Date): Promise<void> {
  const ctxs: OfficeCtx[] = [];
  for (const [i, code] of (["JKS", "MKS"] as const).entries()) {
    const def = OFFICES[code];
    const meta = demo.offices[code];
    const office = await f.createOffice(tx, {
      code, name: meta.name, timeZone: meta.timeZone, officeClass: def.officeClass, city: def.city, province: def.province,
      address: def.address, phone: def.phone, email: def.email, letterheadLine1: def.letterheadLine1, letterheadLine2: def.letterheadLine2,
      // Jakarta Selatan works with sections (BKD, BKA): the Kepala disposes to a section, its Kasi assigns the PK.
      usesSections: code === "JKS",
    });
    const users: User[] = [];
    for (const [j, a] of demo.accounts.entries()) {
      if (a.office !== code) continue;
      if (!isRole(a.role)) throw new Error(`Peran tidak dikenal di demo-accounts.json: ${a.role}`);
      const level = "pkLevel" in a && typeof a.pkLevel === "string" && isPkLevel(a.pkLevel) ? a.pkLevel : null;
      const section = "section" in a && (a.section === "BKD" || a.section === "BKA") ? a.section : null;
      users.push(await f.createUser(tx, {
        officeId: office.id, role: a.role, name: a.name, email: a.email, nip: a.nip, pkLevel: level, section,
        capacity: level ? CAPACITY[level] : 40, passwordHash: hashes[j],
      }));
    }
    const pks = users.filter((u) => u.role === "PK");
    const today = todayIn(meta.timeZone, now);
    ctxs.push({
      code, def, id: office.id, name: office.name, today, now,
      admin: users.find((u) => u.role === "ADMIN")!,
      kepala: users.find((u) => u.role === "KEPALA_BAPAS")!,
      pks,
      childPk: pks.find((p) => p.name.includes("S.Psi.")) ?? pks[0],
      rng: new Rng(0x5eed_2026 + i * 7919),
      usedNames: new Set(),
      nikSerial: 1,
      tppHeldOn: addDays(today, code === "JKS" ? -10 : -12),
      tzLabel: def.utcOffsetHours === 7 ? "WIB" : def.utcOffsetHours === 8 ? "WITA" : "WIT",
      mangkirBudget: 3,
      stageTurn: 0,
    });
  }

  for (const ctx of ctxs) await seedOffice(tx, ctx);
  await seedPendampingan(tx, ctxs);
  await seedCommunity(tx, ctxs);
  await seedRetention(tx, ctxs.find((c) => c.code === "JKS")!);
}

/**
 * Two old files for the retention review (/audit/retensi): guidance that ended 11 and 12 years ago
 * (the default retention is 10 years), so the Kepala has a decision to try.
 */
async function seedRetention(tx: Tx, ctx: OfficeCtx): Promise<void> {
  const old = [
    { fullName: "Sutrisno Wibowo", years: 12, program: "PB" as const, offence: "Penipuan", article: "Pasal 378 KUHP" },
    { fullName: "Yohanes Tampubolon", years: 11, program: "CB" as const, offence: "Penggelapan", article: "Pasal 372 KUHP" },
  ];
  for (const o of old) {
    const end = addMonths(ctx.today, -12 * o.years - 2);
    const start = addMonths(end, -14);
    await f.createClient(tx, {
      officeId: ctx.id, officeCode: ctx.code, today: ctx.today, fullName: o.fullName, program: o.program, offence: o.offence, offenceArticle: o.article,
      guidanceStart: start, guidanceEnd: end, status: "SELESAI", statusDate: end, statusReason: "Masa pembimbingan selesai",
      assignedPkId: ctx.pks[0].id, assignedById: ctx.admin.id, assignedAt: at(ctx, start, 10), createdById: ctx.admin.id, createdAt: at(ctx, start, 9, 0),
    });
  }
}

/** The reports' offence group of a demo offence (the officer picks it in the form). */
function offenceCategoryOf(o: { offence: string; narkotika?: boolean }): OffenceCategory {
  if (o.narkotika) return "NARKOTIKA";
  if (/^Pencurian|Penadahan/.test(o.offence)) return "PENCURIAN";
  if (/Penipuan|Penggelapan/.test(o.offence)) return "PENIPUAN_PENGGELAPAN";
  if (/Penganiayaan|Pengeroyokan|Kekerasan fisik/.test(o.offence)) return "PENGANIAYAAN";
  if (/terhadap anak/.test(o.offence)) return "PERLINDUNGAN_ANAK";
  return "LAINNYA";
}

/** Work as the file records it at the start of guidance: a child at school, "Tidak bekerja", or working. */
function employmentOf(occupation: string, category: ClientCategory): EmploymentStatus {
  if (category === "ANAK" || occupation === "Pelajar") return "SEKOLAH";
  return occupation === "Tidak bekerja" || occupation === "Ibu rumah tangga" ? "TIDAK_BEKERJA" : "BEKERJA";
}

async function seedOffice(tx: Tx, ctx: OfficeCtx): Promise<void> {
  const { rng, today } = ctx;

  // ---- clients, registered in order of their guidance start so register numbers follow the calendar
  const specs = SLOTS[ctx.code].map((slot) => buildSpec(ctx, slot));
  specs.forEach((s) => choosePk(ctx, s));
  specs.sort((a, b) => a.guidanceStart.getTime() - b.guidanceStart.getTime());

  const recs: ClientRec[] = [];
  for (const s of specs) {
    const created = await f.createClient(tx, {
      officeId: ctx.id, officeCode: ctx.code, today,
      category: s.category, fullName: s.fullName, aliasName: s.aliasName, nik: s.nik, birthPlace: s.birthPlace, birthDate: s.birthDate,
      gender: s.gender, religion: s.religion, education: s.education, occupation: s.occupation.title, maritalStatus: s.maritalStatus,
      address: s.address, city: ctx.def.city, phone: s.phone,
      familyContactName: s.familyContactName, familyContactRelation: s.familyContactRelation, familyContactPhone: s.familyContactPhone,
      guarantorName: s.guarantorName, guarantorRelation: s.guarantorRelation, guarantorAddress: s.guarantorAddress, guarantorPhone: s.guarantorPhone,
      originType: s.originType, originInstitution: s.originInstitution, offence: s.offence.offence, offenceArticle: s.offence.article,
      offenceCategory: offenceCategoryOf(s.offence), employmentStatus: employmentOf(s.occupation.title, s.category), employmentStatusSince: s.guidanceStart,
      courtDecisionNumber: s.courtDecisionNumber, courtDecisionDate: s.courtDecisionDate, sentenceMonths: s.sentenceMonths,
      program: s.program, guidanceStart: s.guidanceStart, guidanceEnd: s.guidanceEnd,
      status: s.status, statusReason: s.statusReason, statusDate: s.statusDate,
      currentStage: s.currentStage ?? null, stageStartedOn: s.stageStartedOn,
      createdById: ctx.admin.id, createdAt: at(ctx, s.guidanceStart, 9, rng.int(0, 59)),
      // Closed clients keep their last PK: the file stays with the officer who guided it.
      assignedPkId: s.pk.id, assignedById: ctx.admin.id,
      assignedAt: at(ctx, s.reassign?.on ?? s.guidanceStart, 10),
      assignmentKind: s.reassign ? "REASSIGNMENT" : "INITIAL",
      assignmentReason: s.reassign?.reason ?? "Penugasan awal",
    });
    if (s.reassign) {
      await f.createAssignment(tx, {
        officeId: ctx.id, clientId: created.id, pkId: s.reassign.fromPk.id, kind: "INITIAL", reason: "Penugasan awal",
        assignedById: ctx.admin.id, startedAt: at(ctx, s.guidanceStart, 10), endedAt: at(ctx, s.reassign.on, 10),
      });
    }
    recs.push({
      spec: s, id: created.id, registerNumber: created.registerNumber, currentStage: created.currentStage!,
      stages: created.stages, attendance: buildAttendance(ctx, s), contacts: [], programs: [], hasLitmas: false,
    });
  }

  // ---- reporting schedules and attendance
  const scheduled = recs.filter((r) => reportingFrequency(r.spec.program));
  const schedules = await tx.reportingSchedule.createManyAndReturn({
    data: scheduled.map((r) => ({
      clientId: r.id, frequency: reportingFrequency(r.spec.program)!, startsOn: r.spec.guidanceStart,
      note: r.spec.program === "ASIMILASI" ? "Wajib lapor satu kali seminggu (asimilasi di rumah) sesuai kontrak bimbingan" : "Wajib lapor satu kali sebulan sesuai kontrak bimbingan",
      createdById: r.spec.reassign?.fromPk.id ?? r.spec.pk.id, createdAt: at(ctx, r.spec.guidanceStart, 10, 30),
    })),
    select: { id: true, clientId: true },
  });
  const scheduleOf = new Map(schedules.map((s) => [s.clientId, s.id]));
  const attendanceRows: Prisma.ReportingAttendanceCreateManyInput[] = [];
  for (const r of recs) {
    for (const a of r.attendance) {
      const pk = pkOn(r.spec, a.dueOn);
      // A miss is the PK's confirmation after following it up, two days after the window closed.
      const confirmedAt = a.status === "MANGKIR" ? new Date(Math.min(at(ctx, addDays(a.closesOn, 2), 14).getTime(), ctx.now.getTime() - MINUTE_MS)) : null;
      attendanceRows.push({
        clientId: r.id, scheduleId: scheduleOf.get(r.id), dueOn: a.dueOn, status: a.status, channel: a.channel, attendedAt: a.attendedAt,
        attendedOn: a.status === "HADIR" ? a.dueOn : null,
        excuseReason: a.status === "IZIN" ? rng.pick(IZIN_REASONS[ctx.code]) : null,
        mangkirReason: a.status === "MANGKIR" ? "Klien ditelepon dan dikunjungi setelah tidak lapor; tidak ada alasan yang dapat diterima." : null,
        confirmedAt,
        recordedById: a.status === "TIDAK_LAPOR" ? null : pk.id,
        note: a.status === "TIDAK_LAPOR"
          ? `Tidak ada catatan lapor sampai batas ${fmtDate(a.closesOn)}.`
          : a.channel === "JARAK_JAUH" ? "Lapor diri jarak jauh melalui panggilan video; klien sedang bekerja di luar kota." : a.status === "IZIN" ? "Izin disetujui PK." : null,
        createdAt: a.attendedAt ?? confirmedAt ?? at(ctx, addDays(a.closesOn, 1), 0, 5),
      });
    }
  }
  await tx.reportingAttendance.createMany({ data: attendanceRows });

  // ---- guidance programs (before contacts, which may belong to one)
  const stageOf = (r: ClientRec, kind: StageKind) => r.stages.find((s) => s.kind === kind)!;
  const templates = PROGRAM_TEMPLATES[ctx.code];
  const tpl = (key: string) => templates.find((t) => t.key === key)!;
  const withPrograms = [
    ...recs.filter((r) => r.spec.special?.startsWith("TR_")),
    ...recs.filter((r) => r.spec.status === "AKTIF" && !r.spec.special).filter((_, i) => i % 5 === 2).slice(0, 5),
  ];
  for (const r of withPrograms) {
    const s = r.spec;
    const main: ProgramTemplate = s.category === "ANAK" ? tpl("sekolah")
      : s.offence.narkotika ? tpl("rehab")
      : s.occupation.title === "Nelayan" && ctx.code === "MKS" ? tpl("laut")
      : s.occupation.title === "Tidak bekerja" ? tpl(ctx.code === "JKS" ? rng.pick(["las", "barista"]) : "montir")
      : tpl(rng.pick(ctx.code === "JKS" ? ["mental", "sosial", "hukum", "barista"] : ["mental", "sosial", "montir"]));
    if (r.currentStage !== "AWAL") {
      const awal = stageOf(r, "AWAL");
      const earlier = tpl(main.key === "mental" ? "sosial" : "mental");
      const start = addDays(awal.actualStart!, 7);
      const end = maxDate(addDays(awal.actualEnd!, -3), addDays(start, 14));
      r.programs.push(await createProgram(tx, ctx, r, earlier, "AWAL", start, end, "DONE", 100));
    }
    const stage = stageOf(r, r.currentStage);
    const start = addDays(stage.actualStart!, 5);
    const end = maxDate(stage.plannedEnd, addDays(start, 30));
    if (start.getTime() >= today.getTime()) {
      r.programs.push(await createProgram(tx, ctx, r, main, r.currentStage, start, end, "PLANNED", 0));
    } else if (end.getTime() < today.getTime()) {
      r.programs.push(await createProgram(tx, ctx, r, main, r.currentStage, start, end, "DONE", 100));
    } else {
      const share = daysBetween(start, today) / Math.max(1, daysBetween(start, end));
      const progress = Math.min(90, Math.max(10, Math.round((share * 100) / 5) * 5));
      r.programs.push(await createProgram(tx, ctx, r, main, r.currentStage, start, end, "ONGOING", progress));
    }
  }

  // ---- contacts
  const contactRows: Prisma.ContactCreateManyInput[] = [];
  for (const r of recs) {
    r.contacts = buildContacts(ctx, r);
    for (const c of r.contacts) {
      const day = c.occurredAt as Date;
      const program = r.programs.find((p) => p.status !== "PLANNED" && p.approach !== "INDIVIDUAL" && p.plannedStart <= day && day <= addDays(p.plannedEnd, 1));
      if (c.type === "KELOMPOK" && program) {
        c.programId = program.id;
        c.guidanceType = program.guidanceType;
        if (c.outcome === "HADIR") c.notes = `Klien mengikuti kegiatan "${program.title}" bersama ${program.partnerName}. Klien hadir tepat waktu dan aktif.`;
      }
      contactRows.push(c);
    }
  }
  await tx.contact.createMany({ data: contactRows });

  await seedLitmas(tx, ctx, recs);
  await seedPersonLitmas(tx, ctx);
  await seedTpp(tx, ctx, recs);
  await seedViolations(tx, ctx, recs);

  // ---- issue 14 part B: risk and needs assessments (one due soon) and a tahap akhir checklist partly done
  const forAssessment = recs.map((r) => ({ id: r.id, officeId: ctx.id, pkId: pkOn(r.spec, today).id, status: r.spec.status, currentStage: r.currentStage, guidanceStart: r.spec.guidanceStart }));
  await seedAssessments(tx, forAssessment, today);
  const akhir = forAssessment.find((c) => c.status === "AKTIF" && c.currentStage === "AKHIR");
  if (akhir) await seedPreparation(tx, akhir, today, (day, hour) => at(ctx, day, hour));
  await seedFamilyAndCommunity(tx, forAssessment, today, (day, hour) => at(ctx, day, hour));

  // ---- the end-of-guidance letter (one office has one)
  const done = recs.find((r) => r.spec.special === "LETTER");
  if (!done) return;
  const issuedOn = minDate(addDays(done.spec.statusDate!, 2), today);
  await f.createEndOfGuidanceLetter(tx, {
    officeId: ctx.id, clientId: done.id, signerId: ctx.kepala.id, signerName: ctx.kepala.name, signerNip: ctx.kepala.nip,
    issuedOn, createdAt: at(ctx, issuedOn, 11),
    statement: `Kepala ${ctx.name} menerangkan bahwa ${done.spec.fullName}, nomor register ${done.registerNumber}, telah selesai menjalani masa pembimbingan ${programPhrase(done.spec.program)} terhitung sejak ${fmtDate(done.spec.guidanceStart)} sampai dengan ${fmtDate(done.spec.guidanceEnd)} dengan baik dan tidak pernah melakukan pelanggaran syarat.`,
  });
}

const CLIENT_GOALS: Partial<Record<GuidanceProgram["guidanceType"], string>> = {
  MENTAL: "Ingin rajin beribadah dan bisa membimbing anak mengaji.",
  SOSIAL: "Ingin diterima kembali oleh tetangga dan aktif di kegiatan RT.",
  KETERAMPILAN: "Ingin punya keahlian supaya bisa membuka usaha sendiri.",
  KERJA_USAHA: "Ingin bekerja tetap dan menafkahi keluarga.",
  KEPATUHAN: "Ingin menyelesaikan masa bimbingan tanpa pelanggaran.",
};

async function createProgram(
  tx: Tx, ctx: OfficeCtx, r: ClientRec, t: ProgramTemplate, stage: StageKind, start: Date, end: Date,
  status: "PLANNED" | "ONGOING" | "DONE", progress: number,
): Promise<GuidanceProgram> {
  const pk = pkOn(r.spec, start);
  const program = await f.createGuidanceProgram(tx, {
    officeId: ctx.id, clientId: r.id, stage, guidanceType: t.guidanceType, approach: t.approach, title: t.title, objectives: t.objectives,
    partnerType: t.partnerType, partnerName: t.partnerName, plannedStart: start, plannedEnd: end, status, progress,
    // Issue 14: the penilaian in words, and the client's own goals.
    rating: status === "PLANNED" ? null : progress >= 70 ? "BAIK" : progress >= 40 ? "CUKUP" : "KURANG",
    ratingNote: status === "PLANNED" ? null : progress >= 70 ? "Klien mengikuti dengan tekun dan menerapkan hasilnya." : progress >= 40 ? "Klien hadir teratur; penerapan masih perlu didampingi." : "Klien sering tidak hadir; perlu motivasi dan arahan keluarga.",
    clientGoals: CLIENT_GOALS[t.guidanceType] ?? "",
    createdById: pk.id, createdAt: at(ctx, addDays(start, -3), 13),
  });
  const count = status === "PLANNED" ? 0 : status === "DONE" ? t.entries.length : Math.min(t.entries.length, Math.max(1, Math.floor(progress / 30)));
  const lastDay = minDate(addDays(ctx.today, -1), end);
  const span = Math.max(0, daysBetween(start, lastDay));
  const entries: Prisma.GuidanceProgramEntryCreateManyInput[] = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(start, Math.round((span * (i + 1)) / (count + (status === "DONE" ? 0 : 1))));
    entries.push({
      programId: program.id, occurredOn: day, description: t.entries[i],
      progress: Math.round((progress * (i + 1)) / count), recordedById: pkOn(r.spec, day).id, createdAt: at(ctx, day, 16),
    });
  }
  if (entries.length > 0) await tx.guidanceProgramEntry.createMany({ data: entries });
  return program;
}

// ---------------------------------------------------------------- litmas

interface LitmasPlan {
  status: LitmasStatus;
  purpose: LitmasPurpose;
  /** Which clients qualify. */
  who: (r: ClientRec) => boolean;
  /** Days before today: received, assigned, submitted, reviewed (or cancelled). */
  days?: [number, number, number?, number?];
  revisions?: number;
  draftSaves?: number;
}

const activeAwal = (r: ClientRec) => r.spec.status === "AKTIF" && r.currentStage === "AWAL" && !r.spec.special && r.spec.program !== "DIVERSI";
const activeAny = (r: ClientRec) => r.spec.status === "AKTIF" && !r.spec.special && r.spec.category === "DEWASA";

function litmasPlans(code: OfficeCode): LitmasPlan[] {
  const integrasi = (program: Program) => (r: ClientRec) => r.spec.program === program && r.spec.status === "AKTIF" && r.spec.category === "DEWASA";
  const doneAwal = (r: ClientRec) => r.spec.status === "AKTIF" && r.currentStage !== "AWAL" && !r.spec.special && r.spec.program !== "DIVERSI";
  const diversi = (r: ClientRec) => r.spec.program === "DIVERSI";
  const jks: LitmasPlan[] = [
    { status: "APPROVED", purpose: "INTEGRASI_PB", who: (r) => r.spec.special === "TR_APPROVED" },
    { status: "APPROVED", purpose: "INTEGRASI_PB", who: integrasi("PB") },
    { status: "APPROVED", purpose: "INTEGRASI_CB", who: integrasi("CB") },
    { status: "APPROVED", purpose: "ASIMILASI", who: integrasi("ASIMILASI") },
    { status: "APPROVED", purpose: "PEMBIMBINGAN_AWAL", who: doneAwal, revisions: 1 },
    { status: "APPROVED", purpose: "DIVERSI", who: diversi },
    { status: "RETURNED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [18, 17, 8, 6], draftSaves: 3 },
    { status: "DRAFT", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [19, 18], draftSaves: 3 },
    { status: "SUBMITTED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [11, 10, 2] },
    { status: "SUBMITTED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [9, 8, 1] },
    { status: "ASSIGNED", purpose: "PEMINDAHAN", who: activeAny, days: [11, 10] },
    { status: "DRAFT", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [8, 7] },
    { status: "ASSIGNED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [5, 4] },
    { status: "REQUESTED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [1, 0] },
  ];
  const mks: LitmasPlan[] = [
    { status: "APPROVED", purpose: "INTEGRASI_PB", who: (r) => r.spec.special === "TR_REVIEWED" },
    { status: "APPROVED", purpose: "INTEGRASI_CMB", who: integrasi("CMB") },
    { status: "APPROVED", purpose: "PEMBIMBINGAN_AWAL", who: doneAwal, revisions: 1 },
    { status: "APPROVED", purpose: "DIVERSI", who: diversi },
    { status: "RETURNED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [13, 12, 5, 3], draftSaves: 2 },
    { status: "SUBMITTED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [12, 11, 3] },
    { status: "DRAFT", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [9, 8] },
    { status: "DRAFT", purpose: "PEMINDAHAN", who: activeAny, days: [5, 4] },
    { status: "CANCELLED", purpose: "PEMINDAHAN", who: activeAny, days: [9, 8, undefined, 6] },
    { status: "ASSIGNED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [6, 5] },
    { status: "REQUESTED", purpose: "PEMBIMBINGAN_AWAL", who: activeAwal, days: [2, 0] },
  ];
  return code === "JKS" ? jks : mks;
}

async function seedLitmas(tx: Tx, ctx: OfficeCtx, recs: ClientRec[]): Promise<void> {
  const { rng, today } = ctx;
  const jobs: f.CreateLitmasInput[] = [];
  for (const plan of litmasPlans(ctx.code)) {
    const received = plan.days ? addDays(today, -plan.days[0]) : null;
    // Prefer the most recently started client whose file existed when the request arrived. Period
    // lengths shift a little with the run date, so fall back to any active adult rather than fail.
    const pickFrom = (who: (r: ClientRec) => boolean) => recs
      .filter((r) => !r.hasLitmas && who(r) && (!received || r.spec.guidanceStart.getTime() < received.getTime()))
      .sort((a, b) => b.spec.guidanceStart.getTime() - a.spec.guidanceStart.getTime())[0];
    const r = pickFrom(plan.who) ?? pickFrom(activeAny);
    if (!r) continue;
    r.hasLitmas = true;
    const s = r.spec;
    const pk = s.pk;

    let requesterInstitution: string;
    let requesterLetterNumber: string | null = null;
    let receivedAt: Date;
    let assignedAt: Date;
    let submittedAt: Date | undefined;
    let reviewedAt: Date | undefined;
    let cancelledAt: Date | undefined;
    let lastActionAt: Date | undefined;

    if (plan.days) {
      const [dRec, dAsg, dSub, dRev] = plan.days;
      receivedAt = dRec === 0 ? new Date(ctx.now.getTime() - 3 * 3_600_000) : at(ctx, addDays(today, -dRec), 10, rng.int(0, 59));
      assignedAt = at(ctx, addDays(today, -dAsg), 9, 30);
      if (dSub !== undefined) submittedAt = at(ctx, addDays(today, -dSub), 15, rng.int(0, 59));
      if (dRev !== undefined) (plan.status === "CANCELLED" ? (cancelledAt = at(ctx, addDays(today, -dRev), 11)) : (reviewedAt = at(ctx, addDays(today, -dRev), 14)));
      if (plan.status === "DRAFT") lastActionAt = at(ctx, addDays(today, -1), 16, rng.int(0, 59));
    } else if (plan.purpose === "PEMBIMBINGAN_AWAL") {
      // Written at the start of guidance, returned once, approved within three weeks.
      receivedAt = at(ctx, addDays(s.guidanceStart, 2), 10);
      assignedAt = at(ctx, addDays(s.guidanceStart, 3), 9, 30);
      submittedAt = at(ctx, addDays(s.guidanceStart, 16), 15);
      reviewedAt = at(ctx, addDays(s.guidanceStart, 18), 11);
    } else if (plan.purpose === "DIVERSI") {
      // Within the three-day deadline, before the diversion agreement.
      receivedAt = at(ctx, addDays(s.guidanceStart, -10), 9);
      assignedAt = at(ctx, addDays(s.guidanceStart, -10), 13);
      submittedAt = at(ctx, addDays(s.guidanceStart, -8), 15);
      reviewedAt = at(ctx, addDays(s.guidanceStart, -7), 10);
    } else {
      // Integration litmas: written for the Lapas before release.
      receivedAt = at(ctx, addDays(s.guidanceStart, -45), 10);
      assignedAt = at(ctx, addDays(s.guidanceStart, -44), 9, 30);
      submittedAt = at(ctx, addDays(s.guidanceStart, -38), 15);
      reviewedAt = at(ctx, addDays(s.guidanceStart, -34), 11);
    }

    const letterDay = addDays(receivedAt, -rng.int(1, 3));
    const year = letterDay.getUTCFullYear();
    if (plan.purpose === "PEMBIMBINGAN_AWAL") {
      requesterInstitution = `${ctx.name} (${s.category === "ANAK" ? ctx.def.kasiAnak : ctx.def.kasiDewasa})`;
    } else if (plan.purpose === "PEMINDAHAN") {
      requesterInstitution = `${ctx.name} (permohonan klien pindah domisili)`;
    } else if (plan.purpose === "DIVERSI") {
      requesterInstitution = s.originInstitution;
      requesterLetterNumber = s.originType === "LAINNYA" ? `B/${rng.int(200, 2400)}/${ROMAN[letterDay.getUTCMonth()]}/${year}/Reskrim` : `W${rng.int(100, 999)}/PN/${year}`;
    } else {
      requesterInstitution = s.originInstitution;
      requesterLetterNumber = `${rng.int(100, 2400)}/PK.01.05.02/${s.originAbbr}/${year}`;
    }

    jobs.push({
      officeId: ctx.id, clientId: r.id, status: plan.status, purpose: plan.purpose,
      requesterInstitution, requesterLetterNumber, requesterLetterDate: requesterLetterNumber ? letterDay : null,
      receivedAt, createdById: ctx.admin.id, disposedById: ctx.kepala.id, reviewerId: ctx.kepala.id,
      assignedPkId: pk.id, assignedAt, submittedAt, reviewedAt, cancelledAt, lastActionAt,
      sections: litmasSections(ctx, s, plan.purpose),
      draftSaves: plan.draftSaves, revisions: plan.revisions,
      reviewNotes: plan.status === "RETURNED" ? rng.pick(RETURN_NOTES) : undefined,
      cancelReason: plan.status === "CANCELLED" ? "Klien membatalkan rencana pindah domisili; permohonan ditarik." : undefined,
      now: ctx.now,
    });
  }
  // Approval numbers are handed out in the order the approvals happened.
  const key = (j: f.CreateLitmasInput) => (j.status === "APPROVED" ? j.reviewedAt! : j.receivedAt!).getTime();
  jobs.sort((a, b) => key(a) - key(b));
  for (const job of jobs) await f.createLitmas(tx, job);
}

// ---------------------------------------------------------------- litmas for people not in guidance

/**
 * Most litmas are about people who are not clients: a prisoner assessed for parole, a child at the
 * police, a detainee. Each office gets three such requests: a person record and a litmas, and no
 * guidance period, caseload entry or reporting schedule.
 */
async function seedPersonLitmas(tx: Tx, ctx: OfficeCtx): Promise<void> {
  const jks = ctx.code === "JKS";
  const hours = (h: number) => new Date(ctx.now.getTime() - h * 3_600_000);
  const people = jks
    ? [
        { person: { fullName: "Joko Susilo", birthPlace: "Jakarta", birthDate: utcDate(1988, 3, 15), gender: "LAKI_LAKI" as Gender, address: "Jl. Tebet Barat Dalam No. 5, Jakarta Selatan" },
          litmas: { purpose: "INTEGRASI_PB" as LitmasPurpose, requesterType: "LAPAS" as const, requesterInstitution: "Lapas Kelas I Cipinang", custodyInstitution: "Lapas Kelas I Cipinang", offence: "Pencurian dengan pemberatan", offenceArticle: "Pasal 363 KUHP", status: "APPROVED" as LitmasStatus, receivedAt: hours(240) } },
        { person: { fullName: "Rizky Maulana", birthPlace: "Jakarta", birthDate: addMonths(ctx.today, -15 * 12 - 4), gender: "LAKI_LAKI" as Gender, address: "Jl. Mampang Prapatan XI No. 8, Jakarta Selatan", guardianName: "Siti Aminah", guardianRelation: "ibu kandung", guardianPhone: "081310004321" },
          litmas: { purpose: "DIVERSI" as LitmasPurpose, requesterType: "KEPOLISIAN" as const, requesterInstitution: "Polres Metro Jakarta Selatan", custodyInstitution: null, offence: "Penganiayaan ringan", offenceArticle: "Pasal 352 KUHP", status: "REQUESTED" as LitmasStatus, receivedAt: hours(5) } },
        { person: { fullName: "Agus Setiawan", birthPlace: "Depok", birthDate: utcDate(1984, 8, 21), gender: "LAKI_LAKI" as Gender, address: "Jl. Kalibata Tengah No. 17, Jakarta Selatan" },
          litmas: { purpose: "INTEGRASI_CB" as LitmasPurpose, requesterType: "LAPAS" as const, requesterInstitution: "Lapas Kelas IIA Salemba", custodyInstitution: "Lapas Kelas IIA Salemba", offence: "Penadahan", offenceArticle: "Pasal 480 KUHP", status: "SUBMITTED" as LitmasStatus, receivedAt: hours(150) } },
        { person: { fullName: "Hendro Wibowo", birthPlace: "Bogor", birthDate: utcDate(1979, 11, 2), gender: "LAKI_LAKI" as Gender, address: "Jl. Cilandak KKO No. 21, Jakarta Selatan" },
          litmas: { purpose: "PERAWATAN_TAHANAN" as LitmasPurpose, requesterType: "RUTAN" as const, requesterInstitution: "Rutan Kelas I Jakarta Pusat (Salemba)", custodyInstitution: "Rutan Kelas I Jakarta Pusat (Salemba)", offence: "Penggelapan", offenceArticle: "Pasal 372 KUHP", status: "DRAFT" as LitmasStatus, receivedAt: hours(96) } },
      ]
    : [
        { person: { fullName: "Muhammad Ilham", birthPlace: "Makassar", birthDate: utcDate(1990, 6, 9), gender: "LAKI_LAKI" as Gender, address: "Jl. Abdullah Daeng Sirua No. 40, Makassar" },
          litmas: { purpose: "ASIMILASI" as LitmasPurpose, requesterType: "LAPAS" as const, requesterInstitution: "Lapas Kelas I Makassar", custodyInstitution: "Lapas Kelas I Makassar", offence: "Narkotika (pemakai)", offenceArticle: "Pasal 127 UU 35/2009", status: "ASSIGNED" as LitmasStatus, receivedAt: hours(30) } },
        { person: { fullName: "Aldi Saputra", birthPlace: "Gowa", birthDate: addMonths(ctx.today, -14 * 12 - 7), gender: "LAKI_LAKI" as Gender, address: "Jl. Tamalate I No. 3, Makassar", guardianName: "Daeng Baso", guardianRelation: "ayah kandung", guardianPhone: "085240001234" },
          litmas: { purpose: "SIDANG_ANAK" as LitmasPurpose, requesterType: "KEPOLISIAN" as const, requesterInstitution: "Polrestabes Makassar", custodyInstitution: null, offence: "Pencurian", offenceArticle: "Pasal 362 KUHP", status: "REQUESTED" as LitmasStatus, receivedAt: hours(20) } },
        { person: { fullName: "Nurhayati", birthPlace: "Maros", birthDate: utcDate(1985, 1, 27), gender: "PEREMPUAN" as Gender, address: "Jl. Poros Maros No. 12, Maros" },
          litmas: { purpose: "CUTI_MENGUNJUNGI_KELUARGA" as LitmasPurpose, requesterType: "LAPAS" as const, requesterInstitution: "Lapas Perempuan Kelas IIA Sungguminasa", custodyInstitution: "Lapas Perempuan Kelas IIA Sungguminasa", offence: "Penipuan", offenceArticle: "Pasal 378 KUHP", status: "DRAFT" as LitmasStatus, receivedAt: hours(70) } },
      ];
  for (const [i, { person, litmas }] of people.entries()) {
    const p = await tx.person.create({ data: { ...person, officeId: ctx.id, createdById: ctx.admin.id }, select: { id: true } });
    const assigned = litmas.status !== "REQUESTED";
    // The approved one waits for its decree (SK PB): the Kepala starts guidance from it.
    const created = await f.createLitmas(tx, {
      officeId: ctx.id, personId: p.id, clientId: null, ...litmas,
      requesterLetterNumber: `${100 + i * 37}/PK.01.05.02/${ctx.code}/${ctx.today.getUTCFullYear()}`,
      createdById: ctx.admin.id, disposedById: ctx.kepala.id, reviewerId: ctx.kepala.id,
      assignedPkId: assigned ? (litmas.purpose === "DIVERSI" || litmas.purpose === "SIDANG_ANAK" ? ctx.childPk.id : ctx.pks[0].id) : null,
      sections: litmas.status === "DRAFT" ? normalizeSections({ identitas: `Nama: ${person.fullName}`, latarBelakangKeluarga: "Wawancara dengan keluarga dijadwalkan minggu ini." }) : undefined,
      now: ctx.now,
    });
    if (jks) await seedLitmasStory(tx, ctx, created, person.fullName);
  }
}

/**
 * Jakarta Selatan's litmas stories (the office works with sections): Joko Susilo's PB litmas went
 * through a sidang TPP before approval and was delivered to the Lapas (it now awaits the SK PB);
 * Agus Setiawan's CB litmas awaits the TPP; Rizky Maulana's diversi request is disposed to BKA and
 * awaits its Kasi.
 */
async function seedLitmasStory(tx: Tx, ctx: OfficeCtx, l: f.CreatedLitmas, fullName: string): Promise<void> {
  if (l.status === "APPROVED" && l.purpose === "INTEGRASI_PB" && l.approvedAt) {
    const reviewedAt = new Date(l.approvedAt.getTime() - 2 * 3_600_000);
    const heldOn = todayIn(demo.offices[ctx.code].timeZone, reviewedAt);
    const session = await f.createTppSession(tx, {
      officeId: ctx.id, createdById: ctx.admin.id, heldOn, location: ctx.def.tppRoom, chairName: ctx.def.tppChair,
      members: [{ name: ctx.def.tppChair, role: "Ketua" }, { name: ctx.def.tppSecretary, role: "Sekretaris" }, ...ctx.pks.map((p) => ({ name: p.name, role: "Anggota" }))],
      createdAt: reviewedAt,
      minutes: `Sidang TPP membahas litmas integrasi pembebasan bersyarat atas nama ${fullName} (Lapas Kelas I Cipinang). Narapidana berkelakuan baik, telah menjalani 2/3 masa pidana, keluarga bersedia menjadi penjamin. Rekomendasi TPP: SETUJU diusulkan pembebasan bersyarat.`,
    });
    const deliveredAt = new Date(Math.min(l.approvedAt.getTime() + 26 * 3_600_000, ctx.now.getTime() - 3_600_000));
    await tx.litmas.update({
      where: { id: l.id },
      data: {
        tppSessionId: session.id, tppRecommendation: "SETUJU", tppNotes: "Layak diusulkan pembebasan bersyarat; wajib lapor satu kali sebulan.",
        deliveredAt, deliveryMethod: "DIANTAR_LANGSUNG", deliveredTo: "Petugas registrasi Lapas Kelas I Cipinang", deliveredById: ctx.admin.id,
      },
    });
    await tx.litmasEvent.createMany({
      data: [
        { litmasId: l.id, action: "TPP_REVIEWED", actorId: ctx.admin.id, at: reviewedAt, note: "Sidang TPP: setuju. Layak diusulkan pembebasan bersyarat." },
        { litmasId: l.id, action: "DELIVERED", actorId: ctx.admin.id, at: deliveredAt, note: "Diantar langsung kepada Petugas registrasi Lapas Kelas I Cipinang" },
      ],
    });
  }
  if (l.status === "REQUESTED" && l.purpose === "DIVERSI") {
    const kasi = await tx.user.findFirstOrThrow({ where: { officeId: ctx.id, role: "KASI", section: "BKA" }, select: { name: true } });
    const disposedAt = new Date(Math.min(l.receivedAt.getTime() + 3_600_000, ctx.now.getTime() - 60_000));
    await tx.litmas.update({ where: { id: l.id }, data: { section: "BKA", disposedAt, disposedById: ctx.kepala.id, version: { increment: 1 } } });
    await tx.litmasEvent.create({ data: { litmasId: l.id, action: "DISPOSED_TO_SECTION", actorId: ctx.kepala.id, at: disposedAt, note: `Didisposisikan ke seksi BKA (Kasi ${kasi.name})` } });
  }
}

// ---------------------------------------------------------------- TPP and stage transitions

function transitionSummary(r: ClientRec, asOf: Date): Prisma.InputJsonValue {
  const att = r.attendance.filter((a) => a.dueOn.getTime() <= asOf.getTime());
  return {
    asOf: asOf.toISOString(),
    contacts: r.contacts.filter((c) => (c.occurredAt as Date).getTime() <= asOf.getTime()).length,
    attendance: {
      hadir: att.filter((a) => a.status === "HADIR").length,
      izin: att.filter((a) => a.status === "IZIN").length,
      mangkir: att.filter((a) => a.status === "MANGKIR").length,
    },
    programs: r.programs.filter((p) => p.createdAt.getTime() <= asOf.getTime()).map((p) => ({ title: p.title, stage: p.stage, status: p.status, progress: p.progress })),
    violations: 0,
  };
}

async function seedTpp(tx: Tx, ctx: OfficeCtx, recs: ClientRec[]): Promise<void> {
  const approved = recs.find((r) => r.spec.special === "TR_APPROVED")!;
  const reviewed = recs.find((r) => r.spec.special === "TR_REVIEWED")!;
  const proposed = recs.find((r) => r.spec.special === "TR_PROPOSED")!;
  const held = ctx.tppHeldOn;
  const members = [
    { name: ctx.def.tppChair, role: "Ketua" },
    { name: ctx.def.tppSecretary, role: "Sekretaris" },
    ...ctx.pks.map((p) => ({ name: p.name, role: "Anggota" })),
  ];
  const session = await f.createTppSession(tx, {
    officeId: ctx.id, createdById: ctx.admin.id, heldOn: held, location: ctx.def.tppRoom, chairName: ctx.def.tppChair, members,
    createdAt: at(ctx, held, 14),
    minutes: [
      `Sidang TPP dibuka pukul 09.00 ${ctx.tzLabel} oleh Ketua TPP dan dihadiri ${members.length} anggota. Agenda: pembahasan usulan perubahan tahap bimbingan.`,
      `1. ${approved.spec.fullName} (${approved.registerNumber}), usulan tahap awal ke tahap lanjutan (PK: ${approved.spec.pk.name}). Klien kooperatif, tertib lapor diri, dan telah menyelesaikan program tahap awal. Rekomendasi TPP: SETUJU.`,
      `2. ${reviewed.spec.fullName} (${reviewed.registerNumber}), usulan tahap lanjutan ke tahap akhir (PK: ${reviewed.spec.pk.name}). Klien bekerja tetap dan didukung keluarga. Rekomendasi TPP: SETUJU, dengan catatan program keterampilan dilanjutkan pada tahap akhir.`,
      "Sidang ditutup pukul 11.15; hasil sidang disampaikan kepada Kepala Bapas untuk diputuskan.",
    ].join("\n"),
  });

  const proposedApproved = at(ctx, addDays(held, -6), 10);
  const decided = at(ctx, addDays(held, 2), 9);
  await f.createTransitionRequest(tx, {
    officeId: ctx.id, clientId: approved.id, fromStage: "AWAL", toStage: "LANJUTAN", proposedById: approved.spec.pk.id,
    proposedAt: proposedApproved, summary: transitionSummary(approved, proposedApproved),
    pkAssessment: `Selama tahap awal klien kooperatif, hadir lapor diri sesuai jadwal, dan ${lowerFirst(approved.spec.occupation.activity)}. Program tahap awal selesai; klien diusulkan masuk tahap lanjutan.`,
    status: "APPROVED", tppSessionId: session.id, tppRecommendation: "SETUJU",
    tppNotes: "TPP sepakat klien memenuhi syarat untuk masuk tahap lanjutan.",
    decidedById: ctx.kepala.id, decidedAt: decided, decisionReason: "Disetujui sesuai rekomendasi TPP.", version: 3,
  });

  const proposedReviewed = at(ctx, addDays(held, -4), 11);
  await f.createTransitionRequest(tx, {
    officeId: ctx.id, clientId: reviewed.id, fromStage: "LANJUTAN", toStage: "AKHIR", proposedById: reviewed.spec.pk.id,
    proposedAt: proposedReviewed, summary: transitionSummary(reviewed, proposedReviewed),
    pkAssessment: `Klien menjalani tahap lanjutan dengan baik, ${lowerFirst(reviewed.spec.occupation.activity)}, dan tidak ada pelanggaran. Diusulkan masuk tahap akhir untuk persiapan akhir pembimbingan.`,
    status: "TPP_REVIEWED", tppSessionId: session.id, tppRecommendation: "SETUJU",
    tppNotes: "TPP merekomendasikan persetujuan; program keterampilan dilanjutkan pada tahap akhir.", version: 2,
  });

  const proposedAt = at(ctx, addDays(ctx.today, -2), 11);
  await f.createTransitionRequest(tx, {
    officeId: ctx.id, clientId: proposed.id, fromStage: "AWAL", toStage: "LANJUTAN", proposedById: proposed.spec.pk.id,
    proposedAt, summary: transitionSummary(proposed, proposedAt),
    pkAssessment: "Masa tahap awal telah terlampaui. Klien rutin lapor diri dan mengikuti bimbingan; diusulkan masuk tahap lanjutan pada sidang TPP berikutnya.",
  });
}

// ---------------------------------------------------------------- violations and revocation

/** A PB revocation's report upward with the pencabutan sementara, and the ministry's decree. */
function reportedUpward(ctx: OfficeCtx, suspendedOn: Date, decidedOn: Date, n: number) {
  return {
    authority: "MENTERI" as const,
    referredTo: "Kepala Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan; tembusan Direktur Jenderal Pemasyarakatan",
    referralNumber: `W.${ctx.code}.PK.01.05-${String(100 + n).padStart(4, "0")}`,
    referredAt: at(ctx, suspendedOn, 11),
    decreeNumber: `PAS-${String(400 + n)}.PK.05.09 Tahun ${decidedOn.getUTCFullYear()}`,
    decreeDate: addDays(decidedOn, -1),
  };
}

async function seedViolations(tx: Tx, ctx: OfficeCtx, recs: ClientRec[]): Promise<void> {
  const rows: Prisma.ViolationCreateManyInput[] = [];
  for (const r of recs) {
    const missed = r.attendance.filter((a) => a.status === "MANGKIR");
    const s = r.spec;
    if (s.special === "MANGKIR2") {
      // The confirmed miss; the latest day still waits for the PK (TIDAK_LAPOR), so it is no violation yet.
      missed.forEach((m) => rows.push({
        officeId: ctx.id, clientId: r.id, type: "MANGKIR_WAJIB_LAPOR", occurredOn: m.dueOn, raisedBySystem: false, reportedById: s.pk.id,
        status: "OPEN", createdAt: at(ctx, addDays(m.closesOn, 2), 14),
        description: `Klien tidak melaksanakan wajib lapor jadwal ${fmtDate(m.dueOn)}. Tindak lanjut PK: kunjungan rumah, klien tidak ditemukan di rumah.`,
      }));
    } else if (s.special === "REVOKED_MANGKIR") {
      const last = missed[missed.length - 1].dueOn;
      const revocation = await f.createRevocation(tx, {
        officeId: ctx.id, clientId: r.id, status: "REVOKED", raisedBySystem: true,
        pkReport: `Klien tidak melaksanakan wajib lapor tiga kali berturut-turut (${missed.map((m) => fmtDate(m.dueOn)).join(", ")}). Dua kali kunjungan rumah tidak menemukan klien; keluarga tidak mengetahui keberadaan klien.`,
        pkReportedAt: at(ctx, addDays(last, 5), 14), tppRecommendation: "SETUJU",
        tppNotes: "TPP merekomendasikan pencabutan pembebasan bersyarat.",
        decidedById: ctx.kepala.id, suspendedAt: at(ctx, addDays(last, 12), 10),
        ...reportedUpward(ctx, addDays(last, 12), s.statusDate!, 1),
        outcomeAt: at(ctx, s.statusDate!, 10), outcomeNote: s.statusReason, version: 5, createdAt: at(ctx, addDays(last, 1), 0, 5),
      });
      missed.forEach((m) => rows.push({
        officeId: ctx.id, clientId: r.id, type: "MANGKIR_WAJIB_LAPOR", occurredOn: m.dueOn, raisedBySystem: false, reportedById: s.pk.id, status: "RESOLVED",
        revocationId: revocation.id, createdAt: at(ctx, addDays(m.closesOn, 2), 14),
        description: `Klien tidak melaksanakan wajib lapor tanggal ${fmtDate(m.dueOn)}.`,
      }));
    } else if (s.special === "REVOKED_OFFENCE") {
      const arrested = addDays(ctx.today, -60);
      const revocation = await f.createRevocation(tx, {
        officeId: ctx.id, clientId: r.id, status: "REVOKED", raisedBySystem: false,
        pkReport: "Klien ditahan Polsek Tallo atas dugaan pencurian sepeda motor (Pasal 363 KUHP). Klien mengakui perbuatannya saat dijenguk PK.",
        pkReportedAt: at(ctx, addDays(arrested, 3), 14), tppRecommendation: "SETUJU",
        tppNotes: "TPP merekomendasikan pencabutan pembebasan bersyarat karena tindak pidana baru.",
        decidedById: ctx.kepala.id, suspendedAt: at(ctx, addDays(arrested, 8), 10),
        ...reportedUpward(ctx, addDays(arrested, 8), s.statusDate!, 2),
        outcomeAt: at(ctx, s.statusDate!, 10), outcomeNote: s.statusReason, version: 5, createdAt: at(ctx, addDays(arrested, 1), 10),
      });
      rows.push({
        officeId: ctx.id, clientId: r.id, type: "TINDAK_PIDANA_BARU", occurredOn: arrested, raisedBySystem: false, status: "RESOLVED",
        reportedById: s.pk.id, revocationId: revocation.id, createdAt: at(ctx, addDays(arrested, 1), 9),
        description: "Klien ditangkap Polsek Tallo karena diduga melakukan pencurian sepeda motor di Kelurahan Rappokalling.",
      });
    } else {
      for (const m of missed) {
        rows.push({
          officeId: ctx.id, clientId: r.id, type: "MANGKIR_WAJIB_LAPOR", occurredOn: m.dueOn, raisedBySystem: false, reportedById: pkOn(s, m.dueOn).id, status: "RESOLVED",
          createdAt: at(ctx, addDays(m.closesOn, 2), 14),
          description: `Klien tidak lapor diri tanggal ${fmtDate(m.dueOn)}. Setelah dipanggil, klien datang dan diberi teguran lisan; klien menandatangani surat pernyataan tidak mengulangi.`,
        });
      }
    }
  }
  await tx.violation.createMany({ data: rows });
}

// ---------------------------------------------------------------- command line

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL belum diisi.");
    process.exitCode = 1;
    return;
  }
  // Demo accounts share one published password: never in a production database.
  if (process.env.NODE_ENV === "production") {
    console.error("Data demo tidak dimuat: NODE_ENV=production. Siapkan kantor pertama dengan `npm run setup`.");
    process.exitCode = 1;
    return;
  }
  const db = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(url)) });
  try {
    if ((await db.office.count()) > 0) {
      if (process.argv.includes("--if-empty")) {
        console.log("data demo sudah ada");
        return;
      }
      console.error("Basis data sudah berisi data; data demo hanya dimuat ke basis data kosong (pakai --if-empty untuk melewati).");
      process.exitCode = 1;
      return;
    }
    const started = Date.now();
    const s = await seed(db);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Data demo dimuat dalam ${secs} s: ${s.offices} kantor, ${s.users} akun, ${s.clients} klien (${s.activeClients} aktif), ` +
        `${s.contacts} kontak, ${s.attendances} catatan lapor diri, ${s.litmas} litmas, ${s.programs} program bimbingan, ` +
        `${s.transitions} usulan tahap, ${s.violations} pelanggaran, ${s.letters} surat keterangan akhir.`,
    );
  } finally {
    await db.$disconnect();
  }
}

const entry = process.argv[1] ? path.resolve(process.argv[1]) : "";
if (entry === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
