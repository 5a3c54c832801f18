// The kartu bimbingan, the kontrak bimbingan and the travel permit letters: their text, and who may
// print them (the client's PK and the office; another PK or another office's PK gets nothing).
import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clock } from "@/lib/clock";
import { utcDate } from "@/lib/domain/calendar";
import { prisma } from "@/lib/server/db";
import { renderGuidanceCardPdf, renderGuidanceContractPdf } from "@/lib/server/pdf/guidance-card";
import { renderTravelPermitLetterPdf } from "@/lib/server/pdf/travel-permit-letter";
import { getGuidancePrintData, getTravelPermitLetterForPdf } from "@/lib/server/queries/client-prints";
import { decideTravelPermit, requestTravelPermit } from "@/lib/server/services/travel-permits";
import { createClient, createOffice, createUser } from "../factories";
import { actorFor } from "../support/actors";

const pdfText = async (buf: Uint8Array) => (await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true })).text.replace(/\s+/g, " ");

async function world() {
  const jks = await createOffice(prisma, { code: "JKS", timeZone: "Asia/Jakarta" });
  const mks = await createOffice(prisma, { code: "MKS", timeZone: "Asia/Makassar" });
  const pkUser = await createUser(prisma, { officeId: jks.id, role: "PK", name: "Budi Santoso", pkLevel: "PK_AHLI_MUDA" });
  const otherPk = await actorFor((await createUser(prisma, { officeId: jks.id, role: "PK" })).id);
  const mksPk = await actorFor((await createUser(prisma, { officeId: mks.id, role: "PK" })).id);
  const kepala = await actorFor((await createUser(prisma, { officeId: jks.id, role: "KEPALA_BAPAS", name: "Sri Wahyuni" })).id);
  const client = await createClient(prisma, {
    officeId: jks.id, officeCode: "JKS", assignedPkId: pkUser.id, program: "PB", guidanceStart: utcDate(2026, 11, 20), guidanceEnd: utcDate(2027, 12, 31),
  });
  await prisma.client.update({ where: { id: client.id }, data: { decreeNumber: "PAS-1234.PK.05.09 Tahun 2026", decreeDate: utcDate(2026, 11, 15), decreeIssuer: "Direktur Jenderal Pemasyarakatan", expiryDate: utcDate(2027, 12, 31) } });
  await prisma.reportingSchedule.create({ data: { clientId: client.id, frequency: "MONTHLY", startsOn: utcDate(2026, 12, 2) } });
  return { jks, client, pk: await actorFor(pkUser.id), otherPk, mksPk, kepala };
}

describe("kartu bimbingan and kontrak bimbingan", () => {
  beforeEach(() => clock.set(new Date("2026-12-02T03:00:00Z")));
  afterEach(() => clock.reset());

  it("the card lists identity, decree, period, PK and each reporting date with a column for the PK's paraf", async () => {
    const w = await world();
    const data = (await getGuidancePrintData(w.pk, w.client.id))!;
    expect(data.rows).toHaveLength(12); // monthly, 2 January to 2 December 2027
    const text = await pdfText(await renderGuidanceCardPdf(data));
    for (const s of [
      "KARTU BIMBINGAN KLIEN PEMASYARAKATAN", w.client.registerNumber, "Pembebasan Bersyarat", "PAS-1234.PK.05.09 Tahun 2026", "Masa bimbingan",
      "20 November 2026 s.d. 31 Desember 2027", "Budi Santoso, PK Ahli Muda", "Wajib lapor sebulan sekali sejak 2 Desember 2026",
      "pada hari kerja mana pun dalam bulan yang dijadwalkan", "Paraf PK", "Masa percobaan",
      // 2 January 2027 is a Saturday after Tahun Baru: the client is expected on Monday 4 January.
      "4 Jan 2027", "Sri Wahyuni",
    ]) expect(text).toContain(s);
  });

  it("the contract states duties, prohibitions, consequences by program and the three signatures", async () => {
    const w = await world();
    const text = await pdfText(await renderGuidanceContractPdf((await getGuidancePrintData(w.kepala, w.client.id))!));
    for (const s of [
      "KONTRAK BIMBINGAN", "Pembimbing Kemasyarakatan", "Hak klien", "Kewajiban klien", "Larangan", "Akibat pelanggaran",
      "tanpa izin Kepala Bapas", "peringatan tertulis I, II dan III", "Menteri memutuskan", "Mengetahui", "Klien,", "Budi Santoso", "Sri Wahyuni",
      "masa percobaan sampai dengan 31 Desember 2028",
    ]) expect(text).toContain(s);
  });

  it("another PK of the office and another office's PK get nothing", async () => {
    const w = await world();
    expect(await getGuidancePrintData(w.otherPk, w.client.id)).toBeNull();
    expect(await getGuidancePrintData(w.mksPk, w.client.id)).toBeNull();
  });
});

describe("travel permit letters", () => {
  beforeEach(() => clock.set(new Date("2026-12-02T03:00:00Z")));
  afterEach(() => clock.reset());

  it("a granted izin ke luar kota is a numbered letter; an izin ke luar negeri a recommendation to the minister; a refusal has none", async () => {
    const w = await world();
    const city = { clientId: w.client.id, kind: "LUAR_KOTA" as const, destination: "Surabaya", purpose: "Menghadiri pernikahan adik", fromDate: "2026-12-10", toDate: "2026-12-14", reason: "Keluarga menjamin; klien tertib wajib lapor." };
    const a = await requestTravelPermit(w.pk, city);
    const b = await requestTravelPermit(w.pk, { ...city, kind: "LUAR_NEGERI", destination: "Penang, Malaysia", purpose: "BEROBAT", toDate: "2026-12-30" });
    const c = await requestTravelPermit(w.pk, { ...city, destination: "Bandung" });
    expect(await getTravelPermitLetterForPdf(w.pk, a.id)).toBeNull(); // not decided yet
    const granted = await decideTravelPermit(w.kepala, { permitId: a.id, version: 1, decision: "APPROVE", note: "Diizinkan dengan wajib lapor setelah kembali." });
    const recommended = await decideTravelPermit(w.kepala, { permitId: b.id, version: 1, decision: "APPROVE", note: "Surat keterangan dokter terlampir." });
    await decideTravelPermit(w.kepala, { permitId: c.id, version: 1, decision: "REFUSE", note: "Jadwal bertepatan dengan wajib lapor." });

    const cityText = await pdfText(await renderTravelPermitLetterPdf((await getTravelPermitLetterForPdf(w.pk, a.id))!));
    for (const s of ["SURAT IZIN KE LUAR KOTA", `Nomor: ${granted.letterNumber}`, "Surabaya", "Menghadiri pernikahan adik", "5 hari, 10 Desember 2026 s.d. 14 Desember 2026", "Sri Wahyuni"]) expect(cityText).toContain(s);
    const abroadText = await pdfText(await renderTravelPermitLetterPdf((await getTravelPermitLetterForPdf(w.kepala, b.id))!));
    for (const s of ["Rekomendasi izin ke luar negeri", recommended.letterNumber!, "Menteri Imigrasi dan Pemasyarakatan", "Penang, Malaysia", "Berobat", "21 hari", "merekomendasikan"]) expect(abroadText).toContain(s);

    expect(await getTravelPermitLetterForPdf(w.kepala, c.id)).toBeNull();
    expect(await getTravelPermitLetterForPdf(w.otherPk, a.id)).toBeNull();
    expect(await getTravelPermitLetterForPdf(w.mksPk, a.id)).toBeNull();
  });
});
