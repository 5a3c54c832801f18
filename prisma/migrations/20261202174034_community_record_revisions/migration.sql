-- CreateEnum
CREATE TYPE "CommunityRecordKind" AS ENUM ('KERJA_SOSIAL_HOURS', 'GROUP_SESSION', 'OUTREACH');

-- CreateEnum
CREATE TYPE "CorrectionAction" AS ENUM ('CORRECTED', 'REMOVED');

-- CreateTable
CREATE TABLE "CommunityRecordRevision" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "kind" "CommunityRecordKind" NOT NULL,
    "recordId" TEXT NOT NULL,
    "clientId" TEXT,
    "action" "CorrectionAction" NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "revisedById" TEXT NOT NULL,
    "revisedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunityRecordRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommunityRecordRevision_officeId_kind_recordId_idx" ON "CommunityRecordRevision"("officeId", "kind", "recordId");

-- CreateIndex
CREATE INDEX "CommunityRecordRevision_clientId_idx" ON "CommunityRecordRevision"("clientId");

-- AddForeignKey
ALTER TABLE "CommunityRecordRevision" ADD CONSTRAINT "CommunityRecordRevision_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE SET NULL ON UPDATE CASCADE;
