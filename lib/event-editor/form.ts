import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";
import { TIME_ZONE } from "@/lib/dates";
import { EVENT_FORMATS } from "@/lib/events/formats";
import type { ActionState, FormValues } from "@/lib/forms/action-state";

// The organisers' event form: one zod schema for every field of an event and its nested lists, shared by
// the form (field names, limits, labels) and its server action (create and update variants). The form posts
// flat names ("rounds.0.workshops.2.capacity"); nestValues turns them into the object the schema reads, and
// zod's issue paths come back as the same names, so each error lands next to its own field.

export const EVENT_LIMITS = { title: 200, slug: 100, summary: 500, body: 20_000, line: 200, note: 2000, capacity: 100_000 } as const;

/** The Dutch label of each top-level field: on the form, and in the audit log's "what changed". */
export const eventFieldLabels = {
  title: "Titel",
  slug: "Webadres",
  format: "Soort bijeenkomst",
  summary: "Korte samenvatting",
  body: "Beschrijving",
  audience: "Voor wie",
  organiser: "Organisator",
  partners: "Partners",
  startsAt: "Begint op",
  endsAt: "Eindigt op",
  attendanceMode: "Vorm",
  venueName: "Naam van de locatie",
  venueAddress: "Adres",
  venuePostcode: "Postcode",
  venueCity: "Plaats",
  venueRouteNotes: "Route en parkeren",
  onlinePlatform: "Online platform",
  onlineJoinUrl: "Link om online mee te doen",
  onlineJoinDetails: "Inbelgegevens",
  priceCents: "Prijs",
  lunchProvided: "Lunch",
  capacityPhysical: "Plekken op locatie",
  capacityOnline: "Plekken online",
  registrationOpensAt: "Aanmelden opent",
  registrationClosesAt: "Aanmelden sluit",
  waitlistEnabled: "Wachtlijst",
  requiresApproval: "Intake",
  registersTeams: "Aanmelden per team",
  acceptsQuestions: "Vragen vooraf",
  statusNote: "Toelichting bij de status",
  contactPersons: "Contactpersonen",
  speakers: "Sprekers",
  programme: "Programma",
  rounds: "Workshoprondes en workshops",
  meetings: "Bijeenkomsten van de reeks",
  questions: "Vragen op het aanmeldformulier",
} as const;

export const EVENT_LISTS = ["contactPersons", "speakers", "programme", "rounds", "meetings", "questions"] as const;
export type EventListName = (typeof EVENT_LISTS)[number];

// ---------- field types ----------

const tooLong = (max: number) => `Dit is te lang (hooguit ${max} tekens).`;
const text = (max: number) => z.string().trim().max(max, tooLong(max));
const requiredText = (max: number, missing: string) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong(max));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((value) => value || null);
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

/** "2026-12-01T14:00" (a datetime-local input) as Amsterdam wall-clock time, stored as an instant. */
export function fromLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, TIME_ZONE);
  // 31 February rolls over into March: not a date anyone meant.
  if (date.getDate() !== day || date.getMonth() !== month - 1) return null;
  return new Date(date.getTime());
}

/** The other way round, for the form's initial values. */
export function toLocalInput(date: Date | null | undefined): string {
  return date ? format(new TZDate(date, TIME_ZONE), "yyyy-MM-dd'T'HH:mm") : "";
}

const dateTime = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .transform((value, context) => {
      const date = fromLocalInput(value);
      if (!date) {
        context.addIssue({ code: "custom", message: "Vul een bestaande datum en tijd in, zoals 14-03-2027 13:30." });
        return z.NEVER;
      }
      return date;
    });
const optionalDateTime = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    const date = fromLocalInput(value);
    if (!date) {
      context.addIssue({ code: "custom", message: "Vul een bestaande datum en tijd in, of laat het veld leeg." });
      return z.NEVER;
    }
    return date;
  });

/** Empty means no limit. */
const capacity = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    if (!/^\d+$/.test(value) || Number(value) > EVENT_LIMITS.capacity) {
      context.addIssue({ code: "custom", message: "Vul een heel getal van 0 of meer in, of laat het leeg voor geen limiet." });
      return z.NEVER;
    }
    return Number(value);
  });

/** "0", "12,50", "€ 12.50" → cents. */
const price = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    const cleaned = (value ?? "").replace(/^€\s*/, "").replace(",", ".");
    if (cleaned === "") return 0;
    if (!/^\d{1,5}(\.\d{1,2})?$/.test(cleaned)) {
      context.addIssue({ code: "custom", message: "Vul een bedrag in euro's in, zoals 0 of 12,50." });
      return z.NEVER;
    }
    return Math.round(Number(cleaned) * 100);
  });

const lines = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(max, tooLong(max))).max(50, "Hooguit 50 regels."));

const rowId = z
  .string()
  .optional()
  .transform((value) => (value && /^\d{1,9}$/.test(value) ? Number(value) : null));

// ---------- nested rows ----------

const contactSchema = z.object({
  name: requiredText(EVENT_LIMITS.line, "Vul de naam van de contactpersoon in."),
  role: optionalText(EVENT_LIMITS.line),
  email: optionalText(254).pipe(z.email("Vul een geldig e-mailadres in.").nullable()),
  phone: optionalText(50),
});
const speakerSchema = z.object({ name: requiredText(EVENT_LIMITS.line, "Vul de naam van de spreker in."), description: optionalText(EVENT_LIMITS.line) });
const programmeSchema = z.object({
  startsAt: optionalDateTime,
  endsAt: optionalDateTime,
  title: requiredText(EVENT_LIMITS.line, "Vul in wat er op het programma staat."),
  description: optionalText(EVENT_LIMITS.note),
});
const workshopSchema = z.object({
  id: rowId,
  title: requiredText(EVENT_LIMITS.line, "Vul de titel van de workshop in."),
  description: text(EVENT_LIMITS.note).optional().transform((value) => value ?? ""),
  hosts: optionalText(EVENT_LIMITS.line),
  room: optionalText(EVENT_LIMITS.line),
  capacity,
  onSiteOnly: checkbox,
});
const roundSchema = z.object({
  id: rowId,
  kind: z.enum(["workshops", "activities"], { error: "Kies workshops of activiteiten." }).optional().transform((value) => value ?? "workshops"),
  title: optionalText(EVENT_LIMITS.line),
  startsAt: dateTime("Vul in wanneer deze ronde begint."),
  endsAt: dateTime("Vul in wanneer deze ronde eindigt."),
  workshops: rows(workshopSchema),
});
const meetingSchema = z.object({
  title: optionalText(EVENT_LIMITS.line),
  startsAt: dateTime("Vul in wanneer deze bijeenkomst begint."),
  endsAt: dateTime("Vul in wanneer deze bijeenkomst eindigt."),
  mode: z.enum(["physical", "online"], { error: "Kies op locatie of online." }),
  place: optionalText(EVENT_LIMITS.line),
});
const questionSchema = z.object({
  id: rowId,
  label: requiredText(EVENT_LIMITS.line, "Vul de vraag in."),
  help: optionalText(EVENT_LIMITS.line),
  kind: z.enum(["short_text", "long_text", "choice"], { error: "Kies het soort antwoord." }),
  required: checkbox,
  options: lines(EVENT_LIMITS.line),
});

/**
 * Blank rows (all fields empty, e.g. a row added and left alone) are dropped; each row kept remembers its
 * index on the form (`at`), so a rule checked later can still put its message next to the right field.
 */
function rows<T extends z.ZodType>(row: T) {
  return z
    .array(z.unknown())
    .optional()
    .transform((items) => Array.from(items ?? [], (item) => (isBlank(item) ? null : item)))
    .pipe(z.array(row.nullable()))
    .transform((items) => items.flatMap((item, at) => (item === null ? [] : [{ ...(item as NonNullable<z.output<T>>), at }])));
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isBlank);
  // A kind or mode chosen by default and a row id alone do not make a row.
  if (typeof value === "object") return Object.entries(value).every(([key, item]) => ["kind", "mode", "id"].includes(key) || isBlank(item));
  return false;
}

// ---------- the event ----------

const eventFields = z.object({
  title: requiredText(EVENT_LIMITS.title, "Vul een titel in."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(EVENT_LIMITS.slug, tooLong(EVENT_LIMITS.slug))
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Gebruik alleen kleine letters, cijfers en streepjes, zoals leercafe-utrecht-2027.")
    .optional()
    .transform((value) => value ?? ""),
  format: z.enum(EVENT_FORMATS, { error: "Kies de soort bijeenkomst." }),
  summary: requiredText(EVENT_LIMITS.summary, "Vul een korte samenvatting in."),
  body: text(EVENT_LIMITS.body).optional().transform((value) => value ?? ""),
  audience: optionalText(EVENT_LIMITS.note),
  organiser: requiredText(EVENT_LIMITS.line, "Vul de organisator in."),
  partners: lines(EVENT_LIMITS.line),
  startsAt: dateTime("Vul in wanneer het evenement begint."),
  endsAt: dateTime("Vul in wanneer het evenement eindigt."),
  attendanceMode: z.enum(["physical", "online", "hybrid"], { error: "Kies op locatie, online of hybride." }),
  venueUnknown: checkbox,
  venueName: optionalText(EVENT_LIMITS.line),
  venueAddress: optionalText(EVENT_LIMITS.line),
  venuePostcode: optionalText(20),
  venueCity: optionalText(100),
  venueRouteNotes: optionalText(EVENT_LIMITS.note),
  onlinePlatform: optionalText(100),
  onlineJoinUrl: optionalText(1000).pipe(z.url({ protocol: /^https?$/, error: "Vul een volledige link in, beginnend met https://." }).nullable()),
  onlineJoinDetails: optionalText(EVENT_LIMITS.note),
  priceCents: price,
  lunchProvided: checkbox,
  capacityPhysical: capacity,
  capacityOnline: capacity,
  registrationOpensAt: optionalDateTime,
  registrationClosesAt: optionalDateTime,
  waitlistEnabled: checkbox,
  requiresApproval: checkbox,
  registersTeams: checkbox,
  acceptsQuestions: checkbox,
  statusNote: optionalText(EVENT_LIMITS.note),
  contactPersons: rows(contactSchema),
  speakers: rows(speakerSchema),
  programme: rows(programmeSchema),
  rounds: rows(roundSchema),
  meetings: rows(meetingSchema),
  questions: rows(questionSchema),
});

type Fields = z.output<typeof eventFields>;

/**
 * Rules between fields. They also run when other fields have mistakes (so the organiser sees every mistake
 * at once); a field that failed may then still hold its raw text, hence the checks of each value's type.
 */
function checkOrder(fields: Fields, context: z.RefinementCtx) {
  if (typeof fields !== "object" || fields === null) return;
  const date = (value: unknown) => (value instanceof Date ? value : null);
  const list = <T,>(value: T[] | unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
  const after = (start: unknown, end: unknown, path: (string | number)[], message: string) => {
    const [from, to] = [date(start), date(end)];
    if (from && to && to <= from) context.addIssue({ code: "custom", path, message });
  };
  after(fields.startsAt, fields.endsAt, ["endsAt"], "Het einde moet na het begin liggen.");
  after(fields.registrationOpensAt, fields.registrationClosesAt, ["registrationClosesAt"], "Aanmelden moet sluiten nadat het opent.");
  after(fields.registrationOpensAt, fields.startsAt, ["registrationOpensAt"], "Aanmelden moet openen voordat het evenement begint.");
  const closes = date(fields.registrationClosesAt);
  const ends = date(fields.endsAt);
  if (closes && ends && closes > ends) context.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "Aanmelden kan niet sluiten na afloop van het evenement." });
  if (fields.attendanceMode !== "online" && fields.venueUnknown !== true && !fields.venueName) {
    context.addIssue({ code: "custom", path: ["venueName"], message: "Vul de naam van de locatie in, of kies 'locatie nog niet bekend'." });
  }
  if ((fields.attendanceMode === "online" || fields.attendanceMode === "hybrid") && !fields.onlineJoinUrl && !fields.onlinePlatform && list(fields.meetings).length === 0) {
    context.addIssue({ code: "custom", path: ["onlinePlatform"], message: "Vul in via welk platform deelnemers online meedoen." });
  }
  const rowsAfter = (rows: unknown, name: string) =>
    list<{ startsAt?: unknown; endsAt?: unknown; at?: number }>(rows).forEach((row, index) => after(row?.startsAt, row?.endsAt, [name, row?.at ?? index, "endsAt"], "Het einde moet na het begin liggen."));
  rowsAfter(fields.rounds, "rounds");
  rowsAfter(fields.programme, "programme");
  rowsAfter(fields.meetings, "meetings");
  list<{ kind?: unknown; options?: unknown; at?: number }>(fields.questions).forEach((question, index) => {
    if (question?.kind === "choice" && list(question.options).length < 2) {
      context.addIssue({ code: "custom", path: ["questions", question.at ?? index, "options"], message: "Geef minstens twee keuzes, elk op een eigen regel." });
    }
  });
}

const always = { when: () => true };
export const eventCreateSchema = eventFields.superRefine(checkOrder, always);
export const eventUpdateSchema = eventFields
  .extend({ version: z.coerce.number({ error: "Onbekende versie." }).int().positive("Onbekende versie.") })
  .superRefine(checkOrder, always);

export type EventFormInput = z.output<typeof eventCreateSchema>;
export type EventUpdateInput = z.output<typeof eventUpdateSchema>;

// ---------- flat form values ↔ nested object ----------

type Nested = { [key: string]: Nested | Nested[] | string | string[] | undefined } | Nested[];

/** {"rounds.0.workshops.1.title": "x"} → { rounds: [{ workshops: [undefined, { title: "x" }] }] } */
export function nestValues(values: FormValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const parts = key.split(".");
    // Names come from the request: never let one reach Object.prototype.
    if (parts.some((part) => part === "__proto__" || part === "constructor" || part === "prototype" || part === "")) continue;
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const slot = /^\d+$/.test(part) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[slot] = Array.isArray(value) ? value.at(-1) : value;
        return;
      }
      if (container[slot] === undefined || typeof container[slot] !== "object") container[slot] = /^\d+$/.test(parts[index + 1]!) ? [] : {};
      node = container[slot] as Record<string, unknown>;
    });
  }
  return root;
}

export function flattenValues(nested: unknown, prefix = ""): FormValues {
  const values: FormValues = {};
  if (nested === null || nested === undefined) return values;
  if (typeof nested !== "object") {
    values[prefix] = String(nested);
    return values;
  }
  // Array.from, not map: a list with a hole (a row the browser did not send) must not break it.
  const entries: [string, unknown][] = Array.isArray(nested) ? Array.from(nested, (item, index) => [String(index), item]) : Object.entries(nested as Nested);
  for (const [key, item] of entries) Object.assign(values, flattenValues(item, prefix ? `${prefix}.${key}` : key));
  return values;
}

/** The list at a dotted path ("rounds.0.workshops") inside nested values, created when missing. */
function listAt(root: Record<string, unknown>, path: string): unknown[] | null {
  let node: unknown = root;
  const parts = path.split(".");
  for (const [index, part] of parts.entries()) {
    if (node === null || typeof node !== "object") return null;
    const container = node as Record<string, unknown>;
    if (container[part] === undefined) container[part] = index === parts.length - 1 ? [] : {};
    node = container[part];
  }
  if (!Array.isArray(node)) return null;
  // Holes (rows the browser did not send) become empty rows.
  for (let index = 0; index < node.length; index += 1) node[index] ??= {};
  return node;
}

const LIST_PATH = /^(contactPersons|speakers|programme|rounds|meetings|questions|rounds\.\d{1,3}\.workshops)$/;

/**
 * The form's row buttons, done on the server so they work without JavaScript: add:<list>, remove:<list>.<i>,
 * up:<list>.<i>, down:<list>.<i>. Returns the new values, or null for an unknown intent.
 */
export function applyRowIntent(values: FormValues, intent: string): FormValues | null {
  const match = /^(add|remove|up|down):(.+?)(?:\.(\d{1,3}))?$/.exec(intent);
  if (!match) return null;
  const [, verb, path, indexText] = match as unknown as [string, "add" | "remove" | "up" | "down", string, string | undefined];
  if (!LIST_PATH.test(path) || (verb === "add") !== (indexText === undefined)) return null;
  const nested = nestValues(values);
  const list = listAt(nested, path);
  if (!list) return null;
  const index = Number(indexText);
  if (verb === "add") list.push(newRow(path));
  else if (index >= list.length) return null;
  else if (verb === "remove") list.splice(index, 1);
  else {
    const other = verb === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= list.length) return flattenValues(nested);
    [list[index], list[other]] = [list[other], list[index]];
  }
  return flattenValues(nested);
}

function newRow(path: string): Record<string, unknown> {
  if (path === "rounds") return { kind: "workshops", workshops: [{ title: "" }, { title: "" }] };
  if (path === "meetings") return { mode: "physical" };
  if (path === "questions") return { kind: "short_text" };
  return { title: "", name: "" };
}

/** The number of rows a list has in the form's values. */
export function rowCount(values: FormValues, path: string): number {
  const prefix = `${path}.`;
  let count = 0;
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue;
    const index = /^(\d+)\./.exec(key.slice(prefix.length));
    if (index) count = Math.max(count, Number(index[1]) + 1);
  }
  return count;
}

/** "Back to Basics: congrestival 2027!" → "back-to-basics-congrestival-2027" */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, EVENT_LIMITS.slug)
    .replace(/-+$/, "");
}

/** What the form shows for an event as stored (edit) or for a new one. */
export type EditableEvent = {
  version: number;
  title: string;
  slug: string;
  format: string;
  summary: string;
  body: string;
  audience: string | null;
  organiser: string;
  partners: string[];
  startsAt: Date;
  endsAt: Date;
  attendanceMode: string;
  venueName: string | null;
  venueAddress: string | null;
  venuePostcode: string | null;
  venueCity: string | null;
  venueRouteNotes: string | null;
  onlinePlatform: string | null;
  onlineJoinUrl: string | null;
  onlineJoinDetails: string | null;
  priceCents: number;
  lunchProvided: boolean;
  capacityPhysical: number | null;
  capacityOnline: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  waitlistEnabled: boolean;
  requiresApproval: boolean;
  registersTeams: boolean;
  acceptsQuestions: boolean;
  statusNote: string | null;
  contactPersons: { name: string; role: string | null; email: string | null; phone: string | null }[];
  speakers: { name: string; description: string | null }[];
  programmeItems: { startsAt: Date | null; endsAt: Date | null; title: string; description: string | null }[];
  rounds: { id: number; kind: string; title: string | null; startsAt: Date; endsAt: Date; workshops: { id: number; title: string; description: string; hosts: string | null; room: string | null; capacity: number | null; onSiteOnly: boolean }[] }[];
  meetings: { title: string | null; startsAt: Date; endsAt: Date; mode: string; place: string | null }[];
  questions: { id: number; label: string; help: string | null; kind: string; required: boolean; options: string[] }[];
};

const flag = (value: boolean) => (value ? "on" : undefined);
const count = (value: number | null) => (value === null ? "" : String(value));

export function valuesFromEvent(event: EditableEvent): FormValues {
  return flattenValues({
    version: String(event.version),
    title: event.title,
    slug: event.slug,
    format: event.format,
    summary: event.summary,
    body: event.body,
    audience: event.audience,
    organiser: event.organiser,
    partners: event.partners.join("\n"),
    startsAt: toLocalInput(event.startsAt),
    endsAt: toLocalInput(event.endsAt),
    attendanceMode: event.attendanceMode,
    venueUnknown: flag(event.attendanceMode !== "online" && !event.venueName),
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    venuePostcode: event.venuePostcode,
    venueCity: event.venueCity,
    venueRouteNotes: event.venueRouteNotes,
    onlinePlatform: event.onlinePlatform,
    onlineJoinUrl: event.onlineJoinUrl,
    onlineJoinDetails: event.onlineJoinDetails,
    priceCents: (event.priceCents / 100).toFixed(2).replace(".", ",").replace(/,00$/, ""),
    lunchProvided: flag(event.lunchProvided),
    capacityPhysical: count(event.capacityPhysical),
    capacityOnline: count(event.capacityOnline),
    registrationOpensAt: toLocalInput(event.registrationOpensAt),
    registrationClosesAt: toLocalInput(event.registrationClosesAt),
    waitlistEnabled: flag(event.waitlistEnabled),
    requiresApproval: flag(event.requiresApproval),
    registersTeams: flag(event.registersTeams),
    acceptsQuestions: flag(event.acceptsQuestions),
    statusNote: event.statusNote,
    contactPersons: event.contactPersons.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
    speakers: event.speakers.map(({ name, description }) => ({ name, description })),
    programme: event.programmeItems.map((item) => ({ startsAt: toLocalInput(item.startsAt), endsAt: toLocalInput(item.endsAt), title: item.title, description: item.description })),
    rounds: event.rounds.map((round) => ({
      id: String(round.id),
      kind: round.kind,
      title: round.title,
      startsAt: toLocalInput(round.startsAt),
      endsAt: toLocalInput(round.endsAt),
      workshops: round.workshops.map((workshop) => ({ id: String(workshop.id), title: workshop.title, description: workshop.description, hosts: workshop.hosts, room: workshop.room, capacity: count(workshop.capacity), onSiteOnly: flag(workshop.onSiteOnly) })),
    })),
    meetings: event.meetings.map((meeting) => ({ title: meeting.title, startsAt: toLocalInput(meeting.startsAt), endsAt: toLocalInput(meeting.endsAt), mode: meeting.mode, place: meeting.place })),
    questions: event.questions.map((question) => ({ id: String(question.id), label: question.label, help: question.help, kind: question.kind, required: flag(question.required), options: question.options.join("\n") })),
  });
}

/** A new event's form: the usual choices filled in. */
export const newEventValues: FormValues = { format: "leercafe", attendanceMode: "physical", priceCents: "0", organiser: "Movisie" };

/** The shared ActionState, plus what this form needs: a revision to re-render typed values, preview, confirm, conflict. */
export type EventFormState = ActionState & {
  revision?: number;
  /** Show the Markdown preview of the description. */
  preview?: boolean;
  /** A capacity goes below the places taken: ask for the confirmation checkbox. */
  confirmCapacity?: boolean;
  /** Someone else saved first: offer the newest version. */
  conflict?: boolean;
};
