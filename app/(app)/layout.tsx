import { AppShell } from "@/components/app-shell";
import { ServiceUnavailable } from "@/components/service-unavailable";
import { getCurrentUser, requireUser } from "@/lib/server/auth";
import { isDatabaseUnavailable } from "@/lib/server/errors";

// Every page under (app) needs a live session; each page and action checks again for itself.
// A failure here is outside (app)/error.tsx's reach, so a database outage is answered here.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  try {
    await getCurrentUser();
  } catch (e) {
    if (isDatabaseUnavailable(e)) return <ServiceUnavailable />;
    throw e;
  }
  const user = await requireUser({ allowPendingPasswordChange: true });
  return (
    <AppShell user={{ id: user.id, name: user.name, role: user.role, officeName: user.officeName }} restricted={user.mustChangePassword}>
      {children}
    </AppShell>
  );
}
