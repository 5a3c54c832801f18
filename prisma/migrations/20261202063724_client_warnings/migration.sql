-- CreateEnum
CREATE TYPE "WarningLevel" AS ENUM ('TEGURAN_LISAN', 'PERINGATAN_I', 'PERINGATAN_II', 'PERINGATAN_III');

-- CreateTable
CREATE TABLE "ClientWarning" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "level" "WarningLevel" NOT NULL,
    "number" TEXT,
    "issuedOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "violationId" TEXT,
    "issuedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientWarning_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClientWarning_clientId_issuedOn_idx" ON "ClientWarning"("clientId", "issuedOn");

-- AddForeignKey
ALTER TABLE "ClientWarning" ADD CONSTRAINT "ClientWarning_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each written warning once per guidance period; an oral reprimand may be repeated.
CREATE UNIQUE INDEX "ClientWarning_written_once" ON "ClientWarning"("clientId", "level") WHERE "level" <> 'TEGURAN_LISAN';
