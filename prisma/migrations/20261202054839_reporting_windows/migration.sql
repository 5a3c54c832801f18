-- AlterEnum
ALTER TYPE "AttendanceStatus" ADD VALUE 'TIDAK_LAPOR';

-- AlterTable
ALTER TABLE "ReportingAttendance" ADD COLUMN     "attendedOn" DATE,
ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mangkirReason" TEXT;

-- The day each earlier report was made, in its office's time zone.
UPDATE "ReportingAttendance" a SET "attendedOn" = (a."attendedAt" AT TIME ZONE o."timeZone")::date
FROM "Client" c JOIN "Office" o ON o.id = c."officeId"
WHERE c.id = a."clientId" AND a."attendedAt" IS NOT NULL;

-- One open revocation proceeding per client. Earlier duplicates (none are expected) are dismissed,
-- keeping the oldest, with the reason.
UPDATE "RevocationProceeding" r SET status = 'DISMISSED', "outcomeNote" = 'Ditutup: sudah ada proses pencabutan lain yang berjalan untuk klien ini.', "outcomeAt" = now()
WHERE r.status IN ('PROPOSED', 'PK_REPORTED', 'TPP_RECOMMENDED', 'SUSPENDED')
  AND EXISTS (SELECT 1 FROM "RevocationProceeding" o WHERE o."clientId" = r."clientId" AND o.id <> r.id
              AND o.status IN ('PROPOSED', 'PK_REPORTED', 'TPP_RECOMMENDED', 'SUSPENDED')
              AND (o."createdAt", o.id) < (r."createdAt", r.id));
CREATE UNIQUE INDEX "RevocationProceeding_one_open_per_client" ON "RevocationProceeding"("clientId")
  WHERE status IN ('PROPOSED', 'PK_REPORTED', 'TPP_RECOMMENDED', 'SUSPENDED');
