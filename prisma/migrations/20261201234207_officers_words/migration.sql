-- AlterEnum
ALTER TYPE "PkLevel" ADD VALUE 'PK_AHLI_UTAMA';

-- AlterEnum
ALTER TYPE "Religion" ADD VALUE 'KEPERCAYAAN';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OriginType" ADD VALUE 'LPAS';
ALTER TYPE "OriginType" ADD VALUE 'KEJAKSAAN';
ALTER TYPE "OriginType" ADD VALUE 'KEPOLISIAN';
