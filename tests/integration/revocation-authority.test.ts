// Who decides a revocation depends on the program: each path runs to its authority's decision.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { addDays, toIsoDate, todayIn } from "@/lib/domain/calendar";
import type { Program } from "@/lib/domain/enums";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { renderReferralLetterPdf } from "@/lib/server/pdf/referral-letter";
import { getReferralLetterForPdf } from "@/lib/server/queries/violations";
import { decideRevocation, recordRevocationTpp, referRevocation, submitRevocationReport, suspendForRevocation } from "@/lib/server/services/advance-revocation";
import { recordComplaint, reportViolation } from "@/lib/server/services/report-violation";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";
import { tppSessionOn } from "../support/tpp";

async function rejects(p: Promise<unknown>, code: AppError["code"]) {
  const e = await p.then(() => null, (x) => x);
  expect(e, `expected ${code}`).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

const report = "Klien tidak lapor diri tiga kali; dua kunjungan rumah tidak menemukan klien di alamatnya.";

async function proposedFor(program: Program) {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const kepalaUser = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
  const adminUser = await createUser(prisma, { officeId: jks.id, role: "ADMIN" });
  const pkUser = await createUser(prisma, { officeId: jks.id, role: "PK" });
  const today = todayIn("Asia/Jakarta");
  const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkUser.id, program, guidanceStart: addDays(today, -90) });
  const pk = await actorFor(pkUser.id);
  const kepala = await actorFor(kepalaUser.id);
  const { revocationId } = await reportViolation(pk, { clientId: client.id, type: "TINDAK_PIDANA_BARU", occurredOn: toIsoDate(today), description: "Klien ditahan Polsek atas dugaan pencurian.", proposeRevocation: true });
  await submitRevocationReport(pk, { revocationId: revocationId!, version: 1, pkReport: report });
  return { id: revocationId!, client, pk, kepala, admin: await actorFor(adminUser.id), today: toIsoDate(today) };
}

const status = async (id: string) => (await prisma.revocationProceeding.findUniqueOrThrow({ where: { id } })).status;
const clientStatus = async (id: string) => (await prisma.client.findUniqueOrThrow({ where: { id } })).status;

describe("the deciding authority per program", () => {
  it("PB: TPP, the Kepala mencabut sementara and reports upward, the ministry's decree", async () => {
    const w = await proposedFor("PB");
    expect((await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: w.id } })).authority).toBe("MENTERI");
    await rejects(referRevocation(w.kepala, { revocationId: w.id, version: 2, referredTo: "Kanwil", note: "Langsung lapor" }), "VALIDATION");
    await recordRevocationTpp(w.admin, { tppSessionId: await tppSessionOn(w.admin), revocationId: w.id, version: 2, recommendation: "SETUJU", notes: "TPP setuju pencabutan." });
    await suspendForRevocation(w.kepala, { revocationId: w.id, version: 3, note: "Dicabut sementara menunggu keputusan." });
    const r = await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: w.id } });
    expect([r.status, r.referredTo?.startsWith("Kepala Kantor Wilayah"), r.referralNumber]).toEqual(["SUSPENDED", true, expect.stringMatching(/JKS/)]);
    // The decree's number and date are what is recorded.
    await rejects(decideRevocation(w.kepala, { revocationId: w.id, version: 4, outcome: "REVOKED", note: "Keputusan Menteri", effectiveOn: w.today }), "VALIDATION");
    await decideRevocation(w.kepala, { revocationId: w.id, version: 4, outcome: "REVOKED", note: "Pencabutan PB", effectiveOn: w.today, decreeNumber: "PAS-123.PK.05.09 Tahun 2026", decreeDate: w.today });
    expect(await clientStatus(w.client.id)).toBe("DICABUT");
    expect((await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: w.id } })).decreeNumber).toBe("PAS-123.PK.05.09 Tahun 2026");

    // The report upward prints with its number, the addressee and the Kepala.
    const letter = (await getReferralLetterForPdf(w.kepala, w.id))!;
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await renderReferralLetterPdf(letter))), { mergePages: true });
    for (const s of [r.referralNumber!, "Kepala Kantor Wilayah", "pencabutan sementara", report.slice(0, 30)]) expect(text).toContain(s);
    expect(await getReferralLetterForPdf(w.pk, w.id)).not.toBeNull(); // the client's PK
  });

  it("asimilasi: no pencabutan sementara by the Kepala; the report goes to the Lapas, which decides", async () => {
    const w = await proposedFor("ASIMILASI");
    await rejects(suspendForRevocation(w.kepala, { revocationId: w.id, version: 2, note: "Cabut sementara" }), "VALIDATION");
    await rejects(referRevocation(w.pk, { revocationId: w.id, version: 2, referredTo: "Kepala Lapas Cipinang", note: "Klien ditahan polisi." }), "FORBIDDEN");
    await referRevocation(w.kepala, { revocationId: w.id, version: 2, referredTo: "Kepala Lapas Kelas I Cipinang", note: "Klien ditahan polisi; mohon keputusan." });
    expect(await status(w.id)).toBe("REFERRED");
    await decideRevocation(w.kepala, { revocationId: w.id, version: 3, outcome: "REVOKED", note: "Asimilasi dicabut Kepala Lapas", effectiveOn: w.today, decreeNumber: "W10.PAS.PAS1-PK.01.04-123", decreeDate: w.today });
    expect(await clientStatus(w.client.id)).toBe("DICABUT");
  });

  it("diversi: the PK reports non-execution to the official, whose decision is recorded", async () => {
    const w = await proposedFor("DIVERSI");
    expect((await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: w.id } })).authority).toBe("PEJABAT_DIVERSI");
    await referRevocation(w.pk, { revocationId: w.id, version: 2, referredTo: "Penyidik Unit PPA Polres Jakarta Selatan", note: "Kesepakatan diversi tidak dilaksanakan." });
    await rejects(decideRevocation(w.pk, { revocationId: w.id, version: 3, outcome: "REVOKED", note: "Perkara dilanjutkan", effectiveOn: w.today, decreeNumber: "B/12/2026", decreeDate: w.today }), "FORBIDDEN");
    await decideRevocation(w.kepala, { revocationId: w.id, version: 3, outcome: "REVOKED", note: "Perkara dilanjutkan ke penuntutan", effectiveOn: w.today, decreeNumber: "B/12/XII/2026/Reskrim", decreeDate: w.today });
    expect(await clientStatus(w.client.id)).toBe("DICABUT");
  });

  it("pidana bersyarat: the report to the jaksa, the court decides (here: guidance continues)", async () => {
    const w = await proposedFor("PIDANA_BERSYARAT");
    await referRevocation(w.kepala, { revocationId: w.id, version: 2, referredTo: "Kepala Kejaksaan Negeri Jakarta Selatan", note: "Klien melanggar syarat khusus." });
    await decideRevocation(w.kepala, { revocationId: w.id, version: 3, outcome: "CONTINUED", note: "Hakim menetapkan pidana bersyarat tetap berjalan", effectiveOn: w.today, decreeNumber: "12/Pid.B/2026/PN Jkt.Sel", decreeDate: w.today });
    expect([await status(w.id), await clientStatus(w.client.id)]).toEqual(["CONTINUED", "AKTIF"]);
    await rejects(decideRevocation(w.kepala, { revocationId: w.id, version: 4, outcome: "REVOKED", note: "Lagi", effectiveOn: w.today, decreeNumber: "x", decreeDate: w.today }), "CONFLICT");
  });

  it("a public complaint opens a proceeding with its berita acara pemeriksaan", async () => {
    const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
    const pkUser = await createUser(prisma, { officeId: jks.id, role: "PK" });
    const kepalaUser = await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS" });
    const client = await createClient(prisma, { officeId: jks.id, officeCode: "JKS", assignedPkId: pkUser.id, program: "CB", guidanceStart: addDays(todayIn("Asia/Jakarta"), -60) });
    const input = {
      clientId: client.id, complainant: "Bapak Sutarno, Ketua RT 05 RW 02 Tebet", complaintOn: toIsoDate(todayIn("Asia/Jakarta")), type: "MERESAHKAN_MASYARAKAT" as const,
      description: "Klien sering mabuk dan membuat keributan di lingkungan.", examinationReport: "PK memeriksa klien dan dua saksi tetangga; klien mengakui minum minuman keras dua kali.",
    };
    await rejects(recordComplaint(await actorFor(kepalaUser.id), input), "FORBIDDEN");
    const r = await recordComplaint(await actorFor(pkUser.id), input);
    const p = await prisma.revocationProceeding.findUniqueOrThrow({ where: { id: r.revocationId }, include: { violations: true } });
    expect([p.status, p.authority, p.complainant, p.examinationReport?.slice(0, 10), p.violations.length]).toEqual(["PROPOSED", "MENTERI", input.complainant, "PK memerik", 1]);
  });
});
