-- CreateEnum
CREATE TYPE "ContactSubject" AS ENUM ('KLIEN', 'KELUARGA', 'PENJAMIN', 'MASYARAKAT');

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "subject" "ContactSubject" NOT NULL DEFAULT 'KLIEN';

-- CreateTable
CREATE TABLE "ContactParticipant" (
    "id" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "ContactParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContactParticipant_contactId_position_key" ON "ContactParticipant"("contactId", "position");

-- AddForeignKey
ALTER TABLE "ContactParticipant" ADD CONSTRAINT "ContactParticipant_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;
