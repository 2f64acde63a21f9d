-- AlterEnum
ALTER TYPE "RegistrationStatus" ADD VALUE 'offered';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "offerHours" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "retentionMonths" INTEGER,
ADD COLUMN     "waitlistOffers" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ(3),
ADD COLUMN     "offerExpiresAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Registration_status_offerExpiresAt_idx" ON "Registration"("status", "offerExpiresAt");

-- Rules schema.prisma cannot express (Prisma's diff ignores CHECK constraints). Compared as text: the new
-- enum value cannot be used as such in the transaction that adds it.
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_offer_has_expiry" CHECK ("status"::text <> 'offered' OR "offerExpiresAt" IS NOT NULL);
ALTER TABLE "Event" ADD CONSTRAINT "Event_offer_hours_positive" CHECK ("offerHours" BETWEEN 1 AND 336);
ALTER TABLE "Event" ADD CONSTRAINT "Event_retention_months_positive" CHECK ("retentionMonths" IS NULL OR "retentionMonths" BETWEEN 1 AND 120);
