// How the audit viewer names what was done: a label per known action, or per its first part
// (litmas.*, client.*), else the action itself.

const ACTION_LABEL: Record<string, string> = {
  "auth.login": "Masuk",
  "auth.login.failed": "Gagal masuk",
  "client.view": "Melihat berkas klien",
  "client.create": "Mendaftarkan klien",
  "client.update": "Mengubah data klien",
  "client.delete": "Menghapus klien",
  "client.assign": "Menugaskan PK",
  "client.status.change": "Mengubah status klien",
  "client.log.view": "Melihat buku perkembangan",
  "client.search.nik": "Mencari dengan NIK",
  "client.transfer.request": "Mengusulkan pelimpahan bimbingan",
  "client.transfer.accept": "Menerima pelimpahan bimbingan",
  "person.view": "Melihat data orang",
  "person.match": "Mencocokkan orang",
  "contact.create": "Mencatat kegiatan bimbingan",
  "contact.outcome": "Mencatat hasil kegiatan",
  "letter.issue": "Menerbitkan surat akhir",
  "letter.revoke": "Membatalkan surat akhir",
  "litmas.view": "Melihat litmas",
  "litmas.download": "Mengunduh litmas",
  "litmas.request": "Mencatat permintaan litmas",
  "litmas.approve": "Menyetujui litmas",
  "litmas.return": "Mengembalikan litmas",
  "litmas.submit": "Mengajukan litmas",
  "litmas.assign": "Menugaskan litmas",
  "litmas.deliver": "Mengirim litmas",
  "litmas.draft.save": "Menyimpan draf litmas",
  "pendampingan.view": "Melihat pendampingan",
  "pendampingan.request": "Mencatat permintaan pendampingan",
  "reporting.record": "Mencatat wajib lapor",
  "reporting.missed": "Menandai tidak lapor",
  "transition.propose": "Mengusulkan pindah tahap",
  "violation.report": "Melaporkan pelanggaran",
  "revocation.suspend": "Pencabutan sementara",
  "client.card.download": "Mencetak kartu bimbingan",
  "client.contract.download": "Mencetak kontrak bimbingan",
  "permit.letter.download": "Mengunduh surat izin bepergian",
  "document.download": "Mengunduh dokumen",
  "user.create": "Menambah pengguna",
  "user.update": "Mengubah pengguna",
  "user.password.reset": "Mengatur ulang kata sandi",
  "export.list": "Mengekspor daftar",
  "report.monthly": "Mengunduh laporan bulanan",
};

const PREFIX_LABEL: Record<string, string> = {
  auth: "Autentikasi",
  client: "Klien",
  person: "Orang",
  contact: "Kegiatan bimbingan",
  letter: "Surat akhir",
  litmas: "Litmas",
  pendampingan: "Pendampingan",
  reporting: "Wajib lapor",
  transition: "Tahap",
  tpp: "Sidang TPP",
  violation: "Pelanggaran",
  revocation: "Pencabutan",
  program: "Program bimbingan",
  stages: "Rencana tahap",
  user: "Pengguna",
  session: "Sesi",
  setup: "Penyiapan",
  export: "Ekspor",
  report: "Laporan",
  permit: "Izin bepergian",
  warning: "Teguran dan peringatan",
  document: "Dokumen",
};

export function auditActionLabel(action: string): string {
  if (ACTION_LABEL[action]) return ACTION_LABEL[action];
  const prefix = PREFIX_LABEL[action.split(".")[0]];
  return prefix ? `${prefix}: ${action}` : action;
}

/** The action groups offered as the viewer's filter (an action or a prefix matches). */
export const AUDIT_ACTION_FILTERS = Object.keys(PREFIX_LABEL).map((p) => ({ value: p, label: PREFIX_LABEL[p] }));
