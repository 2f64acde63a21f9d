-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "decidedAt" TIMESTAMPTZ(3),
ADD COLUMN     "decidedById" INTEGER,
ADD COLUMN     "declineReason" TEXT;

-- Rules schema.prisma cannot express (Prisma's diff ignores CHECK constraints).
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_decline_reason_only_when_rejected" CHECK ("declineReason" IS NULL OR "status" = 'rejected');
