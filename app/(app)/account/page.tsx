import { describeIp, describeUserAgent } from "@/lib/domain/user-agent";
import type { Metadata } from "next";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { PK_LEVEL_LABEL, ROLE_LABEL } from "@/lib/domain/labels";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/lib/server/auth";
import { listMySessions } from "@/lib/server/queries/account";
import { ChangePasswordForm } from "./change-password-form";
import { RevokeSessionButton } from "./revoke-session-button";

export const metadata: Metadata = { title: "Akun saya" };

export default async function AccountPage() {
  const user = await requireUser();
  const sessions = await listMySessions(user);
  return (
    <>
      <PageHeader title="Akun saya" description="Data akun, kata sandi dan sesi masuk Anda." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="profile">
          <CardHeader id="profile" title="Profil" />
          <CardBody>
            <DescriptionList
              items={[
                ["Nama", user.name],
                ["Email", user.email],
                ["Peran", `${ROLE_LABEL[user.role]}${user.pkLevel ? ` (${PK_LEVEL_LABEL[user.pkLevel]})` : ""}`],
                ["Kantor", user.officeName],
              ]}
            />
          </CardBody>
        </Card>
        <Card aria-labelledby="password">
          <CardHeader id="password" title="Ganti kata sandi" description="Sesi Anda di perangkat lain akan diakhiri." />
          <CardBody>
            <ChangePasswordForm />
          </CardBody>
        </Card>
        <Card className="lg:col-span-2" aria-labelledby="sessions">
          <CardHeader id="sessions" title="Sesi aktif" description="Sesi berakhir setelah 30 menit tanpa aktivitas atau 12 jam sejak masuk." />
          <ul className="divide-y divide-slate-100">
            {[...sessions].sort((a, b) => Number(b.current) - Number(a.current)).map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-5">
                <div className="min-w-0 text-sm">
                  <div className="font-medium">{describeUserAgent(s.userAgent)}{s.current ? <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-800">perangkat ini</span> : null}</div>
                  <div className="text-xs text-slate-600 sm:truncate">
                    Masuk {formatDateTime(s.createdAt, user.timeZone)} · aktif terakhir {formatDateTime(s.lastSeenAt, user.timeZone)}
                  </div>
                  {describeIp(s.ip) ? <div className="text-xs text-slate-600">Alamat IP: {describeIp(s.ip)}</div> : null}
                </div>
                {s.current ? null : <RevokeSessionButton sessionId={s.id} />}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
