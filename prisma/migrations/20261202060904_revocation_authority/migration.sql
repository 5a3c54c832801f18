-- CreateEnum
CREATE TYPE "RevocationAuthority" AS ENUM ('MENTERI', 'LAPAS', 'PEJABAT_DIVERSI', 'PENGADILAN');

-- AlterEnum
ALTER TYPE "RevocationStatus" ADD VALUE 'REFERRED';

-- AlterTable
ALTER TABLE "RevocationProceeding" ADD COLUMN     "authority" "RevocationAuthority" NOT NULL DEFAULT 'MENTERI',
ADD COLUMN     "complainant" TEXT,
ADD COLUMN     "complaintOn" DATE,
ADD COLUMN     "decreeDate" DATE,
ADD COLUMN     "decreeNumber" TEXT,
ADD COLUMN     "examinationReport" TEXT,
ADD COLUMN     "referralNumber" TEXT,
ADD COLUMN     "referredAt" TIMESTAMPTZ(3),
ADD COLUMN     "referredTo" TEXT;

-- Each proceeding's deciding authority, from the client's program.
UPDATE "RevocationProceeding" r SET authority = CASE
    WHEN c.program IN ('PB', 'CB', 'CMB') THEN 'MENTERI'::"RevocationAuthority"
    WHEN c.program = 'ASIMILASI' THEN 'LAPAS'::"RevocationAuthority"
    WHEN c.program = 'DIVERSI' THEN 'PEJABAT_DIVERSI'::"RevocationAuthority"
    ELSE 'PENGADILAN'::"RevocationAuthority" END
FROM "Client" c WHERE c.id = r."clientId";

-- One open proceeding per client, REFERRED included: open means not yet ended.
DROP INDEX "RevocationProceeding_one_open_per_client";
CREATE UNIQUE INDEX "RevocationProceeding_one_open_per_client" ON "RevocationProceeding"("clientId")
  WHERE status NOT IN ('REVOKED', 'CONTINUED', 'DISMISSED');
