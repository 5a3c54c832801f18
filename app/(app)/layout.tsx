import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/server/auth";

// Every page under (app) needs a live session; each page and action checks again for itself.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return <AppShell user={{ name: user.name, role: user.role, officeName: user.officeName }}>{children}</AppShell>;
}
