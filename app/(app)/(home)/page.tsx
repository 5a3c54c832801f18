import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth";
import { AdminHome } from "./_home/admin-home";
import { KasiHome } from "./_home/kasi-home";
import { KepalaHome } from "./_home/kepala-home";
import { PkHome } from "./_home/pk-home";

export const metadata: Metadata = { title: "Beranda" };

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  switch (user.role) {
    case "PK":
      return <PkHome user={user} />;
    case "KEPALA_BAPAS":
      return <KepalaHome user={user} searchParams={Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))} />;
    case "KASI":
      return <KasiHome user={user} />;
    case "ADMIN":
      return <AdminHome user={user} />;
  }
}
