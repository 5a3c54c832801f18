// Reference lists for the demo seed (prisma/seed.ts): offices, names, places, institutions,
// offences and the phrases notes are built from. Everything here is invented demo data.
import type { Approach, ContactType, GuidanceType, OriginType, PartnerType } from "../lib/server/generated/prisma/client.ts";

export type OfficeCode = "JKS" | "MKS";

export interface OfficeDef {
  officeClass: "KELAS_I";
  city: string;
  province: string;
  address: string;
  phone: string;
  email: string;
  /** Fixed offset of the office's zone (Indonesia has no daylight saving). */
  utcOffsetHours: number;
  letterheadLine1: string;
  letterheadLine2: string;
  cityLabel: string;
  /** Centre of the service area, for geotagged home visits. */
  lat: number;
  lng: number;
  tppRoom: string;
  tppChair: string;
  tppSecretary: string;
  kasiDewasa: string;
  kasiAnak: string;
}

export const OFFICES: Record<OfficeCode, OfficeDef> = {
  JKS: {
    officeClass: "KELAS_I",
    city: "Jakarta Selatan",
    province: "DKI Jakarta",
    address: "Jl. Raya Pasar Minggu No. 17, Kel. Pejaten Timur, Kec. Pasar Minggu, Jakarta Selatan 12510",
    phone: "(021) 7994215",
    email: "bapas.jakartaselatan@bimbing.id",
    utcOffsetHours: 7,
    letterheadLine1: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
    letterheadLine2: "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN DKI JAKARTA",
    cityLabel: "Jakarta Selatan",
    lat: -6.2615,
    lng: 106.8106,
    tppRoom: "Ruang Sidang TPP Bapas Kelas I Jakarta Selatan",
    tppChair: "Drs. Bambang Hermanto, M.Si.",
    tppSecretary: "Lia Amalia, S.H.",
    kasiDewasa: "Kasi Bimbingan Klien Dewasa",
    kasiAnak: "Kasubsi Bimbingan Klien Anak",
  },
  MKS: {
    officeClass: "KELAS_I",
    city: "Makassar",
    province: "Sulawesi Selatan",
    address: "Jl. Sultan Alauddin No. 191, Kel. Gunung Sari, Kec. Rappocini, Makassar 90221",
    phone: "(0411) 864127",
    email: "bapas.makassar@bimbing.id",
    utcOffsetHours: 8,
    letterheadLine1: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
    letterheadLine2: "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN SULAWESI SELATAN",
    cityLabel: "Makassar",
    lat: -5.1477,
    lng: 119.4327,
    tppRoom: "Aula Sidang TPP Bapas Kelas I Makassar",
    tppChair: "Drs. H. Muhammad Tahir, M.H.",
    tppSecretary: "Hasmiah Ramli, S.Sos.",
    kasiDewasa: "Kasi Bimbingan Klien Dewasa",
    kasiAnak: "Kasubsi Bimbingan Klien Anak",
  },
};

// ---------------------------------------------------------------- names

export interface NameSet {
  male: string[];
  maleLast: string[];
  female: string[];
  femaleLast: string[];
}

export type NameGroup = "muslim" | "christian" | "chinese" | "balinese";

export const NAMES: Record<OfficeCode, Record<NameGroup, NameSet> & { kids: NameSet; aliases: string[] }> = {
  JKS: {
    // Javanese, Betawi and Sundanese names.
    muslim: {
      male: ["Ahmad", "Agus", "Bambang", "Dedi", "Eko", "Fajar", "Hadi", "Irfan", "Joko", "Lukman", "Muhammad", "Nanang", "Rahmat", "Slamet", "Sugeng", "Teguh", "Wahyu", "Yudi", "Asep", "Cecep", "Ujang", "Dadan", "Mamat", "Rojali", "Sanusi", "Mansur", "Jaelani", "Syamsudin", "Haerudin", "Saiful", "Rudi", "Andri", "Sutrisno", "Heri", "Iwan", "Ade", "Ridwan", "Darto", "Sarmili", "Edi"],
      maleLast: ["Setiawan", "Prasetyo", "Nugroho", "Saputra", "Hidayat", "Kurniawan", "Susanto", "Suryadi", "Firmansyah", "Permana", "Ruhiyat", "Sopian", "Hermawan", "Maulana", "Ramadhan", "Wibowo", "Sudrajat", "Rohman", "Hakim", "Fauzi", "Mulyadi", "Purnomo", "Rohimat", "Supriatna", "Hasbullah", "Sanip"],
      female: ["Sri", "Dwi", "Neneng", "Yanti", "Euis", "Nur", "Wulan", "Ratna", "Siti", "Ani", "Eneng", "Yuyun", "Dian", "Fitri", "Maya", "Indah", "Puji", "Rohayah", "Enah", "Komala"],
      femaleLast: ["Wahyuni", "Astuti", "Marlina", "Hasanah", "Susilawati", "Komariah", "Handayani", "Rahayu", "Safitri", "Maesaroh", "Nuraeni", "Kusumawati", "Purwanti", "Aminah", "Fatimah"],
    },
    christian: {
      male: ["Yohanes", "Markus", "Daniel", "Stefanus", "Fransiskus", "Antonius", "Robert", "Yosep"],
      maleLast: ["Simanjuntak", "Situmorang", "Manurung", "Pardede", "Sihombing", "Siahaan", "Lumbantoruan", "Mandagi", "Sumampouw"],
      female: ["Maria", "Yohana", "Debora", "Agnes", "Veronika", "Elisabet"],
      femaleLast: ["Simatupang", "Sitorus", "Hutapea", "Lumban Gaol", "Rumondor"],
    },
    chinese: {
      male: ["Hendrik", "Steven", "Kevin", "Wilson", "Jimmy"],
      maleLast: ["Wijaya", "Tanjaya", "Halim", "Kusuma", "Salim"],
      female: ["Melinda", "Lili", "Susan"],
      femaleLast: ["Wijaya", "Halim", "Tanoto"],
    },
    balinese: {
      male: ["I Made", "I Ketut", "I Nyoman", "I Wayan"],
      maleLast: ["Sudarma", "Arsana", "Suardana", "Wirawan"],
      female: ["Ni Made", "Ni Ketut", "Ni Luh"],
      femaleLast: ["Sukmawati", "Ariani", "Suartini"],
    },
    kids: {
      male: ["Rafi", "Dimas", "Bagas", "Rizky", "Naufal", "Fadil", "Aditya", "Farhan", "Alif", "Reza"],
      maleLast: ["Saputra", "Pratama", "Ramadhan", "Firmansyah", "Maulana", "Hidayat", "Setiawan"],
      female: ["Nabila", "Salsabila", "Aulia"],
      femaleLast: ["Putri", "Rahmawati", "Azzahra"],
    },
    aliases: ["Ucok", "Bewok", "Kribo", "Gondrong", "Tole", "Codet", "Bolot", "Jabrik", "Item", "Boncel"],
  },
  MKS: {
    // Bugis and Makassar names; "Daeng" is a Makassar name of address often carried in full names.
    muslim: {
      male: ["Muh.", "Muhammad", "Syamsul", "Akbar", "Ilham", "Fadli", "Irwan", "Arman", "Haerul", "Rusdi", "Sudirman", "Jumardi", "Alimuddin", "Asri", "Zulkifli", "Ansar", "Kaharuddin", "Saharuddin", "Nasrul", "Amiruddin", "Rifai", "Baso", "Syahrir", "Ramli", "Jufri", "Yusran", "Akhmad", "Ridwan", "Hamzah", "Basri"],
      maleLast: ["Daeng Tutu", "Daeng Sikki", "Daeng Bella", "Daeng Nai", "Daeng Rani", "Daeng Lira", "Daeng Ngalle", "Daeng Sewang", "Daeng Tompo", "Lallo", "Patta", "Tang", "Alam", "Syam", "Mappa", "Rauf", "Bakri", "Jaya", "Hamid", "Mustari", "Sila", "Tahir", "Nur", "Said"],
      female: ["St.", "Hasnah", "Nurjannah", "Sumarni", "Hasriani", "Rosmiati", "Hartati", "Nurhayati", "Kasmawati", "Irmawati", "Nurhaedah", "Jumriani", "Asmawati", "Haslinda"],
      femaleLast: ["Daeng Kanang", "Daeng Ngai", "Daeng Bau", "Daeng Caya", "Daeng Sunggu", "Tahir", "Mappiasse", "Sari", "Hamid", "Rauf"],
    },
    christian: {
      // Toraja names, common among Christians in Makassar.
      male: ["Yohanis", "Markus", "Paulus", "Yakob", "Daniel", "Petrus"],
      maleLast: ["Pasang", "Tandi", "Rante", "Palinggi", "Sampe", "Tangke", "Paembonan"],
      female: ["Maria", "Ester", "Yuliana", "Marta"],
      femaleLast: ["Tandililing", "Sampebua", "Rante", "Pakiding"],
    },
    chinese: {
      male: ["Hendra", "Willy", "Jefri"],
      maleLast: ["Gunawan", "Wijaya", "Tanzil"],
      female: ["Lenny", "Meiliana"],
      femaleLast: ["Gunawan", "Tanzil"],
    },
    balinese: {
      male: ["I Made", "I Wayan"],
      maleLast: ["Sudarsana", "Merta"],
      female: ["Ni Made"],
      femaleLast: ["Sriasih"],
    },
    kids: {
      male: ["Muh. Fikri", "Aldi", "Rizal", "Fahri", "Arya", "Ikhsan", "Muh. Rafli", "Dirga", "Ardi"],
      maleLast: ["Saputra", "Syam", "Alam", "Ramadhan", "Pratama", "Hidayat"],
      female: ["Nur Aisyah", "Fitriani"],
      femaleLast: ["Putri", "Ramadhani"],
    },
    aliases: ["Bolang", "Ancu", "Lolo", "Bakri", "Sikki", "Bacce", "Tompo", "Gassing"],
  },
};

/** Full names the demo accounts use; no client gets one of these. */
export const RESERVED_NAMES = ["Andi Pratama", "Rina Wulandari", "Budi Santoso", "Dewi Lestari", "Nurul Hidayah", "Yusuf Rahman", "Hendra Gunawan"];

// ---------------------------------------------------------------- places

export interface Kecamatan {
  name: string;
  /** Kemendagri code of the district: the NIK's first six digits. */
  code: string;
  kelurahan: string[];
  streets: string[];
}

export const KECAMATAN: Record<OfficeCode, Kecamatan[]> = {
  JKS: [
    { name: "Tebet", code: "317401", kelurahan: ["Tebet Barat", "Tebet Timur", "Kebon Baru", "Bukit Duri", "Manggarai", "Menteng Dalam"], streets: ["Jl. Tebet Barat Dalam", "Jl. Kebon Baru", "Jl. Swadaya", "Jl. Manggarai Utara", "Jl. Bukit Duri Tanjakan"] },
    { name: "Setiabudi", code: "317402", kelurahan: ["Karet", "Menteng Atas", "Pasar Manggis", "Guntur"], streets: ["Jl. Menteng Wadas", "Jl. Karet Pasar Baru", "Jl. Pasar Manggis", "Jl. Guntur"] },
    { name: "Mampang Prapatan", code: "317403", kelurahan: ["Bangka", "Kuningan Barat", "Tegal Parang", "Pela Mampang"], streets: ["Jl. Bangka", "Jl. Tegal Parang Utara", "Jl. Mampang Prapatan", "Jl. Pela Mampang"] },
    { name: "Pasar Minggu", code: "317404", kelurahan: ["Pejaten Timur", "Pejaten Barat", "Ragunan", "Jati Padang", "Kebagusan", "Cilandak Timur"], streets: ["Jl. Pejaten Raya", "Jl. Jati Padang", "Jl. Kebagusan Raya", "Jl. Poltangan", "Jl. Raya Ragunan"] },
    { name: "Kebayoran Lama", code: "317405", kelurahan: ["Grogol Utara", "Cipulir", "Kebayoran Lama Utara", "Pondok Pinang"], streets: ["Jl. Cipulir", "Jl. Pondok Pinang", "Jl. Kebayoran Lama", "Jl. Rawa Simprug"] },
    { name: "Cilandak", code: "317406", kelurahan: ["Cipete Selatan", "Gandaria Selatan", "Cilandak Barat", "Pondok Labu", "Lebak Bulus"], streets: ["Jl. Cipete Raya", "Jl. Pondok Labu", "Jl. Lebak Bulus", "Jl. Gandaria"] },
    { name: "Pancoran", code: "317408", kelurahan: ["Kalibata", "Rawajati", "Duren Tiga", "Pengadegan", "Cikoko"], streets: ["Jl. Kalibata Tengah", "Jl. Rawajati Timur", "Jl. Duren Tiga", "Jl. Pengadegan Timur"] },
    { name: "Jagakarsa", code: "317409", kelurahan: ["Srengseng Sawah", "Lenteng Agung", "Tanjung Barat", "Cipedak", "Ciganjur"], streets: ["Jl. Moch. Kahfi II", "Jl. Lenteng Agung Timur", "Jl. Srengseng Sawah", "Jl. Tanjung Barat"] },
    { name: "Pesanggrahan", code: "317410", kelurahan: ["Ulujami", "Petukangan Utara", "Bintaro", "Pesanggrahan"], streets: ["Jl. Ulujami Raya", "Jl. Petukangan", "Jl. Bintaro Permai"] },
  ],
  MKS: [
    { name: "Mariso", code: "737101", kelurahan: ["Lette", "Panambungan", "Kunjung Mae", "Mariso"], streets: ["Jl. Rajawali", "Jl. Cendrawasih", "Jl. Nuri"] },
    { name: "Mamajang", code: "737102", kelurahan: ["Mamajang Dalam", "Labuang Baji", "Bonto Lebang"], streets: ["Jl. Baji Gau", "Jl. Kakatua", "Jl. Veteran Selatan"] },
    { name: "Tallo", code: "737107", kelurahan: ["Rappokalling", "Kaluku Bodoa", "Buloa", "Tallo"], streets: ["Jl. Tinumbu", "Jl. Sunu", "Jl. Korban 40.000 Jiwa"] },
    { name: "Ujung Tanah", code: "737108", kelurahan: ["Gusung", "Pattingalloang", "Tamalabba"], streets: ["Jl. Sabutung", "Jl. Barukang"] },
    { name: "Panakkukang", code: "737109", kelurahan: ["Pandang", "Karuwisi", "Tello Baru", "Pampang"], streets: ["Jl. Abdullah Daeng Sirua", "Jl. Pampang Raya", "Jl. Adhyaksa"] },
    { name: "Tamalate", code: "737110", kelurahan: ["Mangasa", "Jongaya", "Parang Tambung", "Bongaya"], streets: ["Jl. Daeng Tata", "Jl. Mallengkeri", "Jl. Daeng Ngeppe"] },
    { name: "Biringkanaya", code: "737111", kelurahan: ["Daya", "Sudiang", "Paccerakkang", "Bulurokeng"], streets: ["Jl. Perintis Kemerdekaan", "Jl. Paccerakkang", "Jl. Goa Ria"] },
    { name: "Manggala", code: "737112", kelurahan: ["Antang", "Tamangapa", "Borong", "Batua"], streets: ["Jl. Antang Raya", "Jl. Tamangapa Raya", "Jl. Batua Raya"] },
    { name: "Rappocini", code: "737113", kelurahan: ["Gunung Sari", "Karunrung", "Banta-Bantaeng", "Kassi-Kassi"], streets: ["Jl. Landak Baru", "Jl. Rappocini Raya", "Jl. Tamalate I"] },
    { name: "Tamalanrea", code: "737114", kelurahan: ["Tamalanrea Indah", "Kapasa", "Bira", "Tamalanrea Jaya"], streets: ["Jl. Kapasa Raya", "Jl. Bung", "Jl. Salodong"] },
  ],
};

export const BIRTH_PLACES: Record<OfficeCode, string[]> = {
  JKS: ["Jakarta", "Jakarta", "Jakarta", "Bogor", "Bekasi", "Tangerang", "Depok", "Garut", "Cianjur", "Tegal", "Brebes", "Purwokerto", "Surakarta", "Kuningan", "Indramayu", "Medan"],
  MKS: ["Makassar", "Makassar", "Makassar", "Gowa", "Maros", "Bone", "Takalar", "Jeneponto", "Pangkajene", "Bulukumba", "Sidenreng Rappang", "Pinrang", "Tana Toraja"],
};

// ---------------------------------------------------------------- institutions

export interface Institution {
  name: string;
  type: OriginType;
  /** Used in the institution's letter numbers. */
  abbr: string;
  for?: "narkotika" | "perempuan" | "anak";
}

export const PRISONS: Record<OfficeCode, Institution[]> = {
  JKS: [
    { name: "Lapas Kelas I Cipinang", type: "LAPAS", abbr: "LP.CPN" },
    { name: "Lapas Kelas I Cipinang", type: "LAPAS", abbr: "LP.CPN" },
    { name: "Rutan Kelas I Salemba", type: "RUTAN", abbr: "RT.SLB" },
    { name: "Rutan Kelas I Salemba", type: "RUTAN", abbr: "RT.SLB" },
    { name: "Rutan Kelas I Cipinang", type: "RUTAN", abbr: "RT.CPN" },
    { name: "Lapas Kelas IIA Salemba", type: "LAPAS", abbr: "LP.SLB" },
    { name: "Lapas Narkotika Kelas IIA Jakarta", type: "LAPAS", abbr: "LPN.JKT", for: "narkotika" },
    { name: "Lapas Perempuan Kelas IIA Jakarta", type: "LAPAS", abbr: "LPP.JKT", for: "perempuan" },
    { name: "LPKA Kelas II Jakarta", type: "LPKA", abbr: "LPKA.JKT", for: "anak" },
  ],
  MKS: [
    { name: "Lapas Kelas I Makassar", type: "LAPAS", abbr: "LP.MKS" },
    { name: "Lapas Kelas I Makassar", type: "LAPAS", abbr: "LP.MKS" },
    { name: "Rutan Kelas I Makassar", type: "RUTAN", abbr: "RT.MKS" },
    { name: "Rutan Kelas I Makassar", type: "RUTAN", abbr: "RT.MKS" },
    { name: "Lapas Narkotika Kelas IIA Sungguminasa", type: "LAPAS", abbr: "LPN.SGM", for: "narkotika" },
    { name: "Lapas Perempuan Kelas IIA Sungguminasa", type: "LAPAS", abbr: "LPP.SGM", for: "perempuan" },
    { name: "LPKA Kelas II Maros", type: "LPKA", abbr: "LPKA.MRS", for: "anak" },
  ],
};

export interface Court {
  name: string;
  /** As written in decision numbers: 123/Pid.B/2025/PN Jkt.Sel */
  abbr: string;
}

export const COURTS: Record<OfficeCode, Court[]> = {
  JKS: [
    { name: "Pengadilan Negeri Jakarta Selatan", abbr: "PN Jkt.Sel" },
    { name: "Pengadilan Negeri Jakarta Selatan", abbr: "PN Jkt.Sel" },
    { name: "Pengadilan Negeri Jakarta Selatan", abbr: "PN Jkt.Sel" },
    { name: "Pengadilan Negeri Jakarta Timur", abbr: "PN Jkt.Tim" },
    { name: "Pengadilan Negeri Jakarta Pusat", abbr: "PN Jkt.Pst" },
  ],
  MKS: [
    { name: "Pengadilan Negeri Makassar", abbr: "PN Mks" },
    { name: "Pengadilan Negeri Makassar", abbr: "PN Mks" },
    { name: "Pengadilan Negeri Makassar", abbr: "PN Mks" },
    { name: "Pengadilan Negeri Sungguminasa", abbr: "PN Sgm" },
    { name: "Pengadilan Negeri Maros", abbr: "PN Mrs" },
  ],
};

export const POLICE: Record<OfficeCode, string[]> = {
  JKS: ["Polres Metro Jakarta Selatan", "Polsek Pasar Minggu", "Polsek Tebet"],
  MKS: ["Polrestabes Makassar", "Polsek Tallo", "Polsek Panakkukang"],
};

// ---------------------------------------------------------------- offences

export interface OffenceDef {
  offence: string;
  article: string;
  /** Case register in decision numbers: Pid.B (general crimes) or Pid.Sus (special laws). */
  register: "Pid.B" | "Pid.Sus";
  minMonths: number;
  maxMonths: number;
  victim: boolean;
  narkotika?: boolean;
  motive: string;
}

export const ADULT_OFFENCES: OffenceDef[] = [
  { offence: "Pencurian", article: "Pasal 362 KUHP", register: "Pid.B", minMonths: 10, maxMonths: 30, victim: true, motive: "terdesak kebutuhan ekonomi setelah kehilangan pekerjaan" },
  { offence: "Pencurian dengan pemberatan", article: "Pasal 363 ayat (1) ke-4 KUHP", register: "Pid.B", minMonths: 18, maxMonths: 48, victim: true, motive: "diajak teman sepergaulan dan ingin mendapatkan uang dengan cepat" },
  { offence: "Penipuan", article: "Pasal 378 KUHP", register: "Pid.B", minMonths: 12, maxMonths: 36, victim: true, motive: "terlilit utang pinjaman daring" },
  { offence: "Penggelapan", article: "Pasal 372 KUHP", register: "Pid.B", minMonths: 12, maxMonths: 36, victim: true, motive: "menggunakan uang setoran untuk biaya berobat anggota keluarga" },
  { offence: "Penggelapan dalam jabatan", article: "Pasal 374 KUHP", register: "Pid.B", minMonths: 18, maxMonths: 48, victim: true, motive: "tergiur keuntungan dan lemahnya pengawasan di tempat kerja" },
  { offence: "Penganiayaan", article: "Pasal 351 ayat (1) KUHP", register: "Pid.B", minMonths: 8, maxMonths: 24, victim: true, motive: "emosi sesaat dalam perselisihan dengan tetangga" },
  { offence: "Pengeroyokan", article: "Pasal 170 ayat (1) KUHP", register: "Pid.B", minMonths: 12, maxMonths: 36, victim: true, motive: "terlibat perkelahian antarkelompok pemuda" },
  { offence: "Penadahan", article: "Pasal 480 ke-1 KUHP", register: "Pid.B", minMonths: 10, maxMonths: 24, victim: true, motive: "membeli sepeda motor tanpa surat dengan harga murah untuk dijual kembali" },
  { offence: "Perjudian", article: "Pasal 303 ayat (1) KUHP", register: "Pid.B", minMonths: 8, maxMonths: 20, victim: false, motive: "kebiasaan berjudi daring untuk menutup kebutuhan sehari-hari" },
  { offence: "Memiliki narkotika golongan I bukan tanaman", article: "Pasal 112 ayat (1) UU No. 35 Tahun 2009 tentang Narkotika", register: "Pid.Sus", minMonths: 48, maxMonths: 72, victim: false, narkotika: true, motive: "pengaruh lingkungan pergaulan dan ketergantungan sabu" },
  { offence: "Perantara jual beli narkotika golongan I", article: "Pasal 114 ayat (1) UU No. 35 Tahun 2009 tentang Narkotika", register: "Pid.Sus", minMonths: 60, maxMonths: 84, victim: false, narkotika: true, motive: "dijanjikan imbalan uang dan sabu untuk dipakai sendiri" },
  { offence: "Penyalahgunaan narkotika golongan I bagi diri sendiri", article: "Pasal 127 ayat (1) huruf a UU No. 35 Tahun 2009 tentang Narkotika", register: "Pid.Sus", minMonths: 12, maxMonths: 36, victim: false, narkotika: true, motive: "ketergantungan sabu sejak bekerja sebagai sopir antarkota" },
  { offence: "Kekerasan fisik dalam rumah tangga", article: "Pasal 44 ayat (1) UU No. 23 Tahun 2004 tentang PKDRT", register: "Pid.Sus", minMonths: 8, maxMonths: 18, victim: true, motive: "pertengkaran rumah tangga yang dipicu masalah ekonomi" },
];

export const CHILD_OFFENCES: OffenceDef[] = [
  { offence: "Pencurian", article: "Pasal 362 KUHP", register: "Pid.Sus", minMonths: 6, maxMonths: 12, victim: true, motive: "ingin membeli kuota internet dan rokok" },
  { offence: "Pencurian dengan pemberatan", article: "Pasal 363 ayat (1) ke-4 KUHP", register: "Pid.Sus", minMonths: 12, maxMonths: 24, victim: true, motive: "diajak teman yang lebih tua" },
  { offence: "Penganiayaan", article: "Pasal 351 ayat (1) KUHP", register: "Pid.Sus", minMonths: 6, maxMonths: 12, victim: true, motive: "saling ejek di media sosial yang berlanjut perkelahian" },
  { offence: "Pengeroyokan", article: "Pasal 170 ayat (1) KUHP", register: "Pid.Sus", minMonths: 12, maxMonths: 24, victim: true, motive: "terlibat tawuran antarpelajar" },
  { offence: "Kekerasan terhadap anak", article: "Pasal 80 ayat (1) jo. Pasal 76C UU No. 35 Tahun 2014 tentang Perlindungan Anak", register: "Pid.Sus", minMonths: 6, maxMonths: 12, victim: true, motive: "perundungan yang berujung pemukulan terhadap adik kelas" },
];

// Pidana kerja sosial exists from 2 January 2026 under the new criminal code (UU 1/2023).
export const KERJA_SOSIAL_OFFENCES: OffenceDef[] = [
  { offence: "Pencurian", article: "Pasal 476 UU No. 1 Tahun 2023 tentang KUHP", register: "Pid.B", minMonths: 0, maxMonths: 0, victim: true, motive: "mengambil barang dagangan karena tidak memiliki uang" },
  { offence: "Penganiayaan", article: "Pasal 466 ayat (1) UU No. 1 Tahun 2023 tentang KUHP", register: "Pid.B", minMonths: 0, maxMonths: 0, victim: true, motive: "emosi sesaat saat berselisih di tempat parkir" },
];

// ---------------------------------------------------------------- occupations and activities

export interface OccupationDef {
  title: string;
  /** What the client does, as written in notes: "Klien saat ini ..." */
  activity: string;
  workplace?: string;
  female?: boolean;
}

export const OCCUPATIONS: Record<OfficeCode, OccupationDef[]> = {
  JKS: [
    { title: "Pengemudi ojek daring", activity: "bekerja sebagai pengemudi ojek daring di sekitar Pasar Minggu dan Kalibata" },
    { title: "Buruh harian lepas", activity: "bekerja sebagai buruh harian di proyek perumahan di Jagakarsa", workplace: "proyek perumahan di Jagakarsa" },
    { title: "Pedagang kaki lima", activity: "berjualan gorengan dan es teh di dekat Stasiun Tebet", workplace: "lapak dagangannya di dekat Stasiun Tebet" },
    { title: "Karyawan swasta", activity: "bekerja sebagai staf gudang di perusahaan ekspedisi di Cilandak", workplace: "gudang ekspedisi di Cilandak" },
    { title: "Montir", activity: "bekerja di bengkel sepeda motor di Jl. Raya Lenteng Agung", workplace: "bengkel sepeda motor di Jl. Raya Lenteng Agung" },
    { title: "Juru parkir", activity: "menjadi juru parkir di minimarket dekat rumahnya" },
    { title: "Wiraswasta", activity: "membuka usaha cuci motor kecil di depan rumah", workplace: "usaha cuci motor miliknya" },
    { title: "Sopir", activity: "menjadi sopir angkot trayek Pasar Minggu–Depok" },
    { title: "Tidak bekerja", activity: "belum bekerja dan sedang mencari pekerjaan; sudah melamar ke beberapa minimarket" },
    { title: "Pelayan rumah makan", activity: "bekerja sebagai pelayan di rumah makan Padang di Mampang", workplace: "rumah makan Padang di Mampang" },
    { title: "Ibu rumah tangga", activity: "mengurus rumah tangga sambil menerima pesanan kue basah", female: true },
    { title: "Penjahit", activity: "menerima jahitan pakaian di rumah", female: true },
    { title: "Karyawan swasta", activity: "bekerja sebagai kasir di toko bangunan di Pondok Labu", workplace: "toko bangunan di Pondok Labu", female: true },
  ],
  MKS: [
    { title: "Pengemudi bentor", activity: "menjadi pengemudi becak motor di sekitar Pasar Terong" },
    { title: "Buruh pelabuhan", activity: "bekerja sebagai buruh bongkar muat di Pelabuhan Soekarno-Hatta", workplace: "Pelabuhan Soekarno-Hatta" },
    { title: "Nelayan", activity: "ikut melaut bersama pamannya dari Pelabuhan Paotere" },
    { title: "Pedagang", activity: "berjualan pisang epe di kawasan Pantai Losari", workplace: "lapak pisang epe di Pantai Losari" },
    { title: "Karyawan toko", activity: "bekerja sebagai pramuniaga di toko oleh-oleh di Jl. Somba Opu", workplace: "toko oleh-oleh di Jl. Somba Opu" },
    { title: "Montir", activity: "bekerja di bengkel las di Jl. Urip Sumoharjo", workplace: "bengkel las di Jl. Urip Sumoharjo" },
    { title: "Tukang batu", activity: "bekerja sebagai tukang batu pada proyek ruko di Panakkukang", workplace: "proyek ruko di Panakkukang" },
    { title: "Tidak bekerja", activity: "belum bekerja dan membantu orang tua di rumah sambil mencari pekerjaan" },
    { title: "Wiraswasta", activity: "membuka kios pulsa dan aksesori ponsel di depan rumah", workplace: "kios pulsa miliknya" },
    { title: "Pengemudi ojek daring", activity: "bekerja sebagai pengemudi ojek daring di sekitar Tamalanrea" },
    { title: "Ibu rumah tangga", activity: "mengurus rumah tangga sambil berjualan kue di rumah", female: true },
    { title: "Pedagang", activity: "berjualan ikan di Pasar Pannampu", workplace: "lapak ikan di Pasar Pannampu", female: true },
  ],
};

export const STUDENT: OccupationDef = { title: "Pelajar", activity: "kembali bersekolah dan aktif mengikuti kegiatan pramuka di sekolah" };

// ---------------------------------------------------------------- notes

export const IZIN_REASONS: Record<OfficeCode, string[]> = {
  JKS: [
    "Sakit demam berdarah dan dirawat di Puskesmas; surat keterangan dokter dilampirkan",
    "Mengantar ibu berobat ke RSUD Pasar Minggu",
    "Bekerja di luar kota (proyek di Karawang); lapor diri diganti pekan berikutnya",
    "Istri melahirkan di RSIA Budhi Jaya",
    "Menghadiri pemakaman keluarga di kampung halaman",
  ],
  MKS: [
    "Sakit tifus; surat keterangan dokter Puskesmas Kassi-Kassi dilampirkan",
    "Mengantar keluarga ke Bone untuk acara adat pernikahan",
    "Sedang melaut; kapal belum kembali ke Paotere karena cuaca buruk",
    "Mengurus orang tua yang dirawat di RSUD Daya",
    "Menghadiri pemakaman kerabat di Jeneponto",
  ],
};

export type ContactTemplate = { text: string; guidanceType: GuidanceType };

export const CONTACT_TEMPLATES: Record<ContactType, ContactTemplate[]> = {
  KUNJUNGAN_RUMAH: [
    { text: "Kunjungan rumah ke alamat klien. Klien ada di rumah dan ditemui bersama {keluarga}. Klien saat ini {aktivitas}. Keluarga menyampaikan perilaku klien baik dan rutin beribadah; tidak ada keluhan dari lingkungan sekitar.", guidanceType: "SOSIAL" },
    { text: "Kunjungan rumah sekaligus verifikasi alamat. Ketua RT setempat membenarkan klien tinggal di alamat tersebut dan berkelakuan baik. Klien {aktivitas}.", guidanceType: "KEPATUHAN" },
    { text: "Kunjungan rumah. Klien menceritakan kesulitan ekonomi keluarga; PK memberi motivasi dan informasi pelatihan kerja gratis. Klien bersedia mengikuti program keterampilan.", guidanceType: "SOSIAL" },
    { text: "Kunjungan rumah bersama Ketua RW. Klien terlihat sehat dan mulai aktif dalam kegiatan kerja bakti warga. {keluarga_kapital} menyatakan tetap bersedia menjadi penjamin.", guidanceType: "SOSIAL" },
  ],
  LAPOR_DIRI: [
    { text: "Klien lapor diri ke kantor Bapas tepat waktu dan mengisi daftar lapor diri. Klien {aktivitas}. Diingatkan kembali kewajiban dan larangan selama masa bimbingan.", guidanceType: "KEPATUHAN" },
    { text: "Lapor diri. Wawancara singkat mengenai kegiatan sebulan terakhir; klien dalam kondisi sehat dan tidak ada masalah dengan keluarga maupun lingkungan.", guidanceType: "KEPATUHAN" },
  ],
  TELEPON_VIDEO: [
    { text: "Panggilan video melalui WhatsApp untuk memantau keberadaan klien. Klien sedang berada di rumah bersama {keluarga}; kondisi baik.", guidanceType: "KEPATUHAN" },
    { text: "Telepon ke klien menanyakan perkembangan pekerjaan. Klien {aktivitas}. Klien diingatkan jadwal lapor diri berikutnya.", guidanceType: "KEPATUHAN" },
    { text: "Telepon ke {keluarga} untuk konfirmasi kegiatan klien. Keluarga menyampaikan klien rajin bekerja dan pulang tepat waktu.", guidanceType: "SOSIAL" },
  ],
  KELOMPOK: [
    { text: "Klien mengikuti bimbingan kelompok bertema kesadaran hukum dan bahaya narkoba di aula Bapas bersama {n} klien lain. Klien aktif bertanya.", guidanceType: "KEPATUHAN" },
    { text: "Bimbingan kelompok: sesi berbagi pengalaman tentang kembali ke masyarakat dan mengelola emosi. Klien hadir dan mengikuti sampai selesai.", guidanceType: "MENTAL" },
    { text: "Bimbingan klasikal kewirausahaan (menyusun rencana usaha kecil) bersama {n} klien lain. Klien berencana membuka usaha sendiri setelah masa bimbingan.", guidanceType: "KETERAMPILAN" },
    { text: "Bimbingan kerohanian berkelompok di aula Bapas bersama penyuluh agama. Klien mengikuti kegiatan dengan tertib.", guidanceType: "MENTAL" },
  ],
  KUNJUNGAN_TEMPAT_KERJA: [
    { text: "Kunjungan ke tempat kerja klien di {tempat}. Pemilik usaha menyampaikan klien rajin, jujur, dan jarang absen.", guidanceType: "KETERAMPILAN" },
    { text: "Kunjungan ke {tempat}. Klien sedang bekerja; atasan klien menyatakan puas dan berencana memperpanjang kontrak kerja klien.", guidanceType: "KETERAMPILAN" },
  ],
  LAINNYA: [
    { text: "Koordinasi dengan kelurahan dan Ketua RW terkait dukungan terhadap klien. Klien diikutsertakan dalam kegiatan kerja bakti warga.", guidanceType: "SOSIAL" },
  ],
};

// ---------------------------------------------------------------- guidance programs

export interface ProgramTemplate {
  key: string;
  guidanceType: GuidanceType;
  approach: Approach;
  title: string;
  objectives: string;
  partnerType: PartnerType | null;
  partnerName: string | null;
  entries: string[];
}

export const PROGRAM_TEMPLATES: Record<OfficeCode, ProgramTemplate[]> = {
  JKS: [
    { key: "mental", guidanceType: "MENTAL", approach: "GROUP", title: "Bimbingan kerohanian: pengajian rutin mingguan", objectives: "Meningkatkan kesadaran beragama, pengendalian diri, dan rasa tanggung jawab klien.", partnerType: "TOKOH_AGAMA", partnerName: "Majelis Taklim Al-Hidayah Kalibata", entries: ["Klien mulai mengikuti pengajian rutin setiap Kamis malam.", "Klien hadir empat kali berturut-turut; ustaz pembina menilai klien tertib dan mulai lancar membaca Al-Qur'an.", "Klien diminta membantu menyiapkan kegiatan pengajian; kehadiran 90%."] },
    { key: "las", guidanceType: "KETERAMPILAN", approach: "GROUP", title: "Pelatihan las listrik dasar", objectives: "Klien menguasai keterampilan las dasar sebagai bekal mencari pekerjaan.", partnerType: "LEMBAGA_PELATIHAN", partnerName: "BLK Jakarta Selatan", entries: ["Klien mengikuti pendaftaran dan orientasi pelatihan las di BLK Jakarta Selatan.", "Klien menyelesaikan modul dasar pengelasan SMAW; kehadiran 92%.", "Klien mengikuti uji praktik tingkat dasar dan dinyatakan kompeten."] },
    { key: "barista", guidanceType: "KETERAMPILAN", approach: "GROUP", title: "Pelatihan barista dan tata boga", objectives: "Klien memiliki keterampilan untuk bekerja di usaha kuliner atau membuka usaha kopi sendiri.", partnerType: "LEMBAGA_PELATIHAN", partnerName: "BLK Jakarta Selatan", entries: ["Klien mengikuti kelas pengenalan alat dan jenis kopi.", "Klien berlatih membuat minuman berbasis espreso; instruktur menilai klien cepat belajar.", "Klien magang dua pekan di kedai kopi mitra BLK."] },
    { key: "sosial", guidanceType: "SOSIAL", approach: "GROUP", title: "Konseling keluarga dan reintegrasi sosial", objectives: "Memulihkan hubungan klien dengan keluarga dan lingkungan tempat tinggal.", partnerType: "KELOMPOK_MASYARAKAT", partnerName: "Pokmas Lipas Sejahtera", entries: ["Pertemuan awal bersama pengurus Pokmas Lipas Sejahtera dan keluarga klien.", "Klien ikut kegiatan bakti sosial Pokmas di lingkungan RW.", "Klien dipercaya membantu pengelolaan bank sampah Pokmas."] },
    { key: "rehab", guidanceType: "LAINNYA", approach: "INDIVIDUAL", title: "Rehabilitasi rawat jalan dan konseling adiksi", objectives: "Klien bebas dari penyalahgunaan narkotika dan mampu mengelola keinginan untuk kambuh.", partnerType: "PUSKESMAS", partnerName: "Puskesmas Kecamatan Tebet", entries: ["Asesmen awal adiksi oleh konselor Puskesmas; klien mengikuti jadwal konseling dua minggu sekali.", "Hasil tes urine negatif; klien rutin mengikuti konseling.", "Klien menyelesaikan delapan sesi konseling; tes urine tetap negatif."] },
    { key: "hukum", guidanceType: "KEPATUHAN", approach: "CLASSICAL", title: "Penyuluhan kesadaran hukum", objectives: "Klien memahami hak dan kewajiban selama pembimbingan serta akibat pelanggaran syarat.", partnerType: "LAINNYA", partnerName: "Polsek Pancoran", entries: ["Klien mengikuti penyuluhan kesadaran hukum bersama Bhabinkamtibmas.", "Klien mengikuti sesi lanjutan tentang bahaya narkoba dan judi daring."] },
    { key: "sekolah", guidanceType: "SOSIAL", approach: "INDIVIDUAL", title: "Pendampingan kembali bersekolah", objectives: "Anak kembali bersekolah secara teratur dan menjauhi pergaulan berisiko.", partnerType: "KELOMPOK_MASYARAKAT", partnerName: "Pokmas Lipas Sejahtera", entries: ["PK dan orang tua menemui wali kelas untuk memastikan anak dapat kembali bersekolah.", "Anak hadir di sekolah setiap hari selama sebulan; nilai ulangan membaik.", "Anak mengikuti kegiatan ekstrakurikuler pramuka."] },
  ],
  MKS: [
    { key: "mental", guidanceType: "MENTAL", approach: "GROUP", title: "Pembinaan keagamaan: tahsin Al-Qur'an", objectives: "Meningkatkan pemahaman agama dan pengendalian diri klien.", partnerType: "TOKOH_AGAMA", partnerName: "Masjid Raya Makassar", entries: ["Klien mulai mengikuti kelas tahsin setiap Selasa sore.", "Klien rutin hadir; pembina menilai bacaan klien membaik.", "Klien mengikuti kegiatan salat berjamaah dan kajian Jumat."] },
    { key: "montir", guidanceType: "KETERAMPILAN", approach: "GROUP", title: "Pelatihan servis sepeda motor", objectives: "Klien mampu bekerja sebagai mekanik atau membuka bengkel sendiri.", partnerType: "LEMBAGA_PELATIHAN", partnerName: "BLK Makassar", entries: ["Klien mengikuti orientasi pelatihan otomotif di BLK Makassar.", "Klien menyelesaikan modul perawatan berkala dan sistem pengapian.", "Klien magang di bengkel mitra di Jl. Urip Sumoharjo."] },
    { key: "laut", guidanceType: "KETERAMPILAN", approach: "GROUP", title: "Pelatihan pengolahan hasil laut", objectives: "Klien dapat mengolah ikan menjadi produk bernilai jual (abon dan ikan asap).", partnerType: "LAINNYA", partnerName: "Dinas Kelautan dan Perikanan Kota Makassar", entries: ["Klien mengikuti pelatihan pengolahan abon ikan.", "Klien mulai menjual abon ikan buatan sendiri di lingkungan tempat tinggal."] },
    { key: "sosial", guidanceType: "SOSIAL", approach: "GROUP", title: "Pendampingan reintegrasi sosial", objectives: "Klien diterima kembali dan berperan aktif di lingkungan tempat tinggal.", partnerType: "KELOMPOK_MASYARAKAT", partnerName: "Pokmas Lipas Sipakatau", entries: ["Pertemuan awal bersama pengurus Pokmas Lipas Sipakatau dan tokoh masyarakat.", "Klien ikut kegiatan kerja bakti membersihkan kanal bersama warga.", "Klien membantu kegiatan posyandu sebagai petugas keamanan sukarela."] },
    { key: "rehab", guidanceType: "LAINNYA", approach: "INDIVIDUAL", title: "Rehabilitasi rawat jalan", objectives: "Klien pulih dari ketergantungan narkotika dan menjaga diri agar tidak kambuh.", partnerType: "PUSKESMAS", partnerName: "Puskesmas Kassi-Kassi", entries: ["Asesmen awal adiksi; klien dijadwalkan konseling dua minggu sekali.", "Tes urine negatif; klien mengikuti sesi konseling kelompok.", "Klien menyelesaikan program konseling tahap pertama."] },
    { key: "sekolah", guidanceType: "SOSIAL", approach: "INDIVIDUAL", title: "Pendampingan kembali bersekolah", objectives: "Anak kembali bersekolah dan menjauhi pergaulan berisiko.", partnerType: "KELOMPOK_MASYARAKAT", partnerName: "Pokmas Lipas Sipakatau", entries: ["PK bersama orang tua menemui kepala sekolah untuk memastikan anak dapat kembali bersekolah.", "Anak hadir di sekolah secara teratur; wali kelas melaporkan perilaku baik.", "Anak mengikuti kegiatan pramuka dan olahraga sepak bola."] },
  ],
};

export const RETURN_NOTES = [
  "Mohon lengkapi tanggapan korban dan masyarakat; lampirkan surat jaminan keluarga yang bermeterai.",
  "Analisis belum memuat hasil asesmen risiko dan kebutuhan; mohon dilengkapi sebelum diajukan kembali.",
  "Rekomendasi program bimbingan belum rinci (jenis bimbingan, mitra, jadwal wajib lapor). Mohon diperbaiki.",
];

export const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

export const PHONE_PREFIXES = ["0812", "0813", "0821", "0822", "0852", "0853", "0857", "0878", "0896", "0819"];
