import { z } from "zod";
import { EVENT_FORMATS } from "@/lib/events/formats";
import { capacity, checkbox, dateTime, EVENT_LIMITS, lines, optionalDateTime, optionalText, price, requiredText, rowId, text, tooLong, wholeNumber } from "@/lib/event-editor/field-types";

/** The database's CHECKs on Event.offerHours and Event.retentionMonths. */
export const MAX_OFFER_HOURS = 336;
export const MAX_RETENTION_MONTHS = 120;

// The organisers' event form: one zod schema for every field of an event and its nested lists, shared by
// the form (field names, limits, labels) and its server action (create and update variants). The form posts
// flat names ("rounds.0.workshops.2.capacity"); nestValues (form-values.ts) turns them into the object the
// schema reads, and zod's issue paths come back as the same names, so each error lands next to its own field.

export { EVENT_LIMITS };

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
  waitlistOffers: "Vrijgekomen plek eerst aanbieden",
  offerHours: "Uren om een aangeboden plek te accepteren",
  retentionMonths: "Bewaartermijn in maanden",
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
  waitlistOffers: checkbox,
  offerHours: wholeNumber(1, MAX_OFFER_HOURS, 24, `Vul een heel aantal uren in, van 1 tot ${MAX_OFFER_HOURS}.`),
  retentionMonths: wholeNumber(1, MAX_RETENTION_MONTHS, null, `Vul een heel aantal maanden in, van 1 tot ${MAX_RETENTION_MONTHS}, of laat het leeg voor de standaardtermijn.`),
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

