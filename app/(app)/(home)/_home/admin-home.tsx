import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { UsersTable } from "@/components/users-table";
import { WorkloadTable } from "@/components/workload-table";
import { TIME_ZONE_LABEL } from "@/lib/format";
import type { CurrentUser } from "@/lib/server/auth";
import { getAdminHome } from "@/lib/server/queries/home";
import { clock } from "@/lib/clock";

export async function AdminHome({ user }: { user: CurrentUser }) {
  const { office, users, clientsActive, workloads } = await getAdminHome(user);
  const now = clock.now();
  const pkCount = users.filter((u) => u.role === "PK" && u.active).length;
  return (
    <>
      <PageHeader title="Administrasi" description={`Kantor, pengguna dan beban kerja di ${office.name}.`} />
      <StatGrid>
        <Stat label="Pengguna aktif" value={users.filter((u) => u.active).length} />
        <Stat label="PK aktif" value={pkCount} />
        <Stat label="Klien aktif" value={clientsActive} href="/clients" />
        <Stat label="Akun terkunci" value={users.filter((u) => u.lockedUntil && u.lockedUntil > now).length} />
      </StatGrid>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" aria-labelledby="users-heading">
          <CardHeader id="users-heading" title="Pengguna" description="Semua akun di kantor ini." action={<ButtonLink href="/admin/users/new" size="sm">Tambah pengguna</ButtonLink>} />
          <UsersTable users={users} timeZone={office.timeZone} />
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="office-heading">
            <CardHeader id="office-heading" title="Kantor" />
            <CardBody>
              <DescriptionList
                items={[
                  ["Nama", office.name],
                  ["Kode", office.code],
                  ["Kelas", office.officeClass === "KELAS_I" ? "Kelas I" : "Kelas II"],
                  ["Zona waktu", `${TIME_ZONE_LABEL[office.timeZone] ?? ""} (${office.timeZone})`],
                  ["Alamat", `${office.address}, ${office.city}, ${office.province}`],
                  ["Telepon", office.phone],
                  ["Email", office.email],
                ]}
              />
            </CardBody>
          </Card>

        </div>
        <Card className="lg:col-span-3" aria-labelledby="workload-heading">
          <CardHeader id="workload-heading" title="Beban kerja PK" description="Klien aktif dibanding kapasitas tiap PK." />
          <WorkloadTable rows={workloads} />
        </Card>
      </div>
    </>
  );
}
