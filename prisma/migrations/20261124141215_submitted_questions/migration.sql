-- CreateEnum
CREATE TYPE "SubmittedQuestionStatus" AS ENUM ('pending', 'approved', 'hidden');

-- CreateTable
CREATE TABLE "SubmittedQuestion" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "status" "SubmittedQuestionStatus" NOT NULL DEFAULT 'pending',
    "mergedIntoId" INTEGER,
    "chosenForPanel" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "moderatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SubmittedQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionVote" (
    "questionId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVote_pkey" PRIMARY KEY ("questionId","registrationId")
);

-- CreateIndex
CREATE INDEX "SubmittedQuestion_eventId_status_idx" ON "SubmittedQuestion"("eventId", "status");

-- CreateIndex
CREATE INDEX "SubmittedQuestion_registrationId_idx" ON "SubmittedQuestion"("registrationId");

-- CreateIndex
CREATE INDEX "SubmittedQuestion_mergedIntoId_idx" ON "SubmittedQuestion"("mergedIntoId");

-- CreateIndex
CREATE INDEX "QuestionVote_registrationId_idx" ON "QuestionVote"("registrationId");

-- AddForeignKey
ALTER TABLE "SubmittedQuestion" ADD CONSTRAINT "SubmittedQuestion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmittedQuestion" ADD CONSTRAINT "SubmittedQuestion_registrationId_eventId_fkey" FOREIGN KEY ("registrationId", "eventId") REFERENCES "Registration"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmittedQuestion" ADD CONSTRAINT "SubmittedQuestion_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "SubmittedQuestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVote" ADD CONSTRAINT "QuestionVote_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SubmittedQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVote" ADD CONSTRAINT "QuestionVote_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Questions typed on the form so far become submitted questions awaiting moderation; then the column goes.
INSERT INTO "SubmittedQuestion" ("eventId", "registrationId", "text", "createdAt", "updatedAt")
SELECT "eventId", "id", "question", "createdAt", "createdAt" FROM "Registration" WHERE btrim(coalesce("question", '')) <> '';

-- AlterTable
ALTER TABLE "Registration" DROP COLUMN "question";

-- Rules schema.prisma cannot express (Prisma's diff ignores CHECK constraints).
ALTER TABLE "SubmittedQuestion" ADD CONSTRAINT "SubmittedQuestion_text_not_blank" CHECK (btrim("text") <> '' AND length("text") <= 2000);
ALTER TABLE "SubmittedQuestion" ADD CONSTRAINT "SubmittedQuestion_not_merged_into_itself" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");
