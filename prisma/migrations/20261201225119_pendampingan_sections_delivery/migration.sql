-- CreateEnum
CREATE TYPE "Section" AS ENUM ('BKD', 'BKA');

-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('DIANTAR_LANGSUNG', 'POS', 'EMAIL', 'APLIKASI', 'LAINNYA');

-- CreateEnum
CREATE TYPE "PendampinganStatus" AS ENUM ('REQUESTED', 'ASSIGNED', 'ONGOING', 'AGREEMENT_SUPERVISED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ChildRole" AS ENUM ('PELAKU', 'KORBAN', 'SAKSI');

-- CreateEnum
CREATE TYPE "PendampinganStepKind" AS ENUM ('PEMERIKSAAN_PENYIDIK', 'PEMERIKSAAN_PENUNTUT_UMUM', 'MUSYAWARAH_DIVERSI', 'SIDANG_ANAK', 'PUTUSAN', 'PENETAPAN', 'PENGAWASAN_KESEPAKATAN', 'LAINNYA');

-- CreateEnum
CREATE TYPE "DiversiAgreementStatus" AS ENUM ('SUPERVISED', 'CARRIED_OUT', 'NOT_CARRIED_OUT');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'KASI';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Program" ADD VALUE 'PIDANA_PENGAWASAN';
ALTER TYPE "Program" ADD VALUE 'SPPA_PEMBINAAN_LUAR_LEMBAGA';
ALTER TYPE "Program" ADD VALUE 'SPPA_PELAYANAN_MASYARAKAT';
ALTER TYPE "Program" ADD VALUE 'SPPA_PENGAWASAN';
ALTER TYPE "Program" ADD VALUE 'SPPA_PELATIHAN_KERJA';
ALTER TYPE "Program" ADD VALUE 'SPPA_TINDAKAN';
ALTER TYPE "Program" ADD VALUE 'SPPA_ANAK_BELUM_12';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LitmasPurpose" ADD VALUE 'PEMBINAAN_AWAL';
ALTER TYPE "LitmasPurpose" ADD VALUE 'ANAK_BELUM_12';
ALTER TYPE "LitmasPurpose" ADD VALUE 'SAKSI_KORBAN_ANAK';
ALTER TYPE "LitmasPurpose" ADD VALUE 'SIDANG_DEWASA';
ALTER TYPE "LitmasPurpose" ADD VALUE 'PERAWATAN_LPAS_LPKA';
ALTER TYPE "LitmasPurpose" ADD VALUE 'PENEMPATAN';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LitmasAction" ADD VALUE 'DISPOSED_TO_SECTION';
ALTER TYPE "LitmasAction" ADD VALUE 'TPP_REVIEWED';
ALTER TYPE "LitmasAction" ADD VALUE 'DELIVERED';

-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "usesSections" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "section" "Section";

-- AlterTable
ALTER TABLE "Litmas" ADD COLUMN     "deliveredAt" TIMESTAMPTZ(3),
ADD COLUMN     "deliveredById" TEXT,
ADD COLUMN     "deliveredTo" TEXT,
ADD COLUMN     "deliveryMethod" "DeliveryMethod",
ADD COLUMN     "disposedAt" TIMESTAMPTZ(3),
ADD COLUMN     "disposedById" TEXT,
ADD COLUMN     "pendampinganId" TEXT,
ADD COLUMN     "section" "Section",
ADD COLUMN     "tppNotes" TEXT,
ADD COLUMN     "tppRecommendation" "TppRecommendation",
ADD COLUMN     "tppSessionId" TEXT;

-- CreateTable
CREATE TABLE "Pendampingan" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "number" TEXT,
    "section" "Section",
    "childRole" "ChildRole" NOT NULL DEFAULT 'PELAKU',
    "requesterType" "RequesterType" NOT NULL,
    "requesterInstitution" TEXT NOT NULL,
    "requesterLetterNumber" TEXT,
    "requesterLetterDate" DATE,
    "investigatorName" TEXT,
    "investigatorPhone" TEXT,
    "offence" TEXT NOT NULL,
    "offenceArticle" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "PendampinganStatus" NOT NULL DEFAULT 'REQUESTED',
    "disposedAt" TIMESTAMPTZ(3),
    "disposedById" TEXT,
    "assignedPkId" TEXT,
    "assignedAt" TIMESTAMPTZ(3),
    "assignedById" TEXT,
    "assignmentLetterNumber" TEXT,
    "assignmentLetterIssuedAt" TIMESTAMPTZ(3),
    "assignmentLetterIssuedById" TEXT,
    "firstAttendedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "closedReason" TEXT,
    "clientId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Pendampingan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendampinganStep" (
    "id" TEXT NOT NULL,
    "pendampinganId" TEXT NOT NULL,
    "kind" "PendampinganStepKind" NOT NULL,
    "heldAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "attendees" TEXT NOT NULL,
    "guardianPresent" BOOLEAN NOT NULL DEFAULT false,
    "outcome" TEXT NOT NULL,
    "decisionNumber" TEXT,
    "measure" "Program",
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendampinganStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiversiAgreement" (
    "id" TEXT NOT NULL,
    "pendampinganId" TEXT NOT NULL,
    "agreedOn" DATE NOT NULL,
    "penetapanNumber" TEXT,
    "terms" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "childConsent" BOOLEAN NOT NULL,
    "guardianConsent" BOOLEAN NOT NULL,
    "status" "DiversiAgreementStatus" NOT NULL DEFAULT 'SUPERVISED',
    "carriedOutOn" DATE,
    "outcomeNote" TEXT,
    "reportedAt" TIMESTAMPTZ(3),
    "reportedTo" TEXT,
    "reportNote" TEXT,
    "reportDueAt" TIMESTAMPTZ(3),
    "officialActionAt" TIMESTAMPTZ(3),
    "officialActionNote" TEXT,
    "recordedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DiversiAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Pendampingan_officeId_status_dueAt_idx" ON "Pendampingan"("officeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Pendampingan_assignedPkId_status_dueAt_idx" ON "Pendampingan"("assignedPkId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Pendampingan_personId_idx" ON "Pendampingan"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Pendampingan_officeId_number_key" ON "Pendampingan"("officeId", "number");

-- CreateIndex
CREATE INDEX "PendampinganStep_pendampinganId_heldAt_idx" ON "PendampinganStep"("pendampinganId", "heldAt");

-- CreateIndex
CREATE UNIQUE INDEX "DiversiAgreement_pendampinganId_key" ON "DiversiAgreement"("pendampinganId");

-- CreateIndex
CREATE INDEX "Litmas_pendampinganId_idx" ON "Litmas"("pendampinganId");

-- AddForeignKey
ALTER TABLE "Litmas" ADD CONSTRAINT "Litmas_tppSessionId_fkey" FOREIGN KEY ("tppSessionId") REFERENCES "TppSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Litmas" ADD CONSTRAINT "Litmas_pendampinganId_fkey" FOREIGN KEY ("pendampinganId") REFERENCES "Pendampingan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pendampingan" ADD CONSTRAINT "Pendampingan_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pendampingan" ADD CONSTRAINT "Pendampingan_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pendampingan" ADD CONSTRAINT "Pendampingan_assignedPkId_fkey" FOREIGN KEY ("assignedPkId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pendampingan" ADD CONSTRAINT "Pendampingan_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendampinganStep" ADD CONSTRAINT "PendampinganStep_pendampinganId_fkey" FOREIGN KEY ("pendampinganId") REFERENCES "Pendampingan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiversiAgreement" ADD CONSTRAINT "DiversiAgreement_pendampinganId_fkey" FOREIGN KEY ("pendampinganId") REFERENCES "Pendampingan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
