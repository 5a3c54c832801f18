import type { Role } from "@/lib/domain/enums";

export interface NavItem {
  href: string;
  label: string;
  roles: readonly Role[];
}

// The main navigation; each later feature adds its entry here.
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Beranda", roles: ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] },
  { href: "/tasks", label: "Tugas saya", roles: ["PK"] },
  // The daftar lapor diri of the day: the front desk (admin), the Kepala, a PK for their clients.
  { href: "/reporting", label: "Lapor diri", roles: ["ADMIN", "KEPALA_BAPAS", "PK"] },
  { href: "/clients", label: "Klien & layanan", roles: ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] },
  { href: "/litmas", label: "Litmas", roles: ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] },
  { href: "/pendampingan", label: "Pendampingan", roles: ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] },
  // Guidance with the community (issue 14, part A).
  { href: "/group-sessions", label: "Sesi kelompok", roles: ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] },
  { href: "/partners", label: "Mitra & Pokmas Lipas", roles: ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] },
  { href: "/outreach", label: "Penjangkauan", roles: ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] },
  { href: "/workload", label: "Beban kerja", roles: ["ADMIN", "KEPALA_BAPAS", "KASI"] },
  { href: "/transfers", label: "Pelimpahan bimbingan", roles: ["ADMIN", "KEPALA_BAPAS"] },
  { href: "/transitions", label: "Tahap & TPP", roles: ["ADMIN", "KEPALA_BAPAS", "PK"] },
  { href: "/tpp", label: "Sidang TPP", roles: ["ADMIN", "KEPALA_BAPAS"] },
  { href: "/letters", label: "Surat akhir", roles: ["ADMIN", "KEPALA_BAPAS"] },
  { href: "/violations", label: "Pelanggaran", roles: ["ADMIN", "KEPALA_BAPAS", "PK"] },
  { href: "/audit", label: "Jejak audit", roles: ["ADMIN", "KEPALA_BAPAS"] },
  { href: "/admin/users", label: "Pengguna", roles: ["ADMIN"] },
  { href: "/admin/settings", label: "Pengaturan kantor", roles: ["ADMIN"] },
  { href: "/account-changes", label: "Konfirmasi akun", roles: ["ADMIN", "KEPALA_BAPAS"] },
  { href: "/account", label: "Akun saya", roles: ["ADMIN", "KEPALA_BAPAS", "KASI", "PK"] },
];
