import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="grid min-h-dvh place-items-center px-4">
      <div className="text-center">
        <p className="text-sm font-medium text-brand-700">404</p>
        <h1 className="mt-1 text-2xl font-semibold">Halaman tidak ditemukan</h1>
        <p className="mt-1 text-sm text-slate-600">Alamat ini tidak ada, atau Anda tidak memiliki akses ke data tersebut.</p>
        <ButtonLink href="/" variant="secondary" className="mt-5">Kembali ke beranda</ButtonLink>
      </div>
    </main>
  );
}
