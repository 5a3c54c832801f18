-- A person and their cases (decision 8), contract step: the person holds the identity and the
-- guidance period (Client) no longer carries copies of it. Before the columns go, each person is
-- given any value it lacks from its latest guidance period, and a client whose values still differ
-- from its person's (an earlier period of someone whose identity changed since) keeps them in the
-- audit trail ("client.identity.archived"), so nothing is lost. Client.fullName stays, kept by the
-- database from the person, for sorting and the trigram search.

-- 1. The person takes any value it lacks from its latest guidance period.
UPDATE "Person" p SET
  "aliasName" = COALESCE(p."aliasName", c."aliasName"),
  "nik" = COALESCE(p."nik", c."nik"),
  "birthPlace" = COALESCE(p."birthPlace", c."birthPlace"),
  "birthDate" = COALESCE(p."birthDate", c."birthDate"),
  "gender" = COALESCE(p."gender", c."gender"),
  "religion" = COALESCE(p."religion", c."religion"),
  "education" = COALESCE(p."education", c."education"),
  "occupation" = COALESCE(p."occupation", c."occupation"),
  "maritalStatus" = COALESCE(p."maritalStatus", c."maritalStatus"),
  "address" = COALESCE(p."address", c."address"),
  "city" = COALESCE(p."city", c."city"),
  "phone" = COALESCE(p."phone", c."phone")
FROM (
  SELECT DISTINCT ON ("personId") * FROM "Client" ORDER BY "personId", "createdAt" DESC, "id" DESC
) c
WHERE c."personId" = p."id" AND (
  (p."aliasName" IS NULL AND c."aliasName" IS NOT NULL) OR (p."nik" IS NULL AND c."nik" IS NOT NULL) OR
  p."birthPlace" IS NULL OR p."birthDate" IS NULL OR p."gender" IS NULL OR p."religion" IS NULL OR p."education" IS NULL OR
  (p."occupation" IS NULL AND c."occupation" IS NOT NULL) OR (p."maritalStatus" IS NULL AND c."maritalStatus" IS NOT NULL) OR
  p."address" IS NULL OR (p."city" IS NULL AND c."city" IS NOT NULL) OR (p."phone" IS NULL AND c."phone" IS NOT NULL)
);

-- 2. What a client holds that its person does not (another value), kept in the audit trail.
CREATE TEMPORARY TABLE "_client_identity_diff" AS
SELECT c."id", c."officeId", c."personId", jsonb_strip_nulls(jsonb_build_object(
  'fullName', CASE WHEN c."fullName" IS DISTINCT FROM p."fullName" THEN c."fullName" END,
  'aliasName', CASE WHEN c."aliasName" IS DISTINCT FROM p."aliasName" THEN c."aliasName" END,
  'nik', CASE WHEN c."nik" IS DISTINCT FROM p."nik" THEN c."nik" END,
  'birthPlace', CASE WHEN c."birthPlace" IS DISTINCT FROM p."birthPlace" THEN c."birthPlace" END,
  'birthDate', CASE WHEN c."birthDate" IS DISTINCT FROM p."birthDate" THEN to_char(c."birthDate", 'YYYY-MM-DD') END,
  'gender', CASE WHEN c."gender" IS DISTINCT FROM p."gender" THEN c."gender"::text END,
  'religion', CASE WHEN c."religion" IS DISTINCT FROM p."religion" THEN c."religion"::text END,
  'education', CASE WHEN c."education" IS DISTINCT FROM p."education" THEN c."education"::text END,
  'occupation', CASE WHEN c."occupation" IS DISTINCT FROM p."occupation" THEN c."occupation" END,
  'maritalStatus', CASE WHEN c."maritalStatus" IS DISTINCT FROM p."maritalStatus" THEN c."maritalStatus"::text END,
  'address', CASE WHEN c."address" IS DISTINCT FROM p."address" THEN c."address" END,
  'city', CASE WHEN c."city" IS DISTINCT FROM p."city" THEN c."city" END,
  'phone', CASE WHEN c."phone" IS DISTINCT FROM p."phone" THEN c."phone" END
)) AS "values"
FROM "Client" c JOIN "Person" p ON p."id" = c."personId";
DELETE FROM "_client_identity_diff" WHERE "values" = '{}'::jsonb;

INSERT INTO "AuditEvent" ("at", "officeId", "action", "entityType", "entityId", "clientId", "personId", "details")
SELECT now(), d."officeId", 'client.identity.archived', 'Client', d."id", d."id", d."personId",
  jsonb_build_object('reason', 'Nilai identitas pada masa bimbingan ini berbeda dari data orangnya; disimpan sebelum kolom salinan dihapus', 'values', d."values")
FROM "_client_identity_diff" d;

-- 3. The check: every client's person now holds each of its identity values, or the value is archived.
DO $$
DECLARE missing integer;
BEGIN
  SELECT count(*) INTO missing FROM "Client" c JOIN "Person" p ON p."id" = c."personId"
  WHERE (p."birthPlace" IS NULL OR p."birthDate" IS NULL OR p."gender" IS NULL OR p."religion" IS NULL OR p."education" IS NULL OR p."address" IS NULL
      OR (c."nik" IS NOT NULL AND p."nik" IS NULL) OR (c."phone" IS NOT NULL AND p."phone" IS NULL))
    AND NOT EXISTS (SELECT 1 FROM "_client_identity_diff" d WHERE d."id" = c."id");
  IF missing > 0 THEN
    RAISE EXCEPTION '% clients hold identity values their person lacks; nothing dropped', missing;
  END IF;
  SELECT count(*) INTO missing FROM "Client" c LEFT JOIN "Person" p ON p."id" = c."personId" WHERE p."id" IS NULL;
  IF missing > 0 THEN
    RAISE EXCEPTION '% clients without a person; nothing dropped', missing;
  END IF;
END $$;
DROP TABLE "_client_identity_diff";

-- DropIndex
DROP INDEX "Client_officeId_nik_idx";

-- AlterTable
ALTER TABLE "Client" DROP COLUMN "address",
DROP COLUMN "aliasName",
DROP COLUMN "birthDate",
DROP COLUMN "birthPlace",
DROP COLUMN "city",
DROP COLUMN "education",
DROP COLUMN "gender",
DROP COLUMN "maritalStatus",
DROP COLUMN "nik",
DROP COLUMN "occupation",
DROP COLUMN "phone",
DROP COLUMN "religion",
ALTER COLUMN "fullName" SET DEFAULT '';

-- Client.fullName is the person's name, kept by the database: filled on insert and when the
-- period moves to another person (whatever the writer sends), and followed when the person is renamed.
CREATE OR REPLACE FUNCTION bimbing_client_full_name_from_person() RETURNS trigger AS $$
BEGIN
  SELECT p."fullName" INTO NEW."fullName" FROM "Person" p WHERE p."id" = NEW."personId";
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER "Client_full_name_from_person" BEFORE INSERT OR UPDATE OF "personId", "fullName" ON "Client"
  FOR EACH ROW EXECUTE FUNCTION bimbing_client_full_name_from_person();

CREATE OR REPLACE FUNCTION bimbing_person_full_name_to_clients() RETURNS trigger AS $$
BEGIN
  UPDATE "Client" SET "fullName" = NEW."fullName" WHERE "personId" = NEW."id" AND "fullName" IS DISTINCT FROM NEW."fullName";
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER "Person_full_name_to_clients" AFTER UPDATE OF "fullName" ON "Person"
  FOR EACH ROW WHEN (OLD."fullName" IS DISTINCT FROM NEW."fullName") EXECUTE FUNCTION bimbing_person_full_name_to_clients();

-- The names as the person holds them now (a period whose name differed is archived above).
UPDATE "Client" c SET "fullName" = p."fullName" FROM "Person" p WHERE p."id" = c."personId" AND c."fullName" IS DISTINCT FROM p."fullName";
