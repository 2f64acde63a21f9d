-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('congrestival', 'minisymposium', 'leercafe', 'themabijeenkomst', 'leerkring');

-- CreateEnum
CREATE TYPE "AttendanceMode" AS ENUM ('physical', 'online', 'hybrid');

-- CreateEnum
CREATE TYPE "ParticipationMode" AS ENUM ('physical', 'online');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('draft', 'published', 'cancelled', 'postponed');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('confirmed', 'waitlisted', 'pending', 'cancelled', 'rejected');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('short_text', 'long_text', 'choice');

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "format" "EventFormat" NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'draft',
    "statusNote" TEXT,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "audience" TEXT,
    "organiser" TEXT NOT NULL,
    "partners" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "attendanceMode" "AttendanceMode" NOT NULL,
    "venueName" TEXT,
    "venueAddress" TEXT,
    "venuePostcode" TEXT,
    "venueCity" TEXT,
    "venueRouteNotes" TEXT,
    "onlinePlatform" TEXT,
    "onlineJoinUrl" TEXT,
    "onlineJoinDetails" TEXT,
    "priceCents" INTEGER NOT NULL DEFAULT 0,
    "lunchProvided" BOOLEAN NOT NULL DEFAULT false,
    "registrationOpensAt" TIMESTAMPTZ(3),
    "registrationClosesAt" TIMESTAMPTZ(3),
    "capacityPhysical" INTEGER,
    "capacityOnline" INTEGER,
    "waitlistEnabled" BOOLEAN NOT NULL DEFAULT false,
    "requiresApproval" BOOLEAN NOT NULL DEFAULT false,
    "registersTeams" BOOLEAN NOT NULL DEFAULT false,
    "acceptsQuestions" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactPerson" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContactPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeItem" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProgrammeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopRound" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkshopRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "hosts" TEXT,
    "room" TEXT,
    "capacity" INTEGER,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "mode" "ParticipationMode" NOT NULL,
    "place" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationQuestion" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "help" TEXT,
    "kind" "QuestionKind" NOT NULL DEFAULT 'short_text',
    "required" BOOLEAN NOT NULL DEFAULT false,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RegistrationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "attendanceMode" "ParticipationMode" NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "activeEmail" TEXT,
    "organisation" TEXT,
    "role" TEXT,
    "teamName" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "question" TEXT,
    "dietaryWishes" TEXT,
    "manageToken" TEXT NOT NULL,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationWorkshop" (
    "registrationId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,
    "workshopId" INTEGER NOT NULL,

    CONSTRAINT "RegistrationWorkshop_pkey" PRIMARY KEY ("registrationId","roundId")
);

-- CreateTable
CREATE TABLE "TeamParticipant" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TeamParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "ContactPerson_eventId_idx" ON "ContactPerson"("eventId");

-- CreateIndex
CREATE INDEX "Speaker_eventId_idx" ON "Speaker"("eventId");

-- CreateIndex
CREATE INDEX "ProgrammeItem_eventId_idx" ON "ProgrammeItem"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopRound_eventId_number_key" ON "WorkshopRound"("eventId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopRound_id_eventId_key" ON "WorkshopRound"("id", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_roundId_number_key" ON "Workshop"("roundId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_id_roundId_key" ON "Workshop"("id", "roundId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_eventId_number_key" ON "Meeting"("eventId", "number");

-- CreateIndex
CREATE INDEX "RegistrationQuestion_eventId_idx" ON "RegistrationQuestion"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_manageToken_key" ON "Registration"("manageToken");

-- CreateIndex
CREATE INDEX "Registration_eventId_status_attendanceMode_idx" ON "Registration"("eventId", "status", "attendanceMode");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_one_active_per_email" ON "Registration"("eventId", "activeEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_id_eventId_key" ON "Registration"("id", "eventId");

-- CreateIndex
CREATE INDEX "RegistrationWorkshop_workshopId_idx" ON "RegistrationWorkshop"("workshopId");

-- CreateIndex
CREATE INDEX "RegistrationWorkshop_roundId_eventId_idx" ON "RegistrationWorkshop"("roundId", "eventId");

-- CreateIndex
CREATE INDEX "TeamParticipant_registrationId_idx" ON "TeamParticipant"("registrationId");

-- AddForeignKey
ALTER TABLE "ContactPerson" ADD CONSTRAINT "ContactPerson_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeItem" ADD CONSTRAINT "ProgrammeItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopRound" ADD CONSTRAINT "WorkshopRound_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "WorkshopRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationQuestion" ADD CONSTRAINT "RegistrationQuestion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationWorkshop" ADD CONSTRAINT "RegistrationWorkshop_registrationId_eventId_fkey" FOREIGN KEY ("registrationId", "eventId") REFERENCES "Registration"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationWorkshop" ADD CONSTRAINT "RegistrationWorkshop_roundId_eventId_fkey" FOREIGN KEY ("roundId", "eventId") REFERENCES "WorkshopRound"("id", "eventId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationWorkshop" ADD CONSTRAINT "RegistrationWorkshop_workshopId_roundId_fkey" FOREIGN KEY ("workshopId", "roundId") REFERENCES "Workshop"("id", "roundId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamParticipant" ADD CONSTRAINT "TeamParticipant_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules schema.prisma cannot express (Prisma's diff ignores CHECK constraints).
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacities_not_negative" CHECK (("capacityPhysical" IS NULL OR "capacityPhysical" >= 0) AND ("capacityOnline" IS NULL OR "capacityOnline" >= 0));
ALTER TABLE "Event" ADD CONSTRAINT "Event_ends_after_start" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_price_not_negative" CHECK ("priceCents" >= 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_registration_window_in_order" CHECK ("registrationOpensAt" IS NULL OR "registrationClosesAt" IS NULL OR "registrationClosesAt" >= "registrationOpensAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "WorkshopRound" ADD CONSTRAINT "WorkshopRound_number_positive" CHECK ("number" >= 1);
ALTER TABLE "WorkshopRound" ADD CONSTRAINT "WorkshopRound_ends_after_start" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_number_positive" CHECK ("number" >= 1);
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_capacity_not_negative" CHECK ("capacity" IS NULL OR "capacity" >= 0);
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_ends_after_start" CHECK ("endsAt" >= "startsAt");
-- One active registration per e-mail and event: activeEmail is lower(email) exactly while the registration is active.
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_active_email_consistent" CHECK (
    ("status" IN ('cancelled', 'rejected') AND "activeEmail" IS NULL)
    OR ("status" NOT IN ('cancelled', 'rejected') AND "activeEmail" IS NOT DISTINCT FROM lower("email"))
);
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_manage_token_long_enough" CHECK (length("manageToken") >= 22);
