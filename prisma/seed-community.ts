// Demo data for guidance with the community (issue 14, part A): per office two Pokmas Lipas (hukum
// dan kemasyarakatan; kemandirian dan kepribadian) with five mitra each, a few other mitra, an
// agreement near its expiry, a "Bapas Goes to Village" activity, group sessions with attendance and
// a pidana kerja sosial placement with some hours. Relative to the seed's "now"; only in the demo.
import type { Prisma, User } from "../lib/server/generated/prisma/client.ts";
import { addDays, addMonths } from "../lib/domain/calendar.ts";
import type { PartnerCategory, PartnerField } from "../lib/domain/community.ts";

type Tx = Prisma.TransactionClient;

export interface CommunitySeedOffice {
  code: "JKS" | "MKS";
  id: string;
  now: Date;
  today: Date;
  admin: User;
  kepala: User;
  pks: User[];
}

type Mitra = [name: string, category: PartnerCategory, field: PartnerField, contact: string, phone: string, address: string];

const PLACES = {
  JKS: {
    pokmasHukum: "Pokmas Lipas Kebayoran Peduli", pokmasMandiri: "Pokmas Lipas Mandiri Pasar Minggu", village: "Kelurahan Cilandak Barat", hall: "Balai Warga RW 05 Cilandak Barat",
    hukum: [
      ["LBH Jakarta Selatan", "LBH", "KEPRIBADIAN", "Rahmat Hidayat, S.H.", "021-7654321", "Jl. Pangeran Antasari No. 12, Cilandak"],
      ["Pondok Pesantren Al-Hidayah Cilandak", "PESANTREN", "KEPRIBADIAN", "KH. Abdul Rohim", "0812-8800-1122", "Jl. Cilandak KKO No. 7"],
      ["Kantor Kemenag Jakarta Selatan", "KEMENAG", "KEPRIBADIAN", "H. Mulyadi, M.Ag.", "021-7890123", "Jl. Ampera Raya No. 30"],
      ["Puskesmas Kecamatan Cilandak", "PUSKESMAS", "KEPRIBADIAN", "dr. Maya Sari", "021-7501234", "Jl. Kamboja No. 2, Cilandak"],
      ["SMK Negeri 29 Jakarta", "SEKOLAH", "KEPRIBADIAN", "Drs. Sutomo", "021-7691122", "Jl. Prof. Joko Sutono SH, Kebayoran Baru"],
    ] as Mitra[],
    mandiri: [
      ["Bengkel Motor Jaya Abadi", "BENGKEL_USAHA", "KEMANDIRIAN", "Pak Slamet", "0813-1111-2233", "Jl. Raya Pasar Minggu No. 88"],
      ["BLK Jakarta Selatan", "BLK", "KEMANDIRIAN", "Ir. Bambang Wibowo", "021-7812345", "Jl. Gatot Subroto Kav. 44"],
      ["Griya Abhipraya Bapas Jakarta Selatan", "GRIYA_ABHIPRAYA", "KEMANDIRIAN", "Ibu Ningsih", "0812-9000-3344", "Jl. Ragunan No. 5"],
      ["Baznas Kota Jakarta Selatan", "BAZNAS", "KEMANDIRIAN", "H. Fadli", "021-7277123", "Jl. Prapanca Raya No. 9"],
      ["Cuci Mobil Berkah Ragunan", "BENGKEL_USAHA", "KEMANDIRIAN", "Bang Udin", "0857-1234-5678", "Jl. Harsono RM No. 21"],
    ] as Mitra[],
    other: [
      ["Sudin Sosial Jakarta Selatan", "DINSOS", "KEPRIBADIAN", "Dra. Lilis Suryani", "021-7205566", "Jl. Prapanca Raya No. 9"],
      ["IPWL Yayasan Rumah Damai", "REHAB_IPWL", "KEPRIBADIAN", "Andreas, S.Psi.", "0812-7777-8899", "Jl. Lenteng Agung No. 14"],
    ] as Mitra[],
    officials: ["H. Sutrisno (Lurah Cilandak Barat)", "Ibu Ratna Dewi (Ketua RW 05)", "Bripka Ahmad (Bhabinkamtibmas)", "dr. Maya Sari (Puskesmas Cilandak)"],
  },
  MKS: {
    pokmasHukum: "Pokmas Lipas Tamalate Bersatu", pokmasMandiri: "Pokmas Lipas Mandiri Panakkukang", village: "Kelurahan Mangasa", hall: "Aula Kantor Lurah Mangasa",
    hukum: [
      ["LBH Makassar", "LBH", "KEPRIBADIAN", "Andi Saputra, S.H.", "0411-442211", "Jl. Pelita Raya No. 3"],
      ["Pesantren Darul Arqam Gombara", "PESANTREN", "KEPRIBADIAN", "Ustaz Syamsul", "0813-4200-1111", "Jl. Gombara No. 1"],
      ["Kantor Kemenag Kota Makassar", "KEMENAG", "KEPRIBADIAN", "H. Baharuddin", "0411-873344", "Jl. Nuri No. 2"],
      ["Puskesmas Tamalate", "PUSKESMAS", "KEPRIBADIAN", "dr. Nurhaeda", "0411-865522", "Jl. Dg. Tata No. 9"],
      ["SMK Negeri 5 Makassar", "SEKOLAH", "KEPRIBADIAN", "Drs. Hasanuddin", "0411-861100", "Jl. Sunu No. 17"],
    ] as Mitra[],
    mandiri: [
      ["Bengkel Las Karya Mandiri", "BENGKEL_USAHA", "KEMANDIRIAN", "Dg. Nai", "0852-4100-2233", "Jl. Sultan Alauddin No. 40"],
      ["BLK Makassar", "BLK", "KEMANDIRIAN", "Ir. Rusli", "0411-452200", "Jl. Perintis Kemerdekaan KM 10"],
      ["Griya Abhipraya Bapas Makassar", "GRIYA_ABHIPRAYA", "KEMANDIRIAN", "Ibu Hasnah", "0812-4300-5566", "Jl. Sultan Alauddin No. 1"],
      ["Baznas Kota Makassar", "BAZNAS", "KEMANDIRIAN", "H. Amiruddin", "0411-851234", "Jl. Masjid Raya No. 5"],
      ["Usaha Tani Hidroponik Barombong", "BENGKEL_USAHA", "KEMANDIRIAN", "Pak Rahman", "0853-4000-7788", "Jl. Barombong No. 12"],
    ] as Mitra[],
    other: [["Dinas Sosial Kota Makassar", "DINSOS", "KEPRIBADIAN", "Dra. Hj. Ros", "0411-311234", "Jl. Arief Rate No. 5"]] as Mitra[],
    officials: ["H. Muh. Arsyad (Lurah Mangasa)", "Pak Daeng Rewa (Ketua RW 02)", "Bripka Syahrul (Bhabinkamtibmas)"],
  },
} as const;

const at = (day: Date, hourUtc: number) => new Date(day.getTime() + hourUtc * 3_600_000);

export async function seedCommunity(tx: Tx, offices: CommunitySeedOffice[]): Promise<void> {
  for (const o of offices) {
    const p = PLACES[o.code];
    const utcOffset = o.code === "JKS" ? 7 : 8;
    const partner = (data: Omit<Prisma.PartnerUncheckedCreateInput, "officeId" | "createdById">) =>
      tx.partner.create({ data: { ...data, officeId: o.id, createdById: o.kepala.id }, select: { id: true, name: true } });
    const hukum = await partner({ kind: "POKMAS", name: p.pokmasHukum, category: "LAINNYA", pokmasField: "HUKUM_KEMASYARAKATAN", contactPerson: "Ketua Pokmas", phone: "0812-0000-0001", address: p.village });
    const mandiri = await partner({ kind: "POKMAS", name: p.pokmasMandiri, category: "LAINNYA", pokmasField: "KEMANDIRIAN_KEPRIBADIAN", contactPerson: "Ketua Pokmas", phone: "0812-0000-0002", address: p.village });
    const mk = (pokmasId: string | null) => ([name, category, field, contactPerson, phone, address]: Mitra) => partner({ kind: "MITRA", name, category, field, pokmasId, contactPerson, phone, address });
    const hukumMitra = [];
    for (const m of p.hukum) hukumMitra.push(await mk(hukum.id)(m));
    const mandiriMitra = [];
    for (const m of p.mandiri) mandiriMitra.push(await mk(mandiri.id)(m));
    for (const m of p.other) await mk(null)(m);
    const griya = mandiriMitra.find((m) => m.name.startsWith("Griya"))!;
    const bengkel = mandiriMitra[0];

    // Agreements: most valid for years; the BLK's ends in 40 days (the Kepala's inbox), the Pokmas's renewed.
    const agree = (partnerId: string, number: string, signedOn: Date, expiresOn: Date) =>
      tx.partnerAgreement.create({ data: { officeId: o.id, partnerId, number, signedOn, expiresOn, createdById: o.kepala.id } });
    const year = o.today.getUTCFullYear();
    await agree(hukum.id, `W10.PAS.${o.code}-PK.01.01-${year - 1}/01`, addMonths(o.today, -10), addMonths(o.today, 26));
    await agree(mandiri.id, `W10.PAS.${o.code}-PK.01.01-${year - 1}/02`, addMonths(o.today, -10), addMonths(o.today, 26));
    await agree(griya.id, `W10.PAS.${o.code}-PK.01.01-${year}/07`, addMonths(o.today, -3), addMonths(o.today, 33));
    await agree(bengkel.id, `W10.PAS.${o.code}-PK.01.01-${year}/09`, addMonths(o.today, -2), addMonths(o.today, 22));
    await agree(mandiriMitra[1].id, `W10.PAS.${o.code}-PK.01.01-${year - 2}/03`, addMonths(o.today, -23), addDays(o.today, 40));

    // Clients: the office's active ones, by PK.
    const active = await tx.client.findMany({ where: { officeId: o.id, status: "AKTIF", deletedAt: null }, orderBy: [{ fullName: "asc" }], select: { id: true, program: true, assignedPkId: true, guidanceStart: true } });
    const pk = o.pks.find((u) => active.filter((c) => c.assignedPkId === u.id).length >= 5) ?? o.pks[0];
    const mine = active.filter((c) => c.assignedPkId === pk.id);

    // A pidana kerja sosial placement at Griya Abhipraya, with hours done on weekdays of the last weeks.
    const ks = active.find((c) => c.program === "PIDANA_KERJA_SOSIAL");
    if (ks) {
      const startsOn = addDays(o.today, -21);
      const placement = await tx.placement.create({
        data: {
          officeId: o.id, clientId: ks.id, partnerId: griya.id, startsOn, endsOn: addDays(o.today, 60), kerjaSosial: true, hoursPerDay: 4, totalHoursOrdered: 120,
          purpose: "Pelaksanaan pidana kerja sosial sesuai putusan: perawatan taman dan kebersihan lingkungan.", createdById: ks.assignedPkId ?? o.kepala.id,
        },
      });
      const days = [1, 2, 3, 4, 7, 8, 9, 10, 14, 15].map((d) => addDays(startsOn, d)).filter((d) => d < o.today);
      for (const [i, d] of days.entries()) {
        await tx.kerjaSosialHours.create({ data: { placementId: placement.id, workedOn: d, minutes: i % 4 === 3 ? 150 : 240, note: i === 0 ? "Hari pertama: pengenalan tugas" : "", recordedById: ks.assignedPkId ?? o.kepala.id } });
      }
    }
    // A skills placement at the workshop for one of the PK's clients.
    const skill = mine.find((c) => c.program !== "PIDANA_KERJA_SOSIAL");
    if (skill) {
      await tx.placement.create({ data: { officeId: o.id, clientId: skill.id, partnerId: bengkel.id, startsOn: addDays(o.today, -30), purpose: "Magang mekanik sepeda motor sesuai minat klien.", createdById: pk.id } });
    }

    // Group sessions: a classical one with the Kemenag, a group one at the BLK.
    const sessions = [
      { daysAgo: 6, hour: 9, place: "Aula Bapas", guidanceType: "MENTAL" as const, approach: "CLASSICAL" as const, facilitator: `${p.hukum[2][3]} (Kemenag)`, partnerId: hukumMitra[2].id, topic: "Kesadaran beragama dan pengendalian diri", take: 8 },
      { daysAgo: 13, hour: 13, place: mandiriMitra[1].name, guidanceType: "KETERAMPILAN" as const, approach: "GROUP" as const, facilitator: `${p.mandiri[1][3]} (instruktur BLK)`, partnerId: mandiriMitra[1].id, topic: "Dasar-dasar kewirausahaan", take: 5 },
    ];
    for (const [si, s] of sessions.entries()) {
      const list = mine.slice(si, si + s.take);
      if (list.length === 0) continue;
      await tx.groupSession.create({
        data: {
          officeId: o.id, heldAt: at(addDays(o.today, -s.daysAgo), s.hour - utcOffset), place: s.place, guidanceType: s.guidanceType, approach: s.approach, facilitator: s.facilitator,
          partnerId: s.partnerId, topic: s.topic, notes: "Peserta aktif bertanya; materi lanjutan dijadwalkan bulan depan.", createdById: pk.id,
          attendees: { create: list.map((c, i) => ({ clientId: c.id, present: i % 4 !== 3 })) },
        },
      });
    }

    // Outreach: Bapas Goes to Village yesterday (in this month's count, unless today is the 1st), a
    // penyuluhan hukum at a school last month.
    await tx.outreachActivity.create({
      data: {
        officeId: o.id, kind: "GOES_TO_VILLAGE", title: `Bapas Goes to Village ${p.village}`, place: p.hall, heldOn: o.today.getUTCDate() > 1 ? addDays(o.today, -1) : o.today, participantCount: 64,
        villageOfficials: [...p.officials], createdById: o.kepala.id,
        summary: "Sosialisasi tugas Bapas dan program reintegrasi, ajakan kepada warga untuk ikut membimbing dan mengawasi klien, serta upaya mengurangi stigma terhadap mantan warga binaan. Warga menanyakan cara melapor bila klien bermasalah; disepakati Bhabinkamtibmas dan Ketua RW menjadi penghubung.",
        partners: { connect: [{ id: hukum.id }, { id: hukumMitra[3].id }] },
      },
    });
    await tx.outreachActivity.create({
      data: {
        officeId: o.id, kind: "GOES_TO_SCHOOL", title: `Penyuluhan hukum di ${p.hukum[4][0]}`, place: p.hukum[4][0], heldOn: addDays(o.today, -35), participantCount: 120,
        villageOfficials: [], createdById: o.kepala.id, summary: "Penyuluhan hukum bagi siswa kelas XI tentang bahaya narkotika, perundungan dan sistem peradilan pidana anak.",
        partners: { connect: [{ id: hukumMitra[4].id }, { id: hukumMitra[0].id }] },
      },
    });
  }
}
