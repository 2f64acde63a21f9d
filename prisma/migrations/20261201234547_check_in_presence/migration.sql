-- AlterEnum
ALTER TYPE "AdminRole" ADD VALUE 'ontvangst';

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "checkInCode" TEXT;

-- CreateTable
CREATE TABLE "CheckIn" (
    "registrationId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT,
    "byName" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'door',

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("registrationId")
);

-- CreateTable
CREATE TABLE "RoundPresence" (
    "registrationId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "workshopId" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT,
    "byName" TEXT NOT NULL,

    CONSTRAINT "RoundPresence_pkey" PRIMARY KEY ("registrationId","roundId")
);

-- CreateIndex
CREATE INDEX "CheckIn_eventId_idx" ON "CheckIn"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_registrationId_eventId_key" ON "CheckIn"("registrationId", "eventId");

-- CreateIndex
CREATE INDEX "RoundPresence_eventId_idx" ON "RoundPresence"("eventId");

-- CreateIndex
CREATE INDEX "RoundPresence_workshopId_idx" ON "RoundPresence"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_checkInCode_key" ON "Registration"("checkInCode");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_registrationId_eventId_fkey" FOREIGN KEY ("registrationId", "eventId") REFERENCES "Registration"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundPresence" ADD CONSTRAINT "RoundPresence_registrationId_eventId_fkey" FOREIGN KEY ("registrationId", "eventId") REFERENCES "Registration"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundPresence" ADD CONSTRAINT "RoundPresence_roundId_eventId_fkey" FOREIGN KEY ("roundId", "eventId") REFERENCES "WorkshopRound"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundPresence" ADD CONSTRAINT "RoundPresence_workshopId_roundId_fkey" FOREIGN KEY ("workshopId", "roundId") REFERENCES "Workshop"("id", "roundId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundPresence" ADD CONSTRAINT "RoundPresence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundPresence" ADD CONSTRAINT "RoundPresence_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
