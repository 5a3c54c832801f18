// Factories for integration tests and the demo seed: each creates rows with sensible Indonesian
// defaults, and every field can be overridden. They take a PrismaClient or a transaction client
// and import nothing from Next.js, so vitest and `prisma/seed.ts` can both use them.
import { isIdentityField, personIdentityOf, type ClientIdentity, type IdentityField } from "@/lib/domain/person";
import { formatLetterNumber } from "@/lib/domain/letter-number";
import { formatLitmasNumber, LITMAS_SECTION_KEYS, litmasDueAt, type LitmasSectionKey, type LitmasSections } from "@/lib/domain/litmas";
import { DEFAULT_REGISTER_FORMAT, formatRegisterNumber } from "@/lib/domain/register-number";
import { randomBytes, randomInt } from "node:crypto";
import type {
  AssignmentKind,
  AttendanceStatus,
  CaseloadAssignment,
  Client,
  RequesterType,
  ClientStatus,
  Contact,
  Person,
  EndOfGuidanceLetter,
  GuidanceProgram,
  GuidanceProgramEntry,
  GuidanceStage,
  Litmas,
  LitmasAction,
  LitmasPurpose,
  LitmasStatus,
  Office,
  Prisma,
  PrismaClient,
  ReportingAttendance,
  ReportingSchedule,
  RevocationProceeding,
  Role,
  StageKind,
  StageStatus,
  StageTransitionRequest,
  TppSession,
  User,
  Violation,
} from "../../lib/server/generated/prisma/client.ts";
import { hashPassword } from "../../lib/server/auth/password.ts";
import { addDays, addMonths, todayIn } from "../../lib/domain/calendar.ts";
import { STAGE_KINDS } from "../../lib/domain/enums.ts";
import { buildNik } from "../../lib/domain/nik.ts";
import { computeStagePlan, plannedStageOn, type StageBoundaries } from "../../lib/domain/stages.ts";

/** A PrismaClient or the client handed to `$transaction(async (tx) => ...)`. */
export type FactoryDb = PrismaClient | Prisma.TransactionClient;

/** Password of every user the factories create unless told otherwise. */
export const DEFAULT_PASSWORD = "Rahasia#Uji2026";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------- unique values

// Unique fields carry a per-process tag so test files and parallel workers sharing one database
// never collide. `resetFactorySequence("")` gives fully predictable values.
let runTag = String(randomInt(100_000, 1_000_000));
let counter = 0;

export function resetFactorySequence(tag = ""): void {
  if (!/^\d{0,6}$/.test(tag)) throw new Error("tag harus 0-6 digit angka");
  runTag = tag;
  counter = 0;
}

function nextSeq(): number {
  counter += 1;
  return counter;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

// ---------------------------------------------------------------- numbering

export type CounterKind = "REGISTER" | "LITMAS" | "LETTER";

/** Atomically takes the next number of an office's yearly sequence (as the services do). */
export async function nextOfficeCounter(db: FactoryDb, officeId: string, kind: CounterKind, year: number): Promise<number> {
  const row = await db.officeCounter.upsert({
    where: { officeId_kind_year: { officeId, kind, year } },
    create: { officeId, kind, year, value: 1 },
    update: { value: { increment: 1 } },
    select: { value: true },
  });
  return row.value;
}

// Numbers and litmas rules come from lib/domain, like the services use them.
export { formatLetterNumber, formatLitmasNumber };

async function officeInfo(db: FactoryDb, officeId: string): Promise<{ code: string; timeZone: string }> {
  return db.office.findUniqueOrThrow({ where: { id: officeId }, select: { code: true, timeZone: true } });
}

// ---------------------------------------------------------------- offices and users

export type OfficeOverrides = Partial<Prisma.OfficeUncheckedCreateInput>;

export async function createOffice(db: FactoryDb, overrides: OfficeOverrides = {}): Promise<Office> {
  const n = nextSeq();
  return db.office.create({
    data: {
      code: `U${runTag}${n}`,
      name: `Bapas Kelas II Uji ${n}`,
      officeClass: "KELAS_II",
      city: "Jakarta Selatan",
      province: "DKI Jakarta",
      address: `Jl. Raya Pasar Minggu No. ${n}, Kel. Pejaten Timur, Kec. Pasar Minggu, Jakarta Selatan`,
      phone: "(021) 7990000",
      email: `bapas.uji${runTag}${n}@bimbing.id`,
      timeZone: "Asia/Jakarta",
      letterheadLine1: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
      letterheadLine2: "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN DKI JAKARTA",
      ...overrides,
    },
  });
}

const USER_NAMES = ["Agus Setiawan, S.H.", "Sri Handayani, S.Psi.", "Yogi Pratama, S.Sos.", "Maria Ulfah, S.H.", "Fikri Ramadhan, S.Psi."];

export interface CreateUserInput extends Partial<Omit<User, "officeId" | "role" | "passwordHash">> {
  officeId: string;
  role: Role;
  /** Plain password to hash (default DEFAULT_PASSWORD); ignored when passwordHash is given. */
  password?: string;
  passwordHash?: string;
}

// argon2 takes ~70 ms a hash; tests create many users with the same password, so hash it once.
const hashCache = new Map<string, Promise<string>>();
function cachedHash(plain: string): Promise<string> {
  let h = hashCache.get(plain);
  if (!h) {
    h = hashPassword(plain);
    hashCache.set(plain, h);
  }
  return h;
}

export async function createUser(db: FactoryDb, input: CreateUserInput): Promise<User> {
  const { password, passwordHash, ...fields } = input;
  const n = nextSeq();
  return db.user.create({
    data: {
      name: USER_NAMES[n % USER_NAMES.length],
      email: `${input.role.toLowerCase().replace("_", ".")}.${runTag}${n}@uji.bimbing.id`,
      nip: `1990${runTag}${pad(n, 14 - runTag.length)}`,
      pkLevel: input.role === "PK" ? "PK_PERTAMA" : null,
      ...fields,
      passwordHash: passwordHash ?? (await cachedHash(password ?? DEFAULT_PASSWORD)),
    },
  });
}

// ---------------------------------------------------------------- guidance stages

export interface StagePlanInput {
  guidanceStart: Date;
  guidanceEnd: Date;
  status: ClientStatus;
  /** When a closed client's guidance ended; default guidanceEnd. */
  statusDate?: Date | null;
  today: Date;
  /** Where the client stands; default the planned stage on `today` (or on the closing day). */
  currentStage?: StageKind | null;
  boundaries?: StageBoundaries;
  /** Actual start of a stage when it differs from the plan (a transition approved late or early). */
  stageStartedOn?: Partial<Record<StageKind, Date>>;
}

export interface StageRow {
  kind: StageKind;
  plannedStart: Date;
  plannedEnd: Date;
  actualStart: Date | null;
  actualEnd: Date | null;
  status: StageStatus;
}

/**
 * The three GuidanceStage rows for a client: stages before the current one COMPLETED, the current
 * one ACTIVE, later ones PLANNED. For a closed client (not AKTIF) the stage it stood in is closed
 * on the status date.
 */
export function buildStageRows(input: StagePlanInput): { currentStage: StageKind; stages: StageRow[] } {
  const plan = computeStagePlan(input.guidanceStart, input.guidanceEnd, input.boundaries);
  const closedOn = input.status === "AKTIF" ? null : (input.statusDate ?? input.guidanceEnd);
  const refDay = closedOn ?? input.today;
  const current = input.currentStage ?? plannedStageOn(plan, refDay);
  const ci = STAGE_KINDS.indexOf(current);

  const starts: Date[] = [];
  for (let i = 0; i <= ci; i++) {
    const wanted = input.stageStartedOn?.[STAGE_KINDS[i]] ?? plan[i].plannedStart;
    if (i === 0) {
      starts.push(wanted);
      continue;
    }
    // Each stage reached must have begun after the previous one and, at the latest, leave a day
    // for every later reached stage before the reference day.
    const earliest = addDays(starts[i - 1], 1);
    const latest = addDays(refDay, -(ci - i));
    let s = wanted;
    if (s.getTime() > latest.getTime()) s = latest;
    if (s.getTime() < earliest.getTime()) s = earliest;
    starts.push(s);
  }

  const stages = plan.map((p, i): StageRow => {
    if (i < ci) return { ...p, actualStart: starts[i], actualEnd: addDays(starts[i + 1], -1), status: "COMPLETED" };
    if (i === ci) return { ...p, actualStart: starts[i], actualEnd: closedOn, status: closedOn ? "COMPLETED" : "ACTIVE" };
    return { ...p, actualStart: null, actualEnd: null, status: "PLANNED" };
  });
  return { currentStage: current, stages };
}

// ---------------------------------------------------------------- clients and caseload

const CLIENT_NAMES: [string, "LAKI_LAKI" | "PEREMPUAN"][] = [
  ["Ahmad Fauzi", "LAKI_LAKI"],
  ["Dedi Kurniawan", "LAKI_LAKI"],
  ["Sri Wahyuni", "PEREMPUAN"],
  ["Eko Prasetyo", "LAKI_LAKI"],
  ["Asep Saepudin", "LAKI_LAKI"],
  ["Neneng Hasanah", "PEREMPUAN"],
  ["Rahmat Hidayat", "LAKI_LAKI"],
];

/** A client's own columns and, for convenience, the identity its person gets (decision 8). */
export type ClientOverrides = Partial<Omit<Client, "officeId" | "assignedPkId" | "createdAt" | "updatedAt">> &
  Partial<Pick<Person, IdentityField>> & { createdAt?: Date };

export interface CreateClientInput extends ClientOverrides {
  officeId: string;
  /** When given, an open CaseloadAssignment is created too. */
  assignedPkId?: string | null;
  assignedById?: string | null;
  assignedAt?: Date;
  assignmentKind?: AssignmentKind;
  assignmentReason?: string;
  /** Saves a query when registerNumber is not given. */
  officeCode?: string;
  /** Year of the register number; default the guidance start's year. */
  registerYear?: number;
  /** The reference day for the stage plan; default today in Jakarta. */
  today?: Date;
  stageBoundaries?: StageBoundaries;
  stageStartedOn?: Partial<Record<StageKind, Date>>;
  /** Records the registration (and the closing, when not AKTIF) as ClientStatusEvent rows. Default true. */
  withStatusEvents?: boolean;
}

export type CreatedClient = Client & { person: Person; stages: GuidanceStage[]; assignment: CaseloadAssignment | null };

export async function createClient(db: FactoryDb, input: CreateClientInput): Promise<CreatedClient> {
  const {
    officeId, assignedPkId = null, assignedById = null, assignedAt, assignmentKind = "INITIAL",
    assignmentReason = "Penugasan awal", officeCode, registerYear, today: todayInput, stageBoundaries,
    stageStartedOn, withStatusEvents = true, ...overrides
  } = input;
  const n = nextSeq();
  const today = todayInput ?? todayIn("Asia/Jakarta");
  const [defaultName, defaultGender] = CLIENT_NAMES[n % CLIENT_NAMES.length];
  const gender = overrides.gender ?? defaultGender;
  const birthDate = overrides.birthDate ?? new Date(Date.UTC(1988, n % 12, (n % 27) + 1));
  const guidanceStart = overrides.guidanceStart ?? addDays(today, -30);
  const guidanceEnd = overrides.guidanceEnd ?? addDays(addMonths(guidanceStart, 12), -1);
  const status = overrides.status ?? "AKTIF";
  const statusDate = overrides.statusDate ?? (status === "AKTIF" ? null : guidanceEnd);

  let registerNumber = overrides.registerNumber;
  if (!registerNumber) {
    const code = officeCode ?? (await officeInfo(db, officeId)).code;
    const year = registerYear ?? guidanceStart.getUTCFullYear();
    registerNumber = formatRegisterNumber(DEFAULT_REGISTER_FORMAT, { seq: await nextOfficeCounter(db, officeId, "REGISTER", year), officeCode: code, year });
  }

  const { currentStage, stages } = buildStageRows({
    guidanceStart, guidanceEnd, status, statusDate, today,
    currentStage: overrides.currentStage, boundaries: stageBoundaries, stageStartedOn,
  });

  const clientData = {
    category: "DEWASA" as const,
    fullName: defaultName,
    nik: buildNik("317408", birthDate, gender, (n % 9999) + 1),
    birthPlace: "Jakarta",
    religion: "ISLAM" as const,
    education: "SMA" as const,
    occupation: "Karyawan swasta",
    maritalStatus: "KAWIN" as const,
    address: "Jl. Kalibata Tengah No. 12, RT 004/RW 07, Kel. Kalibata, Kec. Pancoran, Jakarta Selatan",
    city: "Jakarta Selatan",
    originType: "LAPAS" as const,
    originInstitution: "Lapas Kelas I Cipinang",
    offence: "Pencurian",
    offenceArticle: "Pasal 362 KUHP",
    program: "PB" as const,
    ...overrides,
    gender,
    birthDate,
  };
  const person = await db.person.create({
    data: { ...personIdentityOf(clientData as ClientIdentity), officeId },
  });
  const columns = Object.fromEntries(Object.entries(clientData).filter(([k]) => !isIdentityField(k))) as Omit<typeof clientData, IdentityField>;
  const client = await db.client.create({
    data: {
      ...columns,
      personId: person.id,
      officeId,
      registerNumber,
      guidanceStart,
      guidanceEnd,
      status,
      statusDate,
      currentStage,
      assignedPkId,
    },
  });

  const stageRows = await db.guidanceStage.createManyAndReturn({
    data: stages.map((s) => ({ ...s, clientId: client.id })),
  });

  const assignment = assignedPkId
    ? await db.caseloadAssignment.create({
        data: {
          officeId, clientId: client.id, pkId: assignedPkId, kind: assignmentKind, reason: assignmentReason,
          assignedById, startedAt: assignedAt ?? new Date(),
        },
      })
    : null;

  if (withStatusEvents) {
    const events: Prisma.ClientStatusEventCreateManyInput[] = [
      { clientId: client.id, fromStatus: null, toStatus: "AKTIF", effectiveDate: guidanceStart, reason: "Registrasi klien baru", changedById: overrides.createdById ?? null, at: overrides.createdAt ?? new Date() },
    ];
    if (status !== "AKTIF" && statusDate) {
      events.push({
        clientId: client.id, fromStatus: "AKTIF", toStatus: status, effectiveDate: statusDate,
        reason: overrides.statusReason ?? "Perubahan status klien", changedById: assignedById ?? overrides.createdById ?? null,
        at: new Date(Math.min(statusDate.getTime() + 10 * HOUR_MS, Date.now())),
      });
    }
    await db.clientStatusEvent.createMany({ data: events });
  }

  return { ...client, person, stages: stageRows, assignment };
}

export interface CreateAssignmentInput {
  officeId: string;
  clientId: string;
  pkId: string;
  kind?: AssignmentKind;
  reason?: string;
  assignedById?: string | null;
  startedAt?: Date;
  endedAt?: Date | null;
}

/** A CaseloadAssignment row only; it does not touch Client.assignedPkId. */
export function createAssignment(db: FactoryDb, input: CreateAssignmentInput): Promise<CaseloadAssignment> {
  return db.caseloadAssignment.create({
    data: { kind: "INITIAL", reason: "Penugasan awal", ...input, startedAt: input.startedAt ?? new Date() },
  });
}

// ---------------------------------------------------------------- litmas

export { LITMAS_SECTION_KEYS, type LitmasSectionKey, type LitmasSections };

export const DEFAULT_LITMAS_SECTIONS: LitmasSections = {
  identitas: "Klien berusia 35 tahun, beragama Islam, pendidikan terakhir SMA, bekerja sebagai karyawan swasta.",
  latarBelakangKeluarga: "Klien anak kedua dari empat bersaudara; hubungan dengan keluarga baik dan keluarga bersedia menerima klien.",
  kondisiSosialEkonomi: "Klien tinggal bersama istri dan dua anak di rumah kontrakan; penghasilan keluarga sekitar Rp3.000.000 per bulan.",
  riwayatPidana: "Klien belum pernah dihukum sebelumnya; tidak ada catatan pelanggaran selama menjalani pidana.",
  tindakPidana: "Klien melakukan pencurian (Pasal 362 KUHP) karena terdesak kebutuhan ekonomi; klien mengakui dan menyesali perbuatannya.",
  tanggapanKorbanMasyarakat: "Korban telah memaafkan klien; Ketua RT setempat menyatakan masyarakat tidak keberatan menerima klien.",
  tanggapanPemerintah: "Lurah setempat menyatakan tidak keberatan klien kembali dan bersedia membantu pengawasan.",
  perkembanganPembinaan: "Klien mengikuti pembinaan kepribadian dan kemandirian dengan baik; tidak pernah tercatat dalam register F.",
  asesmenRisiko: "Hasil asesmen RRI: risiko residivisme rendah; kebutuhan kriminogenik utama adalah pekerjaan.",
  penjamin: "Istri klien bersedia menjadi penjamin sebagaimana surat jaminan keluarga bermeterai.",
  analisis: "Hasil asesmen risiko menunjukkan risiko residivisme rendah; kebutuhan utama klien adalah pekerjaan yang tetap.",
  kesimpulanRekomendasi: "Klien layak mengikuti program pembimbingan dengan bimbingan kemandirian dan wajib lapor satu kali sebulan.",
};

/** The sections as they stood after the first `filled` of them were written (drafts fill in order). */
export function partialSections(full: LitmasSections, filled: number): LitmasSections {
  const out = { ...full };
  LITMAS_SECTION_KEYS.forEach((key, i) => {
    if (i >= filled) out[key] = "";
  });
  return out;
}


export interface CreateLitmasInput {
  officeId: string;
  /** The client in guidance it is about; or only `personId` for someone not in guidance. */
  clientId?: string | null;
  personId?: string;
  requesterType?: RequesterType;
  custodyInstitution?: string | null;
  offence?: string | null;
  offenceArticle?: string | null;
  status?: LitmasStatus;
  purpose?: LitmasPurpose;
  requesterInstitution?: string;
  requesterLetterNumber?: string | null;
  requesterLetterDate?: Date | null;
  receivedAt?: Date;
  /** Who logged the request (actor of REQUESTED). */
  createdById?: string | null;
  /** Who disposed it to the PK (actor of ASSIGNED); default reviewerId. */
  disposedById?: string | null;
  /** Required for every status past REQUESTED (except CANCELLED). */
  assignedPkId?: string | null;
  assignedAt?: Date;
  dueAt?: Date;
  /** The full sections; drafts hold a prefix of them. */
  sections?: LitmasSections;
  /** DRAFT_SAVED events before the first submission (default 2). */
  draftSaves?: number;
  /** Sections written in a DRAFT (default 5 of 8). */
  draftFilled?: number;
  /** RETURNED, revised and resubmitted rounds before the final state (SUBMITTED, APPROVED). */
  revisions?: number;
  /** Time of the last submission. */
  submittedAt?: Date;
  /** The Kepala who returned or approved it; required for RETURNED and APPROVED. */
  reviewerId?: string | null;
  /** Time of the final review (RETURNED or APPROVED). */
  reviewedAt?: Date;
  reviewNotes?: string;
  /** Given at approval; default the office's next LITMAS number. */
  number?: string;
  cancelledAt?: Date;
  cancelReason?: string;
  /** Time of the last step when no other input fixes it (e.g. a DRAFT's latest save). */
  lastActionAt?: Date;
  now?: Date;
}

export type CreatedLitmas = Litmas & { events: { action: LitmasAction; at: Date }[] };

/**
 * A litmas in the given status with the LitmasEvent and LitmasVersion history that leads to it:
 * requested, disposed to a PK, drafted (one version per save), submitted, returned and revised,
 * approved or cancelled.
 */
export async function createLitmas(db: FactoryDb, input: CreateLitmasInput): Promise<CreatedLitmas> {
  const now = input.now ?? new Date();
  const status = input.status ?? "REQUESTED";
  const purpose = input.purpose ?? "PEMBIMBINGAN_AWAL";
  const full = input.sections ?? DEFAULT_LITMAS_SECTIONS;
  const receivedAt = input.receivedAt ?? new Date(now.getTime() - 72 * HOUR_MS);
  const reviewerId = input.reviewerId ?? null;
  const assigned = status !== "REQUESTED" && !(status === "CANCELLED" && !input.assignedPkId);
  const pkId = input.assignedPkId ?? null;
  if (assigned && !pkId) throw new Error(`createLitmas: status ${status} memerlukan assignedPkId`);
  if ((status === "RETURNED" || status === "APPROVED") && !reviewerId) throw new Error(`createLitmas: status ${status} memerlukan reviewerId`);

  const assignedAt = assigned ? (input.assignedAt ?? new Date(Math.min(receivedAt.getTime() + 20 * HOUR_MS, now.getTime() - HOUR_MS))) : null;
  const dueAt = input.dueAt ?? litmasDueAt({ purpose, receivedAt, assignedAt });

  // The writing history after assignment, as (action, fixed time or null) steps.
  type Step = { action: LitmasAction; at: Date | null; sections?: LitmasSections; note?: string };
  const steps: Step[] = [];
  const writes = status === "DRAFT" || status === "SUBMITTED" || status === "RETURNED" || status === "APPROVED";
  if (writes) {
    const saves = Math.max(1, input.draftSaves ?? 2);
    const target = status === "DRAFT" ? Math.min(input.draftFilled ?? 5, LITMAS_SECTION_KEYS.length) : LITMAS_SECTION_KEYS.length;
    for (let j = 0; j < saves; j++) {
      steps.push({ action: "DRAFT_SAVED", at: null, sections: partialSections(full, Math.ceil((target * (j + 1)) / saves)) });
    }
    if (status !== "DRAFT") {
      steps.push({ action: "SUBMITTED", at: null });
      for (let r = 0; r < (input.revisions ?? 0); r++) {
        steps.push({ action: "RETURNED", at: null, note: "Mohon lengkapi hasil asesmen risiko dan kebutuhan serta tanggapan korban." });
        steps.push({ action: "DRAFT_SAVED", at: null, sections: full });
        steps.push({ action: "SUBMITTED", at: null });
      }
    }
    if (status === "RETURNED") {
      steps.push({ action: "RETURNED", at: null, note: input.reviewNotes ?? "Mohon lengkapi analisis dan lampirkan surat jaminan keluarga yang bermeterai." });
    }
    if (status === "APPROVED") steps.push({ action: "APPROVED", at: null, note: "Laporan litmas disetujui dan diketahui Kepala Bapas." });
  }
  if (status === "CANCELLED") {
    steps.push({ action: "CANCELLED", at: input.cancelledAt ?? null, note: input.cancelReason ?? "Permintaan litmas dibatalkan oleh peminta." });
  }

  if (steps.length > 0) {
    const start = assignedAt ?? receivedAt;
    const lastSubmit = steps.map((s) => s.action).lastIndexOf("SUBMITTED");
    if (lastSubmit >= 0 && input.submittedAt) steps[lastSubmit].at = input.submittedAt;
    const last = steps[steps.length - 1];
    if ((last.action === "RETURNED" || last.action === "APPROVED") && input.reviewedAt) last.at = input.reviewedAt;
    if (!last.at) last.at = input.lastActionAt ?? new Date(Math.min(start.getTime() + (status === "DRAFT" ? 24 : 72) * HOUR_MS, now.getTime() - HOUR_MS));
    // Spread the unfixed steps evenly between their fixed neighbours. Over spans of days, keep
    // whole days from the previous step (plus an hour a step) so work stays in office hours.
    let prevIdx = -1;
    let prevAt = start;
    for (let i = 0; i < steps.length; i++) {
      const at = steps[i].at;
      if (!at) continue;
      const gap = i - prevIdx;
      const span = at.getTime() - prevAt.getTime();
      for (let k = prevIdx + 1; k < i; k++) {
        const share = (k - prevIdx) / gap;
        const wholeDays = Math.round((share * span) / DAY_MS) * DAY_MS + (k - prevIdx) * HOUR_MS;
        const t = span >= 2 * DAY_MS && wholeDays < span ? wholeDays : share * span;
        steps[k].at = new Date(prevAt.getTime() + t);
      }
      prevIdx = i;
      prevAt = at;
    }
  }

  const versions = steps.filter((s) => s.sections);
  const lastSections = versions.length > 0 ? versions[versions.length - 1].sections : undefined;
  const submitSteps = steps.filter((s) => s.action === "SUBMITTED");
  const finalStep = steps[steps.length - 1];

  let number: string | null = null;
  if (status === "APPROVED") {
    if (input.number) number = input.number;
    else {
      const office = await officeInfo(db, input.officeId);
      const year = todayIn(office.timeZone, finalStep.at!).getUTCFullYear();
      number = formatLitmasNumber(await nextOfficeCounter(db, input.officeId, "LITMAS", year), office.code, year);
    }
  }

  const personId = input.personId ?? (input.clientId ? (await db.client.findUniqueOrThrow({ where: { id: input.clientId }, select: { personId: true } })).personId : null);
  if (!personId) throw new Error("createLitmas needs a clientId or a personId");
  const litmas = await db.litmas.create({
    data: {
      officeId: input.officeId,
      clientId: input.clientId ?? null,
      personId,
      requesterType: input.requesterType ?? "LAPAS",
      custodyInstitution: input.custodyInstitution ?? null,
      offence: input.offence ?? null,
      offenceArticle: input.offenceArticle ?? null,
      number,
      purpose,
      requesterInstitution: input.requesterInstitution ?? "Lapas Kelas I Cipinang",
      requesterLetterNumber: input.requesterLetterNumber ?? null,
      requesterLetterDate: input.requesterLetterDate ?? null,
      receivedAt,
      assignedPkId: assigned ? pkId : null,
      assignedAt,
      dueAt,
      status,
      sections: lastSections ?? {},
      currentVersionNo: versions.length,
      submittedAt: submitSteps.length > 0 ? submitSteps[submitSteps.length - 1].at : null,
      reviewNotes: status === "RETURNED" ? (finalStep.note ?? null) : null,
      approvedById: status === "APPROVED" ? reviewerId : null,
      approvedAt: status === "APPROVED" ? finalStep.at : null,
      version: 1 + steps.length + (assigned ? 1 : 0),
      createdById: input.createdById ?? null,
      createdAt: receivedAt,
    },
  });

  const events: Prisma.LitmasEventCreateManyInput[] = [
    { litmasId: litmas.id, action: "REQUESTED", actorId: input.createdById ?? null, at: receivedAt, note: `Permintaan dari ${litmas.requesterInstitution}` },
  ];
  if (assignedAt) {
    events.push({ litmasId: litmas.id, action: "ASSIGNED", actorId: input.disposedById ?? reviewerId, at: assignedAt, note: "Disposisi Kepala Bapas: segera dilaksanakan sesuai ketentuan." });
  }
  let versionNo = 0;
  const versionRows: Prisma.LitmasVersionCreateManyInput[] = [];
  for (const s of steps) {
    const byPk = s.action === "DRAFT_SAVED" || s.action === "SUBMITTED";
    const actorId = byPk ? pkId : s.action === "CANCELLED" ? (input.createdById ?? reviewerId) : reviewerId;
    events.push({ litmasId: litmas.id, action: s.action, actorId, at: s.at!, note: s.note ?? null });
    if (s.sections) {
      versionNo += 1;
      versionRows.push({ litmasId: litmas.id, versionNo, sections: s.sections, savedById: pkId!, savedAt: s.at! });
    }
  }
  await db.litmasEvent.createMany({ data: events });
  if (versionRows.length > 0) await db.litmasVersion.createMany({ data: versionRows });

  return { ...litmas, events: events.map((e) => ({ action: e.action, at: e.at as Date })) };
}

// ---------------------------------------------------------------- contacts and reporting

export type CreateContactInput = Partial<Omit<Contact, "officeId" | "clientId" | "pkId">> & { officeId: string; clientId: string; pkId: string } & { participants?: { name: string; role: string }[] };

export function createContact(db: FactoryDb, { participants = [], ...input }: CreateContactInput): Promise<Contact> {
  return db.contact.create({
    data: {
      participants: { create: participants.map((p, position) => ({ position, ...p })) },
      occurredAt: new Date(Date.now() - 24 * HOUR_MS),
      type: "KUNJUNGAN_RUMAH",
      guidanceType: "SOSIAL",
      approach: "INDIVIDUAL",
      outcome: "HADIR",
      notes: "Kunjungan rumah. Klien berada di rumah bersama keluarga; kondisi baik dan tidak ada keluhan dari lingkungan.",
      ...input,
    },
  });
}

export type CreateReportingScheduleInput = Partial<Omit<ReportingSchedule, "clientId">> & { clientId: string };

export function createReportingSchedule(db: FactoryDb, input: CreateReportingScheduleInput): Promise<ReportingSchedule> {
  return db.reportingSchedule.create({
    data: { frequency: "MONTHLY", startsOn: todayIn("Asia/Jakarta"), note: "Wajib lapor sesuai kontrak bimbingan", ...input },
  });
}

export type CreateAttendanceInput = Partial<Omit<ReportingAttendance, "clientId" | "dueOn">> & { clientId: string; dueOn: Date; status?: AttendanceStatus };

export function createAttendance(db: FactoryDb, input: CreateAttendanceInput): Promise<ReportingAttendance> {
  const status = input.status ?? "HADIR";
  return db.reportingAttendance.create({
    data: {
      channel: status === "HADIR" ? "KANTOR" : null,
      attendedAt: status === "HADIR" ? new Date(input.dueOn.getTime() + 2 * HOUR_MS) : null,
      excuseReason: status === "IZIN" ? "Sakit, surat keterangan dokter dilampirkan" : null,
      ...input,
      status,
    },
  });
}

// ---------------------------------------------------------------- programs, TPP, transitions

export type CreateGuidanceProgramInput = Partial<Omit<GuidanceProgram, "officeId" | "clientId" | "createdById">> & {
  officeId: string;
  clientId: string;
  createdById: string;
};

export function createGuidanceProgram(db: FactoryDb, input: CreateGuidanceProgramInput): Promise<GuidanceProgram> {
  const today = todayIn("Asia/Jakarta");
  return db.guidanceProgram.create({
    data: {
      stage: "AWAL",
      guidanceType: "KETERAMPILAN",
      approach: "GROUP",
      title: "Pelatihan las listrik dasar",
      objectives: "Klien memiliki keterampilan kerja yang dapat menjadi sumber penghasilan.",
      partnerType: "LEMBAGA_PELATIHAN",
      partnerName: "BLK Jakarta Selatan",
      plannedStart: today,
      plannedEnd: addDays(today, 60),
      ...input,
    },
  });
}

export type CreateProgramEntryInput = Partial<Omit<GuidanceProgramEntry, "programId" | "recordedById">> & { programId: string; recordedById: string };

export function createProgramEntry(db: FactoryDb, input: CreateProgramEntryInput): Promise<GuidanceProgramEntry> {
  return db.guidanceProgramEntry.create({
    data: { occurredOn: todayIn("Asia/Jakarta"), description: "Klien mengikuti sesi program sesuai jadwal.", ...input },
  });
}

export type CreateTppSessionInput = Partial<Omit<Prisma.TppSessionUncheckedCreateInput, "officeId" | "createdById">> & {
  officeId: string;
  createdById: string;
};

export function createTppSession(db: FactoryDb, input: CreateTppSessionInput): Promise<TppSession> {
  return db.tppSession.create({
    data: {
      heldOn: todayIn("Asia/Jakarta"),
      location: "Ruang sidang TPP",
      chairName: "Drs. Bambang Hermanto, M.Si.",
      members: [
        { name: "Drs. Bambang Hermanto, M.Si.", role: "Ketua" },
        { name: "Lia Amalia, S.H.", role: "Sekretaris" },
      ],
      minutes: "Sidang TPP membahas usulan perubahan tahap bimbingan klien.",
      ...input,
    },
  });
}

export type CreateTransitionInput = Partial<Omit<Prisma.StageTransitionRequestUncheckedCreateInput, "officeId" | "clientId" | "proposedById">> & {
  officeId: string;
  clientId: string;
  proposedById: string;
};

export function createTransitionRequest(db: FactoryDb, input: CreateTransitionInput): Promise<StageTransitionRequest> {
  return db.stageTransitionRequest.create({
    data: {
      fromStage: "AWAL",
      toStage: "LANJUTAN",
      summary: {},
      pkAssessment: "Klien kooperatif, rutin lapor diri, dan mengikuti program bimbingan; diusulkan masuk tahap berikutnya.",
      ...input,
    },
  });
}

// ---------------------------------------------------------------- violations, revocation, letters

export type CreateViolationInput = Partial<Omit<Violation, "officeId" | "clientId">> & { officeId: string; clientId: string };

export function createViolation(db: FactoryDb, input: CreateViolationInput): Promise<Violation> {
  return db.violation.create({
    data: {
      type: "MANGKIR_WAJIB_LAPOR",
      occurredOn: todayIn("Asia/Jakarta"),
      description: "Klien tidak melaksanakan wajib lapor sesuai jadwal.",
      ...input,
    },
  });
}

export type CreateRevocationInput = Partial<Omit<RevocationProceeding, "officeId" | "clientId">> & { officeId: string; clientId: string };

export function createRevocation(db: FactoryDb, input: CreateRevocationInput): Promise<RevocationProceeding> {
  return db.revocationProceeding.create({ data: { ...input } });
}

export type CreateLetterInput = Partial<Omit<EndOfGuidanceLetter, "officeId" | "clientId" | "signerId">> & {
  officeId: string;
  clientId: string;
  signerId: string;
};

/** Surat keterangan akhir pembimbingan; the number comes from the office's LETTER sequence. */
export async function createEndOfGuidanceLetter(db: FactoryDb, input: CreateLetterInput): Promise<EndOfGuidanceLetter> {
  const issuedOn = input.issuedOn ?? todayIn("Asia/Jakarta");
  let number = input.number;
  if (!number) {
    const office = await officeInfo(db, input.officeId);
    const year = issuedOn.getUTCFullYear();
    number = formatLetterNumber(await nextOfficeCounter(db, input.officeId, "LETTER", year), office.code, year);
  }
  return db.endOfGuidanceLetter.create({
    data: {
      signerName: "Kepala Bapas",
      statement: "Klien telah selesai menjalani masa pembimbingan dengan baik.",
      // A secret printed as a QR code on the letter: random, never derived from the seed PRNG.
      verificationToken: randomBytes(32).toString("base64url"),
      ...input,
      issuedOn,
      number,
    },
  });
}

/** A classical session on 1 December 2026 (09.00 WIB) with the given attendance, as the group-session form sends it. */
export const groupSessionInput = (attendees: { clientId: string; present: boolean }[]) => ({
  heldAt: "2026-12-01T02:00:00Z", place: "Aula Bapas", guidanceType: "MENTAL" as const, approach: "CLASSICAL" as const, facilitator: "Ustaz Ahmad (Kemenag)",
  partnerId: undefined, topic: "Kesadaran beragama", notes: "", attendees,
});
