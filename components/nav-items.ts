import type { Role } from "@/lib/domain/enums";

export interface NavItem {
  href: string;
  label: string;
  roles: readonly Role[];
}

// The main navigation; each later feature adds its entry here.
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Beranda", roles: ["ADMIN", "KEPALA_BAPAS", "PK"] },
  { href: "/tasks", label: "Tugas saya", roles: ["PK"] },
  { href: "/clients", label: "Klien", roles: ["ADMIN", "KEPALA_BAPAS", "PK"] },
  { href: "/violations", label: "Pelanggaran", roles: ["ADMIN", "KEPALA_BAPAS", "PK"] },
  { href: "/account", label: "Akun saya", roles: ["ADMIN", "KEPALA_BAPAS", "PK"] },
];
