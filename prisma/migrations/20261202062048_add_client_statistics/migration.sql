-- CreateEnum
CREATE TYPE "OffenceCategory" AS ENUM ('NARKOTIKA', 'PENCURIAN', 'PENGANIAYAAN', 'KESUSILAAN', 'PERLINDUNGAN_ANAK', 'PEMBUNUHAN', 'PENIPUAN_PENGGELAPAN', 'KORUPSI', 'LALU_LINTAS', 'LAINNYA');

-- CreateEnum
CREATE TYPE "EmploymentStatus" AS ENUM ('BEKERJA', 'TIDAK_BEKERJA', 'SEKOLAH');

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "employmentStatus" "EmploymentStatus",
ADD COLUMN     "employmentStatusSince" DATE,
ADD COLUMN     "offenceCategory" "OffenceCategory";

-- A date of the employment status only with a status.
ALTER TABLE "Client" ADD CONSTRAINT "Client_employment_since_needs_status" CHECK ("employmentStatusSince" IS NULL OR "employmentStatus" IS NOT NULL);
