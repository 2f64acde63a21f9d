-- The after-event mail has one kind, follow_up (it was also registered as nazending): wording saved under the old
-- name is kept under the new one, unless the new one already has its own.
UPDATE "MailTemplate" SET "kind" = 'follow_up'
WHERE "kind" = 'nazending' AND NOT EXISTS (SELECT 1 FROM "MailTemplate" AS newer WHERE newer."kind" = 'follow_up');
DELETE FROM "MailTemplate" WHERE "kind" = 'nazending';

UPDATE "EventMailTemplate" AS old SET "kind" = 'follow_up'
WHERE old."kind" = 'nazending'
  AND NOT EXISTS (SELECT 1 FROM "EventMailTemplate" AS newer WHERE newer."eventId" = old."eventId" AND newer."kind" = 'follow_up');
DELETE FROM "EventMailTemplate" WHERE "kind" = 'nazending';
