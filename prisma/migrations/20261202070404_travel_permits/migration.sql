-- CreateEnum
CREATE TYPE "PermitKind" AS ENUM ('LUAR_KOTA', 'LUAR_NEGERI');

-- CreateEnum
CREATE TYPE "PermitStatus" AS ENUM ('REQUESTED', 'APPROVED', 'RECOMMENDED', 'REFUSED');

-- CreateTable
CREATE TABLE "TravelPermit" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" "PermitKind" NOT NULL,
    "destination" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "PermitStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "letterNumber" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TravelPermit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TravelPermit_clientId_createdAt_idx" ON "TravelPermit"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "TravelPermit_officeId_status_idx" ON "TravelPermit"("officeId", "status");

-- AddForeignKey
ALTER TABLE "TravelPermit" ADD CONSTRAINT "TravelPermit_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
