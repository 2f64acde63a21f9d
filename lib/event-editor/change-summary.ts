import { EVENT_LISTS, eventFieldLabels } from "@/lib/event-editor/schema";
import { valuesFromEvent, type EditableEvent } from "@/lib/event-editor/values-from-event";
import { attendanceModeLabels, formatLabels } from "@/lib/events/formats";
import type { AttendanceMode, EventFormat } from "@/lib/generated/prisma/enums";

// The audit log's sentence for a save of the event form: each changed field by its label, with its old and
// new value where one fits in a sentence (a list such as the workshops is only named).

type FieldName = keyof typeof eventFieldLabels;

const CHECKBOXES = new Set<string>(["lunchProvided", "waitlistEnabled", "waitlistOffers", "requiresApproval", "registersTeams", "acceptsQuestions"]);
const DATE_TIMES = new Set<string>(["startsAt", "endsAt", "registrationOpensAt", "registrationClosesAt"]);
const CAPACITIES = new Set<string>(["capacityPhysical", "capacityOnline"]);
const NUMBERS = new Set<string>(["offerHours", "retentionMonths"]);
const LISTS = new Set<string>(EVENT_LISTS);
const MAX_SHOWN = 60;

/** A form value as the organiser would say it: "ja", "12-01-2027 14:00", "geen limiet", a quoted text. */
function shown(field: string, value: string | undefined): string {
  const text = (value ?? "").trim();
  if (CHECKBOXES.has(field)) return text === "on" ? "ja" : "nee";
  if (CAPACITIES.has(field)) return text === "" ? "geen limiet" : text;
  if (field === "retentionMonths" && text === "") return "standaard";
  if (text === "") return "leeg";
  if (NUMBERS.has(field)) return text;
  if (DATE_TIMES.has(field)) return text.replace(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/, "$3-$2-$1 $4");
  if (field === "format") return formatLabels[text as EventFormat] ?? text;
  if (field === "attendanceMode") return attendanceModeLabels[text as AttendanceMode] ?? text;
  if (field === "priceCents") return `€ ${text}`;
  const line = text.replace(/\s+/g, " ");
  return `"${line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN - 1)}…` : line}"`;
}

const VENUE_UNKNOWN = "nog niet bekend";

/** The venue as one value: "not yet known" is a choice of its own, next to a name. */
function venue(values: Record<string, string | string[] | undefined>): string | undefined {
  return values.venueUnknown === "on" ? VENUE_UNKNOWN : (values.venueName as string | undefined);
}

/**
 * '"Leercafé" bewerkt. Gewijzigd: Titel van "Oud" naar "Nieuw", Plekken op locatie van 20 naar 25, Sprekers.'
 * In the order of the form.
 */
export function changeSummary(before: EditableEvent, after: EditableEvent): string {
  const old = valuesFromEvent(before);
  const now = valuesFromEvent(after);
  const changed = new Set<string>();
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (key === "version" || /\.id$/.test(key) || String(old[key] ?? "") === String(now[key] ?? "")) continue;
    const top = key.split(".")[0]!;
    changed.add(top === "venueUnknown" ? "venueName" : top);
  }
  if (changed.size === 0) return `"${after.title}" opgeslagen zonder wijzigingen.`;
  const parts = (Object.keys(eventFieldLabels) as FieldName[])
    .filter((field) => changed.has(field))
    .map((field) => {
      const label = eventFieldLabels[field];
      if (LISTS.has(field)) return label;
      const [from, to] = field === "venueName" ? [venue(old), venue(now)] : [old[field] as string | undefined, now[field] as string | undefined];
      const say = (value: string | undefined) => (field === "venueName" && value === VENUE_UNKNOWN ? value : shown(field, value));
      // A long text changed beyond what is shown (or only in its line ends): the label alone says it.
      return say(from) === say(to) ? label : `${label} van ${say(from)} naar ${say(to)}`;
    });
  return `"${after.title}" bewerkt. Gewijzigd: ${parts.join(", ")}.`;
}
