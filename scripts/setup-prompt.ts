// The first-run setup's questions, asked in the terminal (run through `npm run setup`, or by
// `npm start` when a production database is empty). Answers can also be piped in, one per line,
// in the order asked. Passwords are typed by the admin and the Kepala themselves and not echoed.
import readline from "node:readline";
import { Writable } from "node:stream";
import type { z } from "zod";
import { OFFICE_TIME_ZONES, ZFirstRunSetup, ZSetupOffice, ZSetupPerson } from "../lib/schemas/setup.ts";
import { prisma } from "../lib/server/db.ts";
import { AppError } from "../lib/server/errors.ts";
import { needsFirstRunSetup, setupFirstOffice } from "../lib/server/services/setup-first-office.ts";

const interactive = Boolean(process.stdin.isTTY);
let muted = false;
const output = new Writable({
  write(chunk, _enc, done) {
    if (!muted) process.stdout.write(chunk);
    done();
  },
});
const rl = readline.createInterface({ input: process.stdin, output, terminal: interactive });
const lines = rl[Symbol.asyncIterator]();

async function ask(question: string, { secret = false, fallback = "" } = {}): Promise<string> {
  process.stdout.write(`${question}${fallback ? ` [${fallback}]` : ""}: `);
  muted = secret && interactive;
  const next = await lines.next();
  muted = false;
  if (secret && interactive) process.stdout.write("\n");
  if (next.done) throw new AppError("VALIDATION", "Masukan berakhir sebelum semua pertanyaan terjawab.");
  const answer = next.value.trim();
  return answer === "" ? fallback : answer;
}

/** Asks until the answer passes `schema` (in a terminal), or stops at the first bad answer (piped). */
async function askValid<T>(question: string, schema: z.ZodType<T>, opts: { secret?: boolean; fallback?: string } = {}): Promise<string> {
  for (;;) {
    const answer = await ask(question, opts);
    const parsed = schema.safeParse(answer);
    if (parsed.success) return answer;
    const message = parsed.error.issues[0]?.message ?? "Isian tidak valid.";
    if (!interactive) throw new AppError("VALIDATION", `${question}: ${message}`);
    console.log(`  ✖ ${message}`);
  }
}

async function askPassword(who: string): Promise<string> {
  for (;;) {
    const first = await askValid(`Kata sandi ${who} (minimal 10 karakter, huruf dan angka; diketik oleh ${who} sendiri)`, ZSetupPerson.shape.password, { secret: true });
    const again = await ask(`Ulangi kata sandi ${who}`, { secret: true });
    if (first === again) return first;
    if (!interactive) throw new AppError("VALIDATION", `Ulangan kata sandi ${who} tidak sama.`);
    console.log("  ✖ Ulangan kata sandi tidak sama. Ulangi.");
  }
}

async function askPerson(who: string) {
  console.log(`\n${who}`);
  const name = await askValid("  Nama lengkap beserta gelar", ZSetupPerson.shape.name);
  const email = await askValid("  Email (untuk masuk)", ZSetupPerson.shape.email);
  const nip = await askValid("  NIP (18 digit, kosongkan bila belum ada)", ZSetupPerson.shape.nip);
  const password = await askPassword(who);
  return { name, email, nip, password };
}

async function main(): Promise<number> {
  if (!(await needsFirstRunSetup())) {
    console.log("Bimbing sudah disiapkan: kantor pertama sudah ada. Tambah pengguna lewat menu Pengguna (/admin/users).");
    return 0;
  }
  console.log("Penyiapan pertama Bimbing: kantor pertama, admin dan Kepala Bapas.\n");
  const o = ZSetupOffice.shape;
  const name = await askValid("Nama kantor (mis. Bapas Kelas I Palu)", o.name);
  const code = await askValid("Kode kantor, 2-6 huruf (dipakai di nomor register dan surat)", o.code);
  const officeClass = await askValid("Kelas kantor (KELAS_I / KELAS_II)", o.officeClass, { fallback: /kelas\s*ii\b/i.test(name) ? "KELAS_II" : "KELAS_I" });
  const city = await askValid("Kota", o.city);
  const province = await askValid("Provinsi", o.province);
  const address = await askValid("Alamat kantor", o.address);
  console.log(`Zona waktu: ${OFFICE_TIME_ZONES.map((t) => t.label).join(", ")}`);
  const timeZone = await askValid("Zona waktu kantor", o.timeZone, { fallback: "Asia/Jakarta" });
  const letterheadLine1 = await askValid("Kop surat baris 1", o.letterheadLine1, { fallback: "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA" });
  const letterheadLine2 = await askValid("Kop surat baris 2", o.letterheadLine2, { fallback: `KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN ${province.toUpperCase()}` });
  const admin = await askPerson("Admin kantor");
  const kepala = await askPerson("Kepala Bapas");

  const parsed = ZFirstRunSetup.safeParse({ office: { code, name, officeClass, city, province, address, timeZone, letterheadLine1, letterheadLine2 }, admin, kepala });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`✖ ${issue.message}`);
    return 1;
  }
  await setupFirstOffice(parsed.data);
  console.log(`\n✓ ${parsed.data.office.name} siap. Admin masuk sebagai ${parsed.data.admin.email}, Kepala Bapas sebagai ${parsed.data.kepala.email}.`);
  console.log("  Admin menambahkan PK dan pengguna lain di menu Pengguna; mereka mengganti kata sandi saat pertama masuk.");
  return 0;
}

main()
  .then((code) => { process.exitCode = code; })
  .catch((e: unknown) => {
    if (e instanceof AppError) console.error(`✖ ${e.message}`);
    else console.error("✖ Penyiapan gagal:", e instanceof Error ? e.message.replace(/\d{16}/g, "[NIK]") : e);
    process.exitCode = 1;
  })
  .finally(async () => {
    rl.close();
    await prisma.$disconnect();
  });
