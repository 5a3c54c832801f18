import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZFirstRunSetup, type FirstRunSetupInput } from "@/lib/schemas/setup";
import { login } from "@/lib/server/auth/login";
import { prisma } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { needsFirstRunSetup, setupFirstOffice } from "@/lib/server/services/setup-first-office";
import { createOffice } from "../factories";

const input = (over: Partial<FirstRunSetupInput> = {}): FirstRunSetupInput => ({
  office: {
    code: "plu", name: "Bapas Kelas II Palu", officeClass: "KELAS_II", city: "Palu", province: "Sulawesi Tengah",
    address: "Jl. Dewi Sartika No. 1, Palu", timeZone: "Asia/Makassar",
    letterheadLine1: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
    letterheadLine2: "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN SULAWESI TENGAH",
  },
  admin: { name: "Rahmat Hidayat", email: "Admin.Plu@bapas.go.id", nip: "", password: "PilihanAdmin2027" },
  kepala: { name: "Dra. Nur Aisyah, M.Si.", email: "kepala.plu@bapas.go.id", nip: "197001011995032001", password: "PilihanKepala2027" },
  ...over,
});

describe("first-run setup", () => {
  it("creates the first office, its admin and its Kepala with the passwords they chose", async () => {
    expect(await needsFirstRunSetup()).toBe(true);
    const ids = await setupFirstOffice(ZFirstRunSetup.parse(input()));
    const office = await prisma.office.findUniqueOrThrow({ where: { id: ids.officeId } });
    expect(office).toMatchObject({ code: "PLU", timeZone: "Asia/Makassar", officeClass: "KELAS_II" });
    const users = await prisma.user.findMany({ where: { officeId: office.id }, orderBy: { role: "asc" } });
    expect(users.map((u) => [u.role, u.email, u.mustChangePassword])).toEqual([
      ["ADMIN", "admin.plu@bapas.go.id", false],
      ["KEPALA_BAPAS", "kepala.plu@bapas.go.id", false],
    ]);
    expect((await login({ email: "admin.plu@bapas.go.id", password: "PilihanAdmin2027" })).ok).toBe(true);
    expect((await login({ email: "kepala.plu@bapas.go.id", password: "PilihanKepala2027" })).ok).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "setup.first_office", officeId: office.id } })).toBe(1);
    expect(await needsFirstRunSetup()).toBe(false);
  });

  it("is closed once an office exists, and two simultaneous runs create one office", async () => {
    const data = ZFirstRunSetup.parse(input());
    const results = await Promise.allSettled([setupFirstOffice(data), setupFirstOffice({ ...data, office: { ...data.office, code: "PLX" } })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect(refused.reason.code).toBe("CONFLICT");
    expect(await prisma.office.count()).toBe(1);
    expect(await prisma.user.count()).toBe(2);
  });

  it("refuses a database that already holds an office", async () => {
    await createOffice(prisma);
    await expect(setupFirstOffice(ZFirstRunSetup.parse(input()))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.user.count()).toBe(0);
  });

  it.each([
    [{ admin: { name: "Rahmat", email: "sama@bapas.go.id", nip: "", password: "PilihanAdmin2027" }, kepala: { name: "Nur Aisyah", email: "sama@bapas.go.id", nip: "", password: "PilihanKepala2027" } }, "Admin dan Kepala Bapas memakai akun yang berbeda"],
    [{ admin: { name: "Rahmat", email: "a@bapas.go.id", nip: "", password: "pendek1" } }, "Kata sandi minimal 10 karakter"],
    [{ admin: { name: "Rahmat", email: "a@bapas.go.id", nip: "", password: "hanyahurufsaja" } }, "Gunakan gabungan huruf dan angka"],
    [{ office: { ...input().office, timeZone: "Europe/Amsterdam" } }, "Pilih zona waktu"],
    [{ office: { ...input().office, code: "P1" } }, "Kode kantor 2 sampai 6 huruf"],
  ])("rejects bad answers in Bahasa Indonesia (%#)", (over, message) => {
    const parsed = ZFirstRunSetup.safeParse(input(over as Partial<FirstRunSetupInput>));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message).join(" | ")).toContain(message);
  });

  it("the terminal setup takes piped answers and creates the office", () => {
    const answers = [
      "Bapas Kelas I Jayapura", "jpr", "", "Jayapura", "Papua", "Jl. Raya Abepura No. 10, Jayapura", "Asia/Jayapura", "", "",
      "Yohanes Wenda", "admin.jpr@bapas.go.id", "", "AdminJayapura2027", "AdminJayapura2027",
      "Maria Kambu, S.H.", "kepala.jpr@bapas.go.id", "", "KepalaJayapura2027", "KepalaJayapura2027",
    ].join("\n") + "\n";
    const root = path.resolve(import.meta.dirname, "..", "..");
    const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(root, "scripts", "setup-prompt.ts")], {
      cwd: root, input: answers, encoding: "utf8", env: { ...process.env }, timeout: 60_000,
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Bapas Kelas I Jayapura siap");
    expect(r.stdout).not.toContain("AdminJayapura2027");
    return prisma.office.findUniqueOrThrow({ where: { code: "JPR" } }).then((o) => {
      expect(o).toMatchObject({ timeZone: "Asia/Jayapura", officeClass: "KELAS_I", letterheadLine2: "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN PAPUA" });
    });
  });

  it("the terminal setup stops at a bad answer and writes nothing", () => {
    const root = path.resolve(import.meta.dirname, "..", "..");
    const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(root, "scripts", "setup-prompt.ts")], {
      cwd: root, input: "Bapas Kelas I Jayapura\nJ1\n", encoding: "utf8", env: { ...process.env }, timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Kode kantor 2 sampai 6 huruf");
    return prisma.office.count().then((n) => expect(n).toBe(0));
  });
});
