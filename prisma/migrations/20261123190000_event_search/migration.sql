-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Dutch full-text search over an event's own texts, its speakers and its workshops. Triggers keep
-- "searchText" current whoever writes; the expression index is invisible to Prisma, which ignores it.
CREATE FUNCTION event_search_text(event_row "Event") RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT concat_ws(' ',
    event_row."title", event_row."summary", event_row."body", event_row."audience", event_row."organiser",
    array_to_string(event_row."partners", ' '), event_row."venueName", event_row."venueCity",
    (SELECT string_agg(concat_ws(' ', s."name", s."description"), ' ') FROM "Speaker" s WHERE s."eventId" = event_row."id"),
    (SELECT string_agg(concat_ws(' ', w."title", w."description", w."hosts"), ' ')
       FROM "Workshop" w JOIN "WorkshopRound" r ON r."id" = w."roundId" WHERE r."eventId" = event_row."id")
  )
$$;

CREATE FUNCTION event_search_refresh_self() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := event_search_text(NEW);
  RETURN NEW;
END
$$;

CREATE TRIGGER "Event_search_text" BEFORE INSERT OR UPDATE ON "Event"
  FOR EACH ROW EXECUTE FUNCTION event_search_refresh_self();

-- A change to a speaker or workshop re-saves its event, whose own trigger then rebuilds the text.
CREATE FUNCTION event_search_touch_from_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed RECORD;
  target_event INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF TG_TABLE_NAME = 'Workshop' THEN
    SELECT r."eventId" INTO target_event FROM "WorkshopRound" r WHERE r."id" = changed."roundId";
  ELSE
    target_event := changed."eventId";
  END IF;
  IF target_event IS NOT NULL THEN
    UPDATE "Event" SET "searchText" = '' WHERE "id" = target_event;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Speaker_search_text" AFTER INSERT OR UPDATE OR DELETE ON "Speaker"
  FOR EACH ROW EXECUTE FUNCTION event_search_touch_from_child();

CREATE TRIGGER "Workshop_search_text" AFTER INSERT OR UPDATE OR DELETE ON "Workshop"
  FOR EACH ROW EXECUTE FUNCTION event_search_touch_from_child();

CREATE INDEX "Event_search_idx" ON "Event" USING GIN (to_tsvector('dutch', "searchText"));

-- Fill the text for events that existed before this migration.
UPDATE "Event" SET "searchText" = '';
