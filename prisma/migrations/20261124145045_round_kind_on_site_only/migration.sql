-- CreateEnum
CREATE TYPE "RoundKind" AS ENUM ('workshops', 'activities');

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "onSiteOnly" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "WorkshopRound" ADD COLUMN     "kind" "RoundKind" NOT NULL DEFAULT 'workshops';
