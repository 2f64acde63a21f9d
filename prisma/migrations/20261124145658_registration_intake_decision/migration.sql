-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "decidedAt" TIMESTAMPTZ(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "declineReason" TEXT;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules schema.prisma cannot express (Prisma's diff ignores CHECK constraints).
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_decline_reason_only_when_rejected" CHECK ("declineReason" IS NULL OR "status" = 'rejected');
