-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('RENDAH', 'SEDANG', 'TINGGI');

-- CreateEnum
CREATE TYPE "PreparationStep" AS ENUM ('BIMBINGAN_PEMANTAPAN', 'ARAHAN_KELUARGA', 'PENYULUHAN_SOSIAL', 'BIMBINGAN_TAMBAHAN');

-- CreateEnum
CREATE TYPE "PreparationState" AS ENUM ('DONE', 'NOT_NEEDED');

-- CreateTable
CREATE TABLE "RiskInstrument" (
    "id" TEXT NOT NULL,
    "officeId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "definition" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskInstrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAssessment" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "litmasId" TEXT,
    "assessedOn" DATE NOT NULL,
    "assessorId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "findings" JSONB NOT NULL,
    "score" INTEGER NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "needs" TEXT[],
    "reassessDueOn" DATE NOT NULL,
    "newInfoNote" TEXT,
    "newInfoAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EndPreparationStep" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "step" "PreparationStep" NOT NULL,
    "state" "PreparationState" NOT NULL,
    "contactId" TEXT,
    "doneOn" DATE,
    "note" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EndPreparationStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RiskInstrument_code_version_key" ON "RiskInstrument"("code", "version");

-- CreateIndex
CREATE INDEX "RiskAssessment_clientId_assessedOn_idx" ON "RiskAssessment"("clientId", "assessedOn");

-- CreateIndex
CREATE INDEX "RiskAssessment_officeId_reassessDueOn_idx" ON "RiskAssessment"("officeId", "reassessDueOn");

-- CreateIndex
CREATE UNIQUE INDEX "EndPreparationStep_clientId_step_key" ON "EndPreparationStep"("clientId", "step");

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "RiskInstrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_litmasId_fkey" FOREIGN KEY ("litmasId") REFERENCES "Litmas"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndPreparationStep" ADD CONSTRAINT "EndPreparationStep_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndPreparationStep" ADD CONSTRAINT "EndPreparationStep_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
