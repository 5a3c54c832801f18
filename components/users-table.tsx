import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { PkLevel, Role, Section } from "@/lib/domain/enums";
import { PK_LEVEL_LABEL, ROLE_LABEL, SECTION_SHORT } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import { clock } from "@/lib/clock";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  nip: string | null;
  role: Role;
  pkLevel: PkLevel | null;
  section?: Section | null;
  active: boolean;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
}

/** The office's accounts; each name opens the account's admin page. */
export function UsersTable({ users, timeZone }: { users: UserRow[]; timeZone: string }) {
  const now = clock.now();
  return (
    <Table caption="Pengguna">
      <thead>
        <tr>
          <Th>Nama</Th>
          <Th>Peran</Th>
          <Th>Status</Th>
          <Th>Terakhir masuk</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {users.map((u) => (
          <tr key={u.id}>
            <Td>
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">{u.name}</Link>
              <div className="text-xs text-slate-500">{u.email}{u.nip ? ` · NIP ${u.nip}` : ""}</div>
            </Td>
            <Td>
              {ROLE_LABEL[u.role]}{u.section ? ` · ${SECTION_SHORT[u.section]}` : ""}
              {u.pkLevel ? <div className="text-xs text-slate-500">{PK_LEVEL_LABEL[u.pkLevel]}</div> : null}
            </Td>
            <Td>
              {!u.active ? <Badge>Nonaktif</Badge> : u.lockedUntil && u.lockedUntil > now ? <Badge tone="red">Terkunci</Badge> : <Badge tone="green">Aktif</Badge>}
            </Td>
            <Td className="whitespace-nowrap text-slate-600">{u.lastLoginAt ? formatDateTime(u.lastLoginAt, timeZone) : "Belum pernah"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
