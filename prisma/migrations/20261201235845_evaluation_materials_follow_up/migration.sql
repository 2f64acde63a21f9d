-- CreateEnum
CREATE TYPE "EvaluationQuestionKind" AS ENUM ('grade_1_10', 'text', 'workshop_grade');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "evaluationAnonymous" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "followUpAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "followUpSentAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "EvaluationQuestion" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "kind" "EvaluationQuestionKind" NOT NULL,
    "label" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EvaluationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationAnswer" (
    "id" SERIAL NOT NULL,
    "responseId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "workshopId" INTEGER,
    "grade" INTEGER,
    "text" TEXT,

    CONSTRAINT "EvaluationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventMaterial" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "workshopId" INTEGER,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "size" INTEGER,
    "data" BYTEA,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvaluationQuestion_eventId_position_idx" ON "EvaluationQuestion"("eventId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationResponse_registrationId_key" ON "EvaluationResponse"("registrationId");

-- CreateIndex
CREATE INDEX "EvaluationResponse_eventId_idx" ON "EvaluationResponse"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationResponse_registrationId_eventId_key" ON "EvaluationResponse"("registrationId", "eventId");

-- CreateIndex
CREATE INDEX "EvaluationAnswer_responseId_idx" ON "EvaluationAnswer"("responseId");

-- CreateIndex
CREATE INDEX "EvaluationAnswer_questionId_idx" ON "EvaluationAnswer"("questionId");

-- CreateIndex
CREATE INDEX "EvaluationAnswer_workshopId_idx" ON "EvaluationAnswer"("workshopId");

-- CreateIndex
CREATE INDEX "EventMaterial_eventId_idx" ON "EventMaterial"("eventId");

-- AddForeignKey
ALTER TABLE "EvaluationQuestion" ADD CONSTRAINT "EvaluationQuestion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_registrationId_eventId_fkey" FOREIGN KEY ("registrationId", "eventId") REFERENCES "Registration"("id", "eventId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "EvaluationResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "EvaluationQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMaterial" ADD CONSTRAINT "EventMaterial_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMaterial" ADD CONSTRAINT "EventMaterial_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the schema language cannot say: a grade is 1 to 10; a material is a link or a file, never both or
-- neither; a file is at most 20 MB (lib/materials/rules.ts MAX_MATERIAL_BYTES).
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_grade_range" CHECK ("grade" IS NULL OR "grade" BETWEEN 1 AND 10);
ALTER TABLE "EventMaterial" ADD CONSTRAINT "EventMaterial_link_or_file" CHECK (("url" IS NULL) <> ("data" IS NULL));
ALTER TABLE "EventMaterial" ADD CONSTRAINT "EventMaterial_size_limit" CHECK ("size" IS NULL OR "size" <= 20971520);
