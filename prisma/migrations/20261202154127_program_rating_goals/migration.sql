-- CreateEnum
CREATE TYPE "ProgramRating" AS ENUM ('BAIK', 'CUKUP', 'KURANG');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "GuidanceType" ADD VALUE 'KESEHATAN';
ALTER TYPE "GuidanceType" ADD VALUE 'KERJA_USAHA';

-- AlterTable
ALTER TABLE "GuidanceProgram" ADD COLUMN     "clientGoals" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rating" "ProgramRating",
ADD COLUMN     "ratingNote" TEXT;

-- AlterTable
ALTER TABLE "GuidanceProgramEntry" ADD COLUMN     "rating" "ProgramRating";

-- Data (decision 0015): the old percentage becomes a penilaian. A program with recorded progress is
-- rated from its percentage (70 and above baik, 40-69 cukup, below 40 kurang), and the description
-- says it was converted; a program at 0% was not yet evaluated and stays without a penilaian.
UPDATE "GuidanceProgram" SET
  "rating" = (CASE WHEN "progress" >= 70 THEN 'BAIK' WHEN "progress" >= 40 THEN 'CUKUP' ELSE 'KURANG' END)::"ProgramRating",
  "ratingNote" = 'Dialihkan dari kemajuan ' || "progress" || '% (pencatatan lama).'
WHERE "progress" > 0;
UPDATE "GuidanceProgramEntry" SET
  "rating" = (CASE WHEN "progress" >= 70 THEN 'BAIK' WHEN "progress" >= 40 THEN 'CUKUP' ELSE 'KURANG' END)::"ProgramRating"
WHERE "progress" IS NOT NULL AND "progress" > 0;
