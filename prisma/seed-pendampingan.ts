// Demo data for pendampingan: a child's path through the justice system, told for Bapas Jakarta
// Selatan end to end, and one case for Makassar. Deterministic: every instant is relative to the
// seed's "now" (clock.now() in seed.ts), so the 1x24-hour clock is running when the demo opens.
import type { Prisma, User } from "../lib/server/generated/prisma/client.ts";
import { addDays, addMonths } from "../lib/domain/calendar.ts";
import { childLitmasDueAt, formatAssignmentLetterNumber, formatPendampinganNumber, officialActionDueAt, presenceDueAt } from "../lib/domain/pendampingan.ts";
import * as f from "../tests/factories/index.ts";

type Tx = Prisma.TransactionClient;

export interface PendampinganSeedOffice {
  code: "JKS" | "MKS";
  id: string;
  now: Date;
  today: Date;
  admin: User;
  kepala: User;
  childPk: User;
  pks: User[];
}

const HOUR = 3_600_000;

interface Child {
  fullName: string; birthPlace: string; years: number; gender: "LAKI_LAKI" | "PEREMPUAN"; address: string;
  guardianName: string; guardianRelation: string; guardianPhone: string;
}

export async function seedPendampingan(tx: Tx, offices: PendampinganSeedOffice[]): Promise<void> {
  for (const o of offices) {
    const year = o.today.getUTCFullYear();
    let seq = 0;
    let letterSeq = 0;
    const ago = (h: number) => new Date(o.now.getTime() - h * HOUR);
    const child = (c: Child) =>
      tx.person.create({
        data: {
          officeId: o.id, fullName: c.fullName, birthPlace: c.birthPlace, birthDate: addDays(addMonths(o.today, -12 * c.years), -47), gender: c.gender,
          address: c.address, guardianName: c.guardianName, guardianRelation: c.guardianRelation, guardianPhone: c.guardianPhone, createdById: o.admin.id,
        },
        select: { id: true },
      });
    const base = (personId: string, receivedAt: Date, over: Partial<Prisma.PendampinganUncheckedCreateInput>) => ({
      officeId: o.id, personId, number: formatPendampinganNumber(++seq, o.code, year), childRole: "PELAKU" as const, requesterType: "KEPOLISIAN" as const,
      receivedAt, dueAt: presenceDueAt(receivedAt), createdById: o.kepala.id, ...over,
    }) as Prisma.PendampinganUncheckedCreateInput;
    const assigned = (pkId: string, at: Date) => ({
      assignedPkId: pkId, assignedAt: at, assignedById: o.kepala.id,
      assignmentLetterNumber: formatAssignmentLetterNumber(++letterSeq, o.code, year), assignmentLetterIssuedAt: new Date(at.getTime() + 15 * 60_000), assignmentLetterIssuedById: o.kepala.id,
    });

    const counters = () => tx.officeCounter.createMany({
      data: [{ officeId: o.id, kind: "PENDAMPINGAN", year, value: seq }, { officeId: o.id, kind: "SURAT_TUGAS", year, value: letterSeq }],
    });

    if (o.code === "MKS") {
      const p = await child({ fullName: "Fadli Ramadhan", birthPlace: "Makassar", years: 16, gender: "LAKI_LAKI", address: "Jl. Sultan Alauddin II No. 17, Makassar", guardianName: "Hasnah", guardianRelation: "ibu kandung", guardianPhone: "085255501122" });
      const receivedAt = ago(30);
      await tx.pendampingan.create({
        data: {
          ...base(p.id, receivedAt, {
            requesterInstitution: "Polrestabes Makassar – Unit PPA", requesterLetterNumber: `B/77/${year}/Reskrim`, investigatorName: "Aipda Syamsul Bahri",
            investigatorPhone: "081342210098", offence: "Pengeroyokan", offenceArticle: "Pasal 170 KUHP", status: "ONGOING", firstAttendedAt: ago(12),
            ...assigned(o.childPk.id, ago(29)),
          }),
          steps: { create: [{ kind: "PEMERIKSAAN_PENYIDIK", heldAt: ago(12), place: "Unit PPA Polrestabes Makassar", attendees: "Anak, ibu kandung, penyidik, PK", guardianPresent: true, outcome: "Anak didampingi dalam pemeriksaan; penyidik menjadwalkan musyawarah diversi.", recordedById: o.childPk.id }] },
        },
      });
      await counters();
      continue;
    }

    // 1. A police request received a few hours ago, awaiting a PK: the clock is running.
    const a = await child({ fullName: "Dimas Saputra", birthPlace: "Jakarta", years: 15, gender: "LAKI_LAKI", address: "Jl. Kalibata Tengah No. 9, Jakarta Selatan", guardianName: "Sri Wahyuni", guardianRelation: "ibu kandung", guardianPhone: "081311120045" });
    await tx.pendampingan.create({
      data: base(a.id, ago(4), {
        requesterInstitution: "Polres Metro Jakarta Selatan – Unit PPA", requesterLetterNumber: `B/412/XII/${year}/Restro Jaksel`, requesterLetterDate: o.today,
        investigatorName: "Bripka Andi Saputra", investigatorPhone: "081298765432", offence: "Pencurian telepon genggam", offenceArticle: "Pasal 362 KUHP",
      }),
    });

    // 2. Assigned with a surat tugas; pemeriksaan penyidik and musyawarah diversi recorded; the
    // agreement under supervision (deadline ahead); its diversi litmas approved.
    const b = await child({ fullName: "Nadia Putri", birthPlace: "Jakarta", years: 16, gender: "PEREMPUAN", address: "Jl. Pejaten Barat No. 21, Jakarta Selatan", guardianName: "Bambang Hartono", guardianRelation: "ayah kandung", guardianPhone: "081380045120" });
    const bReceived = ago(24 * 12);
    const bCase = await tx.pendampingan.create({
      data: {
        ...base(b.id, bReceived, {
          requesterInstitution: "Polsek Pasar Minggu – Unit Reskrim", requesterLetterNumber: `B/233/${year}/Sek.PsMg`, investigatorName: "Aiptu Rudi Hartanto",
          offence: "Penganiayaan ringan", offenceArticle: "Pasal 352 KUHP", status: "AGREEMENT_SUPERVISED", firstAttendedAt: new Date(bReceived.getTime() + 6 * HOUR),
          ...assigned(o.childPk.id, new Date(bReceived.getTime() + HOUR)),
        }),
        steps: {
          create: [
            { kind: "PEMERIKSAAN_PENYIDIK", heldAt: new Date(bReceived.getTime() + 6 * HOUR), place: "Polsek Pasar Minggu", attendees: "Anak, ayah kandung, penyidik, advokat LBH APIK, PK", guardianPresent: true, outcome: "Anak didampingi selama pemeriksaan; anak mengakui perbuatannya dan menyesal.", recordedById: o.childPk.id },
            { kind: "MUSYAWARAH_DIVERSI", heldAt: new Date(bReceived.getTime() + 5 * 24 * HOUR), place: "Ruang diversi Polsek Pasar Minggu", attendees: "Anak, ayah kandung, korban dan ibunya, penyidik, pekerja sosial, PK", guardianPresent: true, outcome: "Diversi berhasil: anak meminta maaf, biaya pengobatan korban diganti, anak mengikuti kegiatan sosial.", recordedById: o.childPk.id },
          ],
        },
        agreement: {
          create: {
            agreedOn: addDays(o.today, -7), deadline: addDays(o.today, 23), penetapanNumber: `18/Pen.Div/${year}/PN Jkt.Sel`,
            terms: "1. Anak meminta maaf kepada korban dan keluarganya. 2. Orang tua anak mengganti biaya pengobatan Rp2.000.000. 3. Anak mengikuti kegiatan pelayanan masyarakat di masjid lingkungan 2 jam setiap Sabtu selama 4 minggu.",
            childConsent: true, guardianConsent: true, recordedById: o.childPk.id,
          },
        },
      },
      select: { id: true },
    });
    const litmas = await f.createLitmas(tx, {
      officeId: o.id, personId: b.id, clientId: null, purpose: "DIVERSI", status: "APPROVED", requesterType: "KEPOLISIAN",
      requesterInstitution: "Polsek Pasar Minggu – Unit Reskrim", requesterLetterNumber: `B/233/${year}/Sek.PsMg`, offence: "Penganiayaan ringan", offenceArticle: "Pasal 352 KUHP",
      receivedAt: bReceived, dueAt: childLitmasDueAt(bReceived), assignedPkId: o.childPk.id, assignedAt: new Date(bReceived.getTime() + HOUR),
      submittedAt: new Date(bReceived.getTime() + 50 * HOUR), reviewedAt: new Date(bReceived.getTime() + 60 * HOUR),
      createdById: o.kepala.id, disposedById: o.kepala.id, reviewerId: o.kepala.id, now: o.now,
    });
    await tx.litmas.update({ where: { id: litmas.id }, data: { pendampinganId: bCase.id } });

    // 3. An agreement not carried out: reported to the official, awaiting the action (7 days).
    const c = await child({ fullName: "Bagas Pratama", birthPlace: "Depok", years: 17, gender: "LAKI_LAKI", address: "Jl. Lenteng Agung Raya No. 44, Jakarta Selatan", guardianName: "Yuliana", guardianRelation: "bibi (wali)", guardianPhone: "085711230987" });
    const cReceived = ago(24 * 50);
    const reportedAt = ago(24 * 3);
    await tx.pendampingan.create({
      data: {
        ...base(c.id, cReceived, {
          requesterInstitution: "Polres Metro Jakarta Selatan – Unit PPA", requesterLetterNumber: `B/301/${year}/Restro Jaksel`, investigatorName: "Brigpol Dedi Kurniawan",
          offence: "Perusakan barang", offenceArticle: "Pasal 406 KUHP", status: "AGREEMENT_SUPERVISED", firstAttendedAt: new Date(cReceived.getTime() + 20 * HOUR),
          ...assigned(o.childPk.id, new Date(cReceived.getTime() + 2 * HOUR)),
        }),
        steps: {
          create: [
            { kind: "PEMERIKSAAN_PENYIDIK", heldAt: new Date(cReceived.getTime() + 20 * HOUR), place: "Unit PPA Polres Metro Jakarta Selatan", attendees: "Anak, bibi (wali), penyidik, PK", guardianPresent: true, outcome: "Anak didampingi dalam pemeriksaan.", recordedById: o.childPk.id },
            { kind: "MUSYAWARAH_DIVERSI", heldAt: new Date(cReceived.getTime() + 6 * 24 * HOUR), place: "Ruang diversi Polres Metro Jakarta Selatan", attendees: "Anak, bibi (wali), pemilik toko, penyidik, pekerja sosial, PK", guardianPresent: true, outcome: "Diversi berhasil dengan kesepakatan ganti rugi dan pelatihan kerja.", recordedById: o.childPk.id },
          ],
        },
        agreement: {
          create: {
            agreedOn: addDays(o.today, -42), deadline: addDays(o.today, -5), penetapanNumber: `11/Pen.Div/${year}/PN Jkt.Sel`,
            terms: "Anak mengganti kerusakan etalase Rp3.500.000 dan mengikuti pelatihan kerja di BLK Jakarta Selatan selama 30 hari.",
            childConsent: true, guardianConsent: true, status: "NOT_CARRIED_OUT", recordedById: o.childPk.id,
            reportedAt, reportedTo: "Kanit PPA Polres Metro Jakarta Selatan", reportNote: "Anak berhenti mengikuti pelatihan di BLK sejak minggu kedua; ganti rugi baru dibayar Rp1.000.000.",
            reportDueAt: officialActionDueAt(reportedAt),
          },
        },
      },
    });
    await counters();
  }
}
