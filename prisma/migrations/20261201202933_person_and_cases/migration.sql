-- A person and their cases (decision 8). Expand step: Person holds the identity; every existing
-- client gets its own person (no automatic merging, even of equal NIKs); every litmas points at
-- its client's person; a litmas no longer needs a client. Nothing is dropped.

CREATE TYPE "RequesterType" AS ENUM ('KEPOLISIAN', 'KEJAKSAAN', 'PENGADILAN', 'LAPAS', 'RUTAN', 'LPKA', 'LPAS', 'BAPAS', 'LAINNYA');

CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "aliasName" TEXT,
    "nik" TEXT,
    "birthPlace" TEXT,
    "birthDate" DATE,
    "gender" "Gender",
    "religion" "Religion",
    "education" "Education",
    "occupation" TEXT,
    "maritalStatus" "MaritalStatus",
    "address" TEXT,
    "city" TEXT,
    "phone" TEXT,
    "guardianName" TEXT,
    "guardianRelation" TEXT,
    "guardianPhone" TEXT,
    "guardianAddress" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Person_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Person_nik_format" CHECK ("nik" IS NULL OR "nik" ~ '^[0-9]{16}$')
);

-- One person per existing client, with the client's identity; a child's family contact is the guardian.
INSERT INTO "Person" ("id", "officeId", "fullName", "aliasName", "nik", "birthPlace", "birthDate", "gender", "religion",
  "education", "occupation", "maritalStatus", "address", "city", "phone",
  "guardianName", "guardianRelation", "guardianPhone", "createdById", "createdAt", "updatedAt")
SELECT 'per_' || c."id", c."officeId", c."fullName", c."aliasName", c."nik", c."birthPlace", c."birthDate", c."gender", c."religion",
  c."education", c."occupation", c."maritalStatus", c."address", c."city", c."phone",
  CASE WHEN c."category" = 'ANAK' THEN c."familyContactName" END,
  CASE WHEN c."category" = 'ANAK' THEN c."familyContactRelation" END,
  CASE WHEN c."category" = 'ANAK' THEN c."familyContactPhone" END,
  c."createdById", c."createdAt", c."updatedAt"
FROM "Client" c;

ALTER TABLE "Client" ADD COLUMN "personId" TEXT;
UPDATE "Client" SET "personId" = 'per_' || "id";
ALTER TABLE "Client" ALTER COLUMN "personId" SET NOT NULL;

ALTER TABLE "Litmas" ADD COLUMN "personId" TEXT,
  ADD COLUMN "custodyInstitution" TEXT,
  ADD COLUMN "offence" TEXT,
  ADD COLUMN "offenceArticle" TEXT,
  ADD COLUMN "requesterType" "RequesterType" NOT NULL DEFAULT 'LAINNYA';
UPDATE "Litmas" l SET "personId" = c."personId" FROM "Client" c WHERE c."id" = l."clientId";
ALTER TABLE "Litmas" ALTER COLUMN "personId" SET NOT NULL, ALTER COLUMN "clientId" DROP NOT NULL;
-- The requester's kind, read from its name where it says so.
UPDATE "Litmas" SET "requesterType" = (CASE
  WHEN "requesterInstitution" ~* '^\s*(polres|polsek|polda|polri|kepolisian|mabes)' THEN 'KEPOLISIAN'
  WHEN "requesterInstitution" ~* '^\s*(kejari|kejati|kejaksaan)' THEN 'KEJAKSAAN'
  WHEN "requesterInstitution" ~* '^\s*(pengadilan|pn |pn$)' THEN 'PENGADILAN'
  WHEN "requesterInstitution" ~* '^\s*lapas' THEN 'LAPAS'
  WHEN "requesterInstitution" ~* '^\s*rutan' THEN 'RUTAN'
  WHEN "requesterInstitution" ~* '^\s*lpka' THEN 'LPKA'
  WHEN "requesterInstitution" ~* '^\s*lpas' THEN 'LPAS'
  WHEN "requesterInstitution" ~* '^\s*bapas' THEN 'BAPAS'
  ELSE 'LAINNYA' END)::"RequesterType";

-- The audit trail is append-only (no backfill): earlier events reach their person through clientId.
ALTER TABLE "AuditEvent" ADD COLUMN "personId" TEXT;
CREATE INDEX "AuditEvent_personId_at_idx" ON "AuditEvent"("personId", "at");

CREATE INDEX "Person_officeId_nik_idx" ON "Person"("officeId", "nik");
CREATE INDEX "Person_officeId_fullName_id_idx" ON "Person"("officeId", "fullName", "id");
CREATE INDEX "Person_officeId_birthDate_idx" ON "Person"("officeId", "birthDate");
CREATE INDEX "Client_personId_idx" ON "Client"("personId");
CREATE INDEX "Litmas_personId_idx" ON "Litmas"("personId");

ALTER TABLE "Person" ADD CONSTRAINT "Person_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Client" ADD CONSTRAINT "Client_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Litmas" ADD CONSTRAINT "Litmas_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A litmas about a client stays about the same person as the client's guidance period.
CREATE OR REPLACE FUNCTION bimbing_litmas_person_matches_client() RETURNS trigger AS $$
BEGIN
  IF NEW."clientId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Client" c WHERE c."id" = NEW."clientId" AND c."personId" = NEW."personId") THEN
    RAISE EXCEPTION 'litmas % names client % of another person', NEW."id", NEW."clientId";
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER "Litmas_person_matches_client" BEFORE INSERT OR UPDATE OF "clientId", "personId" ON "Litmas"
  FOR EACH ROW EXECUTE FUNCTION bimbing_litmas_person_matches_client();
