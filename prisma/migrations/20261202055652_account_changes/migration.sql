-- CreateEnum
CREATE TYPE "AccountChangeKind" AS ENUM ('CREATE_USER', 'CHANGE_ROLE', 'RESET_PASSWORD');

-- CreateEnum
CREATE TYPE "AccountChangeStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REFUSED', 'CANCELLED');

-- CreateTable
CREATE TABLE "AccountChange" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "kind" "AccountChangeKind" NOT NULL,
    "concernsRole" "Role" NOT NULL,
    "targetUserId" TEXT,
    "targetName" TEXT NOT NULL,
    "targetEmail" TEXT NOT NULL,
    "fromRole" "Role",
    "toRole" "Role",
    "payload" JSONB NOT NULL,
    "status" "AccountChangeStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AccountChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountChange_officeId_status_requestedAt_idx" ON "AccountChange"("officeId", "status", "requestedAt");

-- CreateIndex
CREATE INDEX "AccountChange_targetUserId_status_idx" ON "AccountChange"("targetUserId", "status");

-- AddForeignKey
ALTER TABLE "AccountChange" ADD CONSTRAINT "AccountChange_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountChange" ADD CONSTRAINT "AccountChange_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountChange" ADD CONSTRAINT "AccountChange_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountChange" ADD CONSTRAINT "AccountChange_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one pending change per account, and one pending new account per email.
CREATE UNIQUE INDEX "AccountChange_one_pending_per_user" ON "AccountChange"("targetUserId") WHERE "status" = 'PENDING' AND "targetUserId" IS NOT NULL;
CREATE UNIQUE INDEX "AccountChange_one_pending_per_email" ON "AccountChange"("targetEmail") WHERE "status" = 'PENDING' AND "kind" = 'CREATE_USER';
