-- CreateTable
CREATE TABLE "ClientEmployment" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "status" "EmploymentStatus",
    "since" DATE NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientEmployment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClientEmployment_clientId_since_key" ON "ClientEmployment"("clientId", "since");

-- AddForeignKey
ALTER TABLE "ClientEmployment" ADD CONSTRAINT "ClientEmployment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The history is kept by the database from Client's own columns, whatever writes them. The status
-- recorded from day S holds from S on: rows from S or later are replaced (a correction), so the
-- latest row always equals the client's current status. A status without a day applies from the
-- start of guidance.
CREATE FUNCTION client_employment_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  since_day date := COALESCE(NEW."employmentStatusSince", NEW."guidanceStart");
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW."employmentStatus" IS NOT DISTINCT FROM OLD."employmentStatus"
     AND NEW."employmentStatusSince" IS NOT DISTINCT FROM OLD."employmentStatusSince" THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' AND NEW."employmentStatus" IS NULL THEN
    RETURN NEW;
  END IF;
  DELETE FROM "ClientEmployment" WHERE "clientId" = NEW.id AND since >= since_day;
  INSERT INTO "ClientEmployment" (id, "clientId", status, since) VALUES (gen_random_uuid()::text, NEW.id, NEW."employmentStatus", since_day);
  RETURN NEW;
END $$;

CREATE TRIGGER client_employment_history
  AFTER INSERT OR UPDATE OF "employmentStatus", "employmentStatusSince" ON "Client"
  FOR EACH ROW EXECUTE FUNCTION client_employment_history();

-- What is known today becomes the first row.
INSERT INTO "ClientEmployment" (id, "clientId", status, since)
SELECT gen_random_uuid()::text, id, "employmentStatus", COALESCE("employmentStatusSince", "guidanceStart")
FROM "Client" WHERE "employmentStatus" IS NOT NULL;
