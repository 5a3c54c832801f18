-- CreateTable
CREATE TABLE "ContactRevision" (
    "id" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "outcome" "ContactOutcome",
    "excuseReason" TEXT,
    "notes" TEXT NOT NULL,
    "revisedById" TEXT NOT NULL,
    "revisedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactRevision_contactId_revisedAt_idx" ON "ContactRevision"("contactId", "revisedAt");

-- AddForeignKey
ALTER TABLE "ContactRevision" ADD CONSTRAINT "ContactRevision_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
