-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('POKMAS', 'MITRA');

-- CreateEnum
CREATE TYPE "PartnerCategory" AS ENUM ('PESANTREN', 'BENGKEL_USAHA', 'BLK', 'REHAB_IPWL', 'DINSOS', 'KEMENAG', 'BAZNAS', 'LBH', 'GRIYA_ABHIPRAYA', 'PUSKESMAS', 'SEKOLAH', 'LAINNYA');

-- CreateEnum
CREATE TYPE "PartnerField" AS ENUM ('KEPRIBADIAN', 'KEMANDIRIAN');

-- CreateEnum
CREATE TYPE "PokmasField" AS ENUM ('HUKUM_KEMASYARAKATAN', 'KEMANDIRIAN_KEPRIBADIAN');

-- CreateEnum
CREATE TYPE "OutreachKind" AS ENUM ('GOES_TO_VILLAGE', 'GOES_TO_SCHOOL', 'PENYULUHAN_HUKUM', 'SOSIALISASI', 'LAINNYA');

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "name" TEXT NOT NULL,
    "category" "PartnerCategory" NOT NULL DEFAULT 'LAINNYA',
    "field" "PartnerField",
    "pokmasField" "PokmasField",
    "pokmasId" TEXT,
    "contactPerson" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerAgreement" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "documentId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeDocument" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "outreachId" TEXT,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OfficeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeDocumentContent" (
    "documentId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "OfficeDocumentContent_pkey" PRIMARY KEY ("documentId")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "purpose" TEXT NOT NULL,
    "kerjaSosial" BOOLEAN NOT NULL DEFAULT false,
    "hoursPerDay" INTEGER,
    "totalHoursOrdered" INTEGER,
    "endedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KerjaSosialHours" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "workedOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KerjaSosialHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupSession" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "heldAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "guidanceType" "GuidanceType" NOT NULL,
    "approach" "Approach" NOT NULL,
    "facilitator" TEXT NOT NULL,
    "partnerId" TEXT,
    "topic" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupSessionAttendee" (
    "sessionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "GroupSessionAttendee_pkey" PRIMARY KEY ("sessionId","clientId")
);

-- CreateTable
CREATE TABLE "OutreachActivity" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "kind" "OutreachKind" NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "participantCount" INTEGER NOT NULL,
    "villageOfficials" TEXT[],
    "summary" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutreachActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_OutreachPartners" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_OutreachPartners_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Partner_officeId_kind_name_idx" ON "Partner"("officeId", "kind", "name");

-- CreateIndex
CREATE INDEX "Partner_pokmasId_idx" ON "Partner"("pokmasId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerAgreement_documentId_key" ON "PartnerAgreement"("documentId");

-- CreateIndex
CREATE INDEX "PartnerAgreement_officeId_expiresOn_idx" ON "PartnerAgreement"("officeId", "expiresOn");

-- CreateIndex
CREATE INDEX "PartnerAgreement_partnerId_idx" ON "PartnerAgreement"("partnerId");

-- CreateIndex
CREATE INDEX "OfficeDocument_officeId_purpose_idx" ON "OfficeDocument"("officeId", "purpose");

-- CreateIndex
CREATE INDEX "OfficeDocument_outreachId_idx" ON "OfficeDocument"("outreachId");

-- CreateIndex
CREATE INDEX "Placement_clientId_idx" ON "Placement"("clientId");

-- CreateIndex
CREATE INDEX "Placement_partnerId_startsOn_idx" ON "Placement"("partnerId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "KerjaSosialHours_placementId_workedOn_key" ON "KerjaSosialHours"("placementId", "workedOn");

-- CreateIndex
CREATE INDEX "GroupSession_officeId_heldAt_idx" ON "GroupSession"("officeId", "heldAt");

-- CreateIndex
CREATE INDEX "GroupSessionAttendee_clientId_idx" ON "GroupSessionAttendee"("clientId");

-- CreateIndex
CREATE INDEX "OutreachActivity_officeId_heldOn_idx" ON "OutreachActivity"("officeId", "heldOn");

-- CreateIndex
CREATE INDEX "_OutreachPartners_B_index" ON "_OutreachPartners"("B");

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_pokmasId_fkey" FOREIGN KEY ("pokmasId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerAgreement" ADD CONSTRAINT "PartnerAgreement_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerAgreement" ADD CONSTRAINT "PartnerAgreement_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficeDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeDocument" ADD CONSTRAINT "OfficeDocument_outreachId_fkey" FOREIGN KEY ("outreachId") REFERENCES "OutreachActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeDocumentContent" ADD CONSTRAINT "OfficeDocumentContent_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "OfficeDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KerjaSosialHours" ADD CONSTRAINT "KerjaSosialHours_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSession" ADD CONSTRAINT "GroupSession_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSessionAttendee" ADD CONSTRAINT "GroupSessionAttendee_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GroupSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupSessionAttendee" ADD CONSTRAINT "GroupSessionAttendee_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OutreachPartners" ADD CONSTRAINT "_OutreachPartners_A_fkey" FOREIGN KEY ("A") REFERENCES "OutreachActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_OutreachPartners" ADD CONSTRAINT "_OutreachPartners_B_fkey" FOREIGN KEY ("B") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
