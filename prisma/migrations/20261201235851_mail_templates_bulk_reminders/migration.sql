-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "reminderDaysBefore" INTEGER[] DEFAULT ARRAY[1]::INTEGER[],
ADD COLUMN     "selfServiceHoursBefore" INTEGER;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "bulkMailId" INTEGER;

-- CreateTable
CREATE TABLE "MailTemplate" (
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedByName" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MailTemplate_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "EventMailTemplate" (
    "eventId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedByName" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventMailTemplate_pkey" PRIMARY KEY ("eventId","kind")
);

-- CreateTable
CREATE TABLE "BulkMail" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "nonce" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "recipientFilter" JSONB NOT NULL,
    "recipientCount" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BulkMail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "registrationId" INTEGER NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("registrationId","daysBefore")
);

-- CreateIndex
CREATE UNIQUE INDEX "BulkMail_nonce_key" ON "BulkMail"("nonce");

-- CreateIndex
CREATE INDEX "BulkMail_eventId_createdAt_idx" ON "BulkMail"("eventId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_bulkMailId_idx" ON "OutboxMessage"("bulkMailId");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_bulkMailId_fkey" FOREIGN KEY ("bulkMailId") REFERENCES "BulkMail"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMailTemplate" ADD CONSTRAINT "EventMailTemplate_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkMail" ADD CONSTRAINT "BulkMail_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
