-- CreateEnum
CREATE TYPE "AccreditationBody" AS ENUM ('registerplein', 'skj', 'kwaliteitsregister_vv', 'other');

-- CreateEnum
CREATE TYPE "AccreditationScope" AS ENUM ('whole_event', 'rounds');

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "registerBody" "AccreditationBody",
ADD COLUMN     "registerNumber" TEXT;

-- CreateTable
CREATE TABLE "EventAccreditation" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "body" "AccreditationBody" NOT NULL,
    "bodyName" TEXT,
    "number" TEXT NOT NULL,
    "points" DECIMAL(5,2) NOT NULL,
    "hours" DECIMAL(5,2),
    "scope" "AccreditationScope" NOT NULL DEFAULT 'whole_event',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventAccreditation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAccreditationRound" (
    "accreditationId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,

    CONSTRAINT "EventAccreditationRound_pkey" PRIMARY KEY ("accreditationId","roundId")
);

-- CreateIndex
CREATE INDEX "EventAccreditation_eventId_idx" ON "EventAccreditation"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EventAccreditation_id_eventId_key" ON "EventAccreditation"("id", "eventId");

-- CreateIndex
CREATE INDEX "EventAccreditationRound_roundId_eventId_idx" ON "EventAccreditationRound"("roundId", "eventId");

-- AddForeignKey
ALTER TABLE "EventAccreditation" ADD CONSTRAINT "EventAccreditation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAccreditationRound" ADD CONSTRAINT "EventAccreditationRound_accreditationId_eventId_fkey" FOREIGN KEY ("accreditationId", "eventId") REFERENCES "EventAccreditation"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAccreditationRound" ADD CONSTRAINT "EventAccreditationRound_roundId_eventId_fkey" FOREIGN KEY ("roundId", "eventId") REFERENCES "WorkshopRound"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express.
ALTER TABLE "EventAccreditation" ADD CONSTRAINT "EventAccreditation_amounts_check" CHECK (points >= 0 AND (hours IS NULL OR hours >= 0));
ALTER TABLE "EventAccreditation" ADD CONSTRAINT "EventAccreditation_other_named_check" CHECK (body <> 'other' OR "bodyName" IS NOT NULL);
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_register_number_check" CHECK ("registerNumber" IS NULL OR "registerBody" IS NOT NULL);
