-- CreateEnum
CREATE TYPE "RetentionDecision" AS ENUM ('KEEP', 'ANONYMISE');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "RetentionReview" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "decision" "RetentionDecision" NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewAgainOn" DATE,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RetentionReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetentionReview_personId_decidedAt_idx" ON "RetentionReview"("personId", "decidedAt");

-- CreateIndex
CREATE INDEX "RetentionReview_officeId_decidedAt_idx" ON "RetentionReview"("officeId", "decidedAt");

-- AddForeignKey
ALTER TABLE "RetentionReview" ADD CONSTRAINT "RetentionReview_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
