"use client";

import * as Dialog from "@radix-ui/react-dialog";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/lib/domain/enums";
import { ROLE_LABEL } from "@/lib/domain/labels";
import { LogoutButton } from "./logout-button";
import { OfflineBanner } from "./offline/offline-banner";
import { OfflineProvider } from "./offline/offline-provider";
import { NAV_ITEMS } from "./nav-items";
import { cn } from "./ui/cn";

interface ShellUser {
  id: string;
  name: string;
  role: Role;
  officeName: string;
}

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

function NavLinks({ role, onNavigate }: { role: Role | null; onNavigate?: () => void }) {
  const pathname = usePathname();
  if (!role) return null;
  return (
    <ul className="space-y-1">
      {NAV_ITEMS.filter((i) => i.roles.includes(role)).map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "block rounded-md px-3 py-2 text-sm font-medium",
                active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function UserBlock({ user }: { user: ShellUser }) {
  return (
    <div className="min-w-0">
      <p className="truncate text-sm font-medium text-slate-900">{user.name}</p>
      <p className="truncate text-xs text-slate-600">
        {ROLE_LABEL[user.role]} · {user.officeName}
      </p>
    </div>
  );
}

function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2 font-semibold text-brand-800">
      <span aria-hidden="true" className="grid size-8 place-items-center rounded-md bg-brand-700 text-sm font-bold text-white">B</span>
      <span>Bimbing</span>
    </Link>
  );
}

/** `restricted`: no menu (a password change is pending, so every other page is closed). */
export function AppShell({ user, restricted = false, children }: { user: ShellUser; restricted?: boolean; children: React.ReactNode }) {
  const navRole = restricted ? null : user.role;
  const [open, setOpen] = useState(false);
  return (
    <OfflineProvider userId={user.id}>
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr]">
      <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Langsung ke konten
      </a>
      {/* Desktop sidebar */}
      <aside className="hidden border-r border-slate-200 bg-white lg:flex lg:flex-col">
        <div className="px-5 py-4"><Brand /></div>
        <nav aria-label="Menu utama" className="flex-1 px-3">
          <NavLinks role={navRole} />
        </nav>
        <div className="space-y-2 border-t border-slate-200 px-5 py-4">
          <UserBlock user={user} />
          <LogoutButton className="-ml-3" />
        </div>
      </aside>

      {/* Phone and tablet top bar */}
      <header className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-2.5 lg:hidden">
        <Brand />
        <Dialog.Root open={open} onOpenChange={setOpen}>
          <Dialog.Trigger className="min-h-11 rounded-md border border-slate-300 px-4 text-sm font-medium text-slate-800">Menu</Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
            <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-72 max-w-[85vw] flex-col bg-white shadow-xl">
              <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3">
                <Dialog.Title className="font-semibold">Menu</Dialog.Title>
                <Dialog.Close className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">Tutup</Dialog.Close>
              </div>
              <Dialog.Description className="sr-only">Navigasi utama Bimbing</Dialog.Description>
              <nav aria-label="Menu utama" className="flex-1 px-3 py-3">
                <NavLinks role={navRole} onNavigate={() => setOpen(false)} />
              </nav>
              <div className="space-y-2 border-t border-slate-200 px-4 py-4">
                <UserBlock user={user} />
                <LogoutButton className="-ml-3" />
              </div>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      </header>

      <div className="min-w-0">
        <OfflineBanner />
        <main id="konten" className="min-w-0 px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
          <div className="mx-auto max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
    </OfflineProvider>
  );
}
