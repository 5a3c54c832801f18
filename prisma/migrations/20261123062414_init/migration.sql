-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'KEPALA_BAPAS', 'PK');

-- CreateEnum
CREATE TYPE "PkLevel" AS ENUM ('ASISTEN_PK', 'PK_PERTAMA', 'PK_AHLI_MUDA', 'PK_AHLI_MADYA');

-- CreateEnum
CREATE TYPE "OfficeClass" AS ENUM ('KELAS_I', 'KELAS_II');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('LAKI_LAKI', 'PEREMPUAN');

-- CreateEnum
CREATE TYPE "Religion" AS ENUM ('ISLAM', 'KRISTEN', 'KATOLIK', 'HINDU', 'BUDDHA', 'KONGHUCU', 'LAINNYA');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('TIDAK_SEKOLAH', 'SD', 'SMP', 'SMA', 'DIPLOMA', 'S1', 'S2', 'S3');

-- CreateEnum
CREATE TYPE "MaritalStatus" AS ENUM ('BELUM_KAWIN', 'KAWIN', 'CERAI_HIDUP', 'CERAI_MATI');

-- CreateEnum
CREATE TYPE "ClientCategory" AS ENUM ('DEWASA', 'ANAK');

-- CreateEnum
CREATE TYPE "OriginType" AS ENUM ('LAPAS', 'RUTAN', 'LPKA', 'PENGADILAN', 'LAINNYA');

-- CreateEnum
CREATE TYPE "Program" AS ENUM ('PB', 'CB', 'CMB', 'ASIMILASI', 'PIDANA_BERSYARAT', 'PIDANA_KERJA_SOSIAL', 'DIVERSI');

-- CreateEnum
CREATE TYPE "ClientStatus" AS ENUM ('AKTIF', 'SELESAI', 'DICABUT', 'DIPINDAHKAN', 'MENINGGAL');

-- CreateEnum
CREATE TYPE "StageKind" AS ENUM ('AWAL', 'LANJUTAN', 'AKHIR');

-- CreateEnum
CREATE TYPE "StageStatus" AS ENUM ('PLANNED', 'ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "AssignmentKind" AS ENUM ('INITIAL', 'REASSIGNMENT', 'TRANSFER_IN');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'REFUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "LitmasPurpose" AS ENUM ('INTEGRASI_PB', 'INTEGRASI_CB', 'INTEGRASI_CMB', 'ASIMILASI', 'PEMBIMBINGAN_AWAL', 'DIVERSI', 'SIDANG_ANAK', 'PERAWATAN_TAHANAN', 'PEMINDAHAN', 'CUTI_MENGUNJUNGI_KELUARGA', 'LAINNYA');

-- CreateEnum
CREATE TYPE "LitmasStatus" AS ENUM ('REQUESTED', 'ASSIGNED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "LitmasAction" AS ENUM ('REQUESTED', 'ASSIGNED', 'REASSIGNED', 'DRAFT_SAVED', 'SUBMITTED', 'RETURNED', 'APPROVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TransitionStatus" AS ENUM ('PROPOSED', 'TPP_REVIEWED', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TppRecommendation" AS ENUM ('SETUJU', 'TOLAK', 'TUNDA');

-- CreateEnum
CREATE TYPE "GuidanceType" AS ENUM ('MENTAL', 'SOSIAL', 'KETERAMPILAN', 'KEPATUHAN', 'LAINNYA');

-- CreateEnum
CREATE TYPE "Approach" AS ENUM ('INDIVIDUAL', 'GROUP', 'CLASSICAL');

-- CreateEnum
CREATE TYPE "PartnerType" AS ENUM ('LEMBAGA_PELATIHAN', 'KELOMPOK_MASYARAKAT', 'TOKOH_AGAMA', 'PUSKESMAS', 'LAINNYA');

-- CreateEnum
CREATE TYPE "GuidanceProgramStatus" AS ENUM ('PLANNED', 'ONGOING', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ContactType" AS ENUM ('KUNJUNGAN_RUMAH', 'LAPOR_DIRI', 'TELEPON_VIDEO', 'KELOMPOK', 'KUNJUNGAN_TEMPAT_KERJA', 'LAINNYA');

-- CreateEnum
CREATE TYPE "ContactOutcome" AS ENUM ('HADIR', 'IZIN', 'TIDAK_HADIR');

-- CreateEnum
CREATE TYPE "ReportingFrequency" AS ENUM ('WEEKLY', 'BIWEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('HADIR', 'IZIN', 'MANGKIR');

-- CreateEnum
CREATE TYPE "AttendanceChannel" AS ENUM ('KANTOR', 'JARAK_JAUH', 'KUNJUNGAN');

-- CreateEnum
CREATE TYPE "ViolationType" AS ENUM ('MANGKIR_WAJIB_LAPOR', 'PINDAH_ALAMAT_TANPA_LAPOR', 'TIDAK_MENGIKUTI_PROGRAM', 'TINDAK_PIDANA_BARU', 'MERESAHKAN_MASYARAKAT', 'LAINNYA');

-- CreateEnum
CREATE TYPE "ViolationStatus" AS ENUM ('OPEN', 'UNDER_REVIEW', 'RESOLVED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "RevocationStatus" AS ENUM ('PROPOSED', 'PK_REPORTED', 'TPP_RECOMMENDED', 'SUSPENDED', 'REVOKED', 'CONTINUED', 'DISMISSED');

-- CreateTable
CREATE TABLE "Office" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officeClass" "OfficeClass" NOT NULL,
    "city" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "timeZone" TEXT NOT NULL,
    "letterheadLine1" TEXT NOT NULL,
    "letterheadLine2" TEXT NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeCounter" (
    "officeId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OfficeCounter_pkey" PRIMARY KEY ("officeId","kind","year")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nip" TEXT,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "pkLevel" "PkLevel",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "capacity" INTEGER NOT NULL DEFAULT 40,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "passwordChangedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "success" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "ip" TEXT,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "officeId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "clientId" TEXT,
    "ip" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Client" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "registerNumber" TEXT NOT NULL,
    "category" "ClientCategory" NOT NULL,
    "fullName" TEXT NOT NULL,
    "aliasName" TEXT,
    "nik" TEXT,
    "birthPlace" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "gender" "Gender" NOT NULL,
    "religion" "Religion" NOT NULL,
    "education" "Education" NOT NULL,
    "occupation" TEXT,
    "maritalStatus" "MaritalStatus",
    "address" TEXT NOT NULL,
    "city" TEXT,
    "phone" TEXT,
    "familyContactName" TEXT,
    "familyContactRelation" TEXT,
    "familyContactPhone" TEXT,
    "guarantorName" TEXT,
    "guarantorRelation" TEXT,
    "guarantorAddress" TEXT,
    "guarantorPhone" TEXT,
    "originType" "OriginType" NOT NULL,
    "originInstitution" TEXT NOT NULL,
    "offence" TEXT NOT NULL,
    "offenceArticle" TEXT,
    "courtDecisionNumber" TEXT,
    "courtDecisionDate" DATE,
    "sentenceMonths" INTEGER,
    "sentenceDays" INTEGER,
    "program" "Program" NOT NULL,
    "guidanceStart" DATE NOT NULL,
    "guidanceEnd" DATE NOT NULL,
    "status" "ClientStatus" NOT NULL DEFAULT 'AKTIF',
    "statusReason" TEXT,
    "statusDate" DATE,
    "currentStage" "StageKind",
    "assignedPkId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),
    "deletedReason" TEXT,
    "deletedById" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientStatusEvent" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "fromStatus" "ClientStatus",
    "toStatus" "ClientStatus" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientStatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseloadAssignment" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "pkId" TEXT NOT NULL,
    "kind" "AssignmentKind" NOT NULL DEFAULT 'INITIAL',
    "reason" TEXT NOT NULL,
    "assignedById" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CaseloadAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientTransfer" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "fromOfficeId" TEXT NOT NULL,
    "toOfficeId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ClientTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Litmas" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "number" TEXT,
    "purpose" "LitmasPurpose" NOT NULL,
    "requesterInstitution" TEXT NOT NULL,
    "requesterLetterNumber" TEXT,
    "requesterLetterDate" DATE,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedPkId" TEXT,
    "assignedAt" TIMESTAMPTZ(3),
    "dueAt" TIMESTAMPTZ(3),
    "status" "LitmasStatus" NOT NULL DEFAULT 'REQUESTED',
    "sections" JSONB NOT NULL DEFAULT '{}',
    "currentVersionNo" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMPTZ(3),
    "reviewNotes" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Litmas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LitmasVersion" (
    "id" TEXT NOT NULL,
    "litmasId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "sections" JSONB NOT NULL,
    "savedById" TEXT NOT NULL,
    "savedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LitmasVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LitmasEvent" (
    "id" TEXT NOT NULL,
    "litmasId" TEXT NOT NULL,
    "action" "LitmasAction" NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "LitmasEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceStage" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" "StageKind" NOT NULL,
    "plannedStart" DATE NOT NULL,
    "plannedEnd" DATE NOT NULL,
    "actualStart" DATE,
    "actualEnd" DATE,
    "status" "StageStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "GuidanceStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TppSession" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "location" TEXT,
    "chairName" TEXT NOT NULL,
    "members" JSONB NOT NULL,
    "minutes" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TppSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageTransitionRequest" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "fromStage" "StageKind" NOT NULL,
    "toStage" "StageKind" NOT NULL,
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" JSONB NOT NULL,
    "pkAssessment" TEXT NOT NULL,
    "status" "TransitionStatus" NOT NULL DEFAULT 'PROPOSED',
    "tppSessionId" TEXT,
    "tppRecommendation" "TppRecommendation",
    "tppNotes" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "StageTransitionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceProgram" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "stage" "StageKind" NOT NULL,
    "guidanceType" "GuidanceType" NOT NULL,
    "approach" "Approach" NOT NULL,
    "title" TEXT NOT NULL,
    "objectives" TEXT NOT NULL,
    "partnerType" "PartnerType",
    "partnerName" TEXT,
    "plannedStart" DATE NOT NULL,
    "plannedEnd" DATE NOT NULL,
    "status" "GuidanceProgramStatus" NOT NULL DEFAULT 'PLANNED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GuidanceProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceProgramEntry" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "progress" INTEGER,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuidanceProgramEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "pkId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "type" "ContactType" NOT NULL,
    "guidanceType" "GuidanceType",
    "approach" "Approach",
    "outcome" "ContactOutcome",
    "excuseReason" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "followUpOn" DATE,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "accuracyMeters" DOUBLE PRECISION,
    "programId" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingSchedule" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "frequency" "ReportingFrequency" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingAttendance" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "scheduleId" TEXT,
    "dueOn" DATE NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "channel" "AttendanceChannel",
    "attendedAt" TIMESTAMPTZ(3),
    "excuseReason" TEXT,
    "recordedById" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Violation" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "type" "ViolationType" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "status" "ViolationStatus" NOT NULL DEFAULT 'OPEN',
    "raisedBySystem" BOOLEAN NOT NULL DEFAULT false,
    "reportedById" TEXT,
    "revocationId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Violation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RevocationProceeding" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "status" "RevocationStatus" NOT NULL DEFAULT 'PROPOSED',
    "raisedBySystem" BOOLEAN NOT NULL DEFAULT false,
    "pkReport" TEXT,
    "pkReportedAt" TIMESTAMPTZ(3),
    "tppSessionId" TEXT,
    "tppRecommendation" "TppRecommendation",
    "tppNotes" TEXT,
    "decidedById" TEXT,
    "suspendedAt" TIMESTAMPTZ(3),
    "outcomeAt" TIMESTAMPTZ(3),
    "outcomeNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RevocationProceeding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EndOfGuidanceLetter" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "signerId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerNip" TEXT,
    "statement" TEXT NOT NULL,
    "verificationToken" TEXT NOT NULL,
    "revoked" BOOLEAN NOT NULL DEFAULT false,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,
    "revokedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EndOfGuidanceLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_nip_key" ON "User"("nip");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_officeId_role_active_idx" ON "User"("officeId", "role", "active");

-- CreateIndex
CREATE INDEX "Session_userId_revokedAt_idx" ON "Session"("userId", "revokedAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_clientId_at_idx" ON "AuditEvent"("clientId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_at_idx" ON "AuditEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_officeId_at_idx" ON "AuditEvent"("officeId", "at");

-- CreateIndex
CREATE INDEX "Client_officeId_fullName_id_idx" ON "Client"("officeId", "fullName", "id");

-- CreateIndex
CREATE INDEX "Client_officeId_status_fullName_id_idx" ON "Client"("officeId", "status", "fullName", "id");

-- CreateIndex
CREATE INDEX "Client_assignedPkId_status_fullName_id_idx" ON "Client"("assignedPkId", "status", "fullName", "id");

-- CreateIndex
CREATE INDEX "Client_officeId_nik_idx" ON "Client"("officeId", "nik");

-- CreateIndex
CREATE UNIQUE INDEX "Client_officeId_registerNumber_key" ON "Client"("officeId", "registerNumber");

-- CreateIndex
CREATE INDEX "ClientStatusEvent_clientId_at_idx" ON "ClientStatusEvent"("clientId", "at");

-- CreateIndex
CREATE INDEX "CaseloadAssignment_clientId_startedAt_idx" ON "CaseloadAssignment"("clientId", "startedAt");

-- CreateIndex
CREATE INDEX "CaseloadAssignment_pkId_endedAt_idx" ON "CaseloadAssignment"("pkId", "endedAt");

-- CreateIndex
CREATE INDEX "ClientTransfer_toOfficeId_status_idx" ON "ClientTransfer"("toOfficeId", "status");

-- CreateIndex
CREATE INDEX "ClientTransfer_fromOfficeId_status_idx" ON "ClientTransfer"("fromOfficeId", "status");

-- CreateIndex
CREATE INDEX "ClientTransfer_clientId_idx" ON "ClientTransfer"("clientId");

-- CreateIndex
CREATE INDEX "Litmas_officeId_status_dueAt_idx" ON "Litmas"("officeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Litmas_assignedPkId_status_dueAt_idx" ON "Litmas"("assignedPkId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Litmas_clientId_idx" ON "Litmas"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "Litmas_officeId_number_key" ON "Litmas"("officeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "LitmasVersion_litmasId_versionNo_key" ON "LitmasVersion"("litmasId", "versionNo");

-- CreateIndex
CREATE INDEX "LitmasEvent_litmasId_at_idx" ON "LitmasEvent"("litmasId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "GuidanceStage_clientId_kind_key" ON "GuidanceStage"("clientId", "kind");

-- CreateIndex
CREATE INDEX "TppSession_officeId_heldOn_idx" ON "TppSession"("officeId", "heldOn");

-- CreateIndex
CREATE INDEX "StageTransitionRequest_officeId_status_idx" ON "StageTransitionRequest"("officeId", "status");

-- CreateIndex
CREATE INDEX "StageTransitionRequest_clientId_proposedAt_idx" ON "StageTransitionRequest"("clientId", "proposedAt");

-- CreateIndex
CREATE INDEX "GuidanceProgram_clientId_stage_idx" ON "GuidanceProgram"("clientId", "stage");

-- CreateIndex
CREATE INDEX "GuidanceProgramEntry_programId_occurredOn_idx" ON "GuidanceProgramEntry"("programId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_idempotencyKey_key" ON "Contact"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Contact_clientId_occurredAt_idx" ON "Contact"("clientId", "occurredAt");

-- CreateIndex
CREATE INDEX "Contact_pkId_occurredAt_idx" ON "Contact"("pkId", "occurredAt");

-- CreateIndex
CREATE INDEX "ReportingSchedule_clientId_startsOn_idx" ON "ReportingSchedule"("clientId", "startsOn");

-- CreateIndex
CREATE INDEX "ReportingAttendance_clientId_status_idx" ON "ReportingAttendance"("clientId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingAttendance_clientId_dueOn_key" ON "ReportingAttendance"("clientId", "dueOn");

-- CreateIndex
CREATE INDEX "Violation_clientId_occurredOn_idx" ON "Violation"("clientId", "occurredOn");

-- CreateIndex
CREATE INDEX "Violation_officeId_status_idx" ON "Violation"("officeId", "status");

-- CreateIndex
CREATE INDEX "RevocationProceeding_officeId_status_idx" ON "RevocationProceeding"("officeId", "status");

-- CreateIndex
CREATE INDEX "RevocationProceeding_clientId_idx" ON "RevocationProceeding"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "EndOfGuidanceLetter_verificationToken_key" ON "EndOfGuidanceLetter"("verificationToken");

-- CreateIndex
CREATE INDEX "EndOfGuidanceLetter_clientId_idx" ON "EndOfGuidanceLetter"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "EndOfGuidanceLetter_officeId_number_key" ON "EndOfGuidanceLetter"("officeId", "number");

-- AddForeignKey
ALTER TABLE "OfficeCounter" ADD CONSTRAINT "OfficeCounter_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_assignedPkId_fkey" FOREIGN KEY ("assignedPkId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientStatusEvent" ADD CONSTRAINT "ClientStatusEvent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseloadAssignment" ADD CONSTRAINT "CaseloadAssignment_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseloadAssignment" ADD CONSTRAINT "CaseloadAssignment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseloadAssignment" ADD CONSTRAINT "CaseloadAssignment_pkId_fkey" FOREIGN KEY ("pkId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseloadAssignment" ADD CONSTRAINT "CaseloadAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientTransfer" ADD CONSTRAINT "ClientTransfer_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientTransfer" ADD CONSTRAINT "ClientTransfer_fromOfficeId_fkey" FOREIGN KEY ("fromOfficeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientTransfer" ADD CONSTRAINT "ClientTransfer_toOfficeId_fkey" FOREIGN KEY ("toOfficeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Litmas" ADD CONSTRAINT "Litmas_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Litmas" ADD CONSTRAINT "Litmas_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Litmas" ADD CONSTRAINT "Litmas_assignedPkId_fkey" FOREIGN KEY ("assignedPkId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Litmas" ADD CONSTRAINT "Litmas_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LitmasVersion" ADD CONSTRAINT "LitmasVersion_litmasId_fkey" FOREIGN KEY ("litmasId") REFERENCES "Litmas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LitmasEvent" ADD CONSTRAINT "LitmasEvent_litmasId_fkey" FOREIGN KEY ("litmasId") REFERENCES "Litmas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceStage" ADD CONSTRAINT "GuidanceStage_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TppSession" ADD CONSTRAINT "TppSession_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransitionRequest" ADD CONSTRAINT "StageTransitionRequest_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransitionRequest" ADD CONSTRAINT "StageTransitionRequest_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageTransitionRequest" ADD CONSTRAINT "StageTransitionRequest_tppSessionId_fkey" FOREIGN KEY ("tppSessionId") REFERENCES "TppSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceProgram" ADD CONSTRAINT "GuidanceProgram_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceProgram" ADD CONSTRAINT "GuidanceProgram_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceProgramEntry" ADD CONSTRAINT "GuidanceProgramEntry_programId_fkey" FOREIGN KEY ("programId") REFERENCES "GuidanceProgram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_pkId_fkey" FOREIGN KEY ("pkId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_programId_fkey" FOREIGN KEY ("programId") REFERENCES "GuidanceProgram"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingSchedule" ADD CONSTRAINT "ReportingSchedule_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingAttendance" ADD CONSTRAINT "ReportingAttendance_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingAttendance" ADD CONSTRAINT "ReportingAttendance_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "ReportingSchedule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_revocationId_fkey" FOREIGN KEY ("revocationId") REFERENCES "RevocationProceeding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevocationProceeding" ADD CONSTRAINT "RevocationProceeding_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevocationProceeding" ADD CONSTRAINT "RevocationProceeding_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevocationProceeding" ADD CONSTRAINT "RevocationProceeding_tppSessionId_fkey" FOREIGN KEY ("tppSessionId") REFERENCES "TppSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndOfGuidanceLetter" ADD CONSTRAINT "EndOfGuidanceLetter_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EndOfGuidanceLetter" ADD CONSTRAINT "EndOfGuidanceLetter_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written: constraints Prisma's schema language cannot express.

-- At most one open caseload assignment per client.
CREATE UNIQUE INDEX "CaseloadAssignment_one_open_per_client" ON "CaseloadAssignment"("clientId") WHERE "endedAt" IS NULL;

-- At most one undecided stage-transition proposal per client (no decision twice, no parallel proposals).
CREATE UNIQUE INDEX "StageTransitionRequest_one_open_per_client" ON "StageTransitionRequest"("clientId") WHERE "status" IN ('PROPOSED', 'TPP_REVIEWED');

-- At most one valid (non-revoked) end-of-guidance letter per client.
CREATE UNIQUE INDEX "EndOfGuidanceLetter_one_valid_per_client" ON "EndOfGuidanceLetter"("clientId") WHERE "revoked" = false;

-- At most one open transfer per client.
CREATE UNIQUE INDEX "ClientTransfer_one_open_per_client" ON "ClientTransfer"("clientId") WHERE "status" = 'REQUESTED';

-- Register numbers and NIK shapes.
ALTER TABLE "Client" ADD CONSTRAINT "Client_nik_format" CHECK ("nik" IS NULL OR "nik" ~ '^[0-9]{16}$');
ALTER TABLE "Client" ADD CONSTRAINT "Client_period_order" CHECK ("guidanceEnd" >= "guidanceStart");
ALTER TABLE "User" ADD CONSTRAINT "User_capacity_positive" CHECK ("capacity" > 0);
ALTER TABLE "GuidanceProgram" ADD CONSTRAINT "GuidanceProgram_progress_range" CHECK ("progress" BETWEEN 0 AND 100);

-- Case-insensitive partial name search ("ILIKE '%andi%'") served by a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Client_fullName_trgm" ON "Client" USING gin ("fullName" gin_trgm_ops);

-- The audit trail is append-only: no UPDATE, no DELETE (TRUNCATE stays possible for test resets).
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
