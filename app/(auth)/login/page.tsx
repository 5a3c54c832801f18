import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ServiceUnavailable } from "@/components/service-unavailable";
import { getCurrentUser } from "@/lib/server/auth";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { databaseReachable } from "@/lib/server/health";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Masuk" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; lanjut?: string }> }) {
  // Without a database no one can sign in: say so before the officer types a password.
  if (!(await databaseReachable())) return <ServiceUnavailable />;
  let signedIn: boolean;
  try {
    signedIn = (await getCurrentUser()) !== null;
  } catch (e) {
    if (isDatabaseUnavailable(e)) return <ServiceUnavailable />;
    throw e;
  }
  if (signedIn) redirect("/");
  const { error, lanjut } = await searchParams;
  // Back to the page the officer was on (an outbox waiting to be sent): a path on this site only.
  const next = lanjut && /^\/(?![/\\])/.test(lanjut) ? lanjut : "/";
  return (
    <main className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div aria-hidden="true" className="mx-auto mb-3 grid size-12 place-items-center rounded-lg bg-brand-700 text-xl font-bold text-white">B</div>
          <h1 className="text-2xl font-semibold tracking-tight">Masuk ke Bimbing</h1>
          <p className="mt-1 text-sm text-slate-600">Manajemen kasus pembimbingan klien Bapas</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm initialError={error ?? null} next={next} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">Lupa kata sandi? Hubungi admin Bapas Anda.</p>
      </div>
    </main>
  );
}
