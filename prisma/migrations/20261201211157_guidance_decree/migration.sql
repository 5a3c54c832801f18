-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "decreeDate" DATE,
ADD COLUMN     "decreeIssuer" TEXT,
ADD COLUMN     "decreeNumber" TEXT;

-- A decree started guidance from a litmas (its timeline says so).
ALTER TYPE "LitmasAction" ADD VALUE 'GUIDANCE_STARTED';
