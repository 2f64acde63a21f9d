-- The after-event mail can be switched off per event (issue 13: an optional follow-up); on by default, as before.
ALTER TABLE "Event" ADD COLUMN "followUpEnabled" BOOLEAN NOT NULL DEFAULT true;
