import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, endOfMonth, format as formatDate } from "date-fns";
import { z } from "zod";
import { TIME_ZONE } from "@/lib/dates";
import { EVENT_FORMATS } from "@/lib/events/formats";
import type { AttendanceMode, EventFormat } from "@/lib/generated/prisma/enums";
import { withoutControlCharacters } from "@/lib/forms/plain-text";

// The listing's filters, read from the URL with the same names the JSON API uses:
// format (repeatable), mode, q, from, to (YYYY-MM-DD, Europe/Amsterdam), page.

export const EVENTS_PER_PAGE = 12;
export const ATTENDANCE_MODES = ["physical", "online", "hybrid"] as const satisfies readonly AttendanceMode[];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Gebruik een datum als 2026-12-31.")
  .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "Deze datum bestaat niet.");

const fieldSchemas = {
  format: z.array(z.enum(EVENT_FORMATS, { error: "Onbekende vorm." })),
  mode: z.enum(ATTENDANCE_MODES, { error: "Kies op locatie, online of hybride." }).optional(),
  q: z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(200, "Zoek met hooguit 200 tekens.")).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  page: z.coerce.number({ error: "Paginanummer moet een getal zijn." }).int("Paginanummer moet een heel getal zijn.").min(1, "Paginanummer begint bij 1.").max(100_000, "Paginanummer is te groot."),
};

export type EventFilters = {
  format: EventFormat[];
  mode?: AttendanceMode;
  q?: string;
  from?: string;
  to?: string;
  page: number;
};

export type FilterField = keyof EventFilters;
export type FilterErrors = Partial<Record<FilterField, string[]>>;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function toUrlSearchParams(input: SearchParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/**
 * Reads the filters leniently: a bad value is dropped and reported in `errors`, so the page can still show
 * results with a message, and the API can answer 400 with the same messages.
 */
export function parseEventFilters(input: SearchParamsInput): { filters: EventFilters; errors: FilterErrors } {
  const params = toUrlSearchParams(input);
  const errors: FilterErrors = {};
  const read = <K extends keyof typeof fieldSchemas>(field: K, raw: unknown) => {
    const result = fieldSchemas[field].safeParse(raw);
    if (result.success) return result.data as z.infer<(typeof fieldSchemas)[K]>;
    errors[field] = result.error.issues.map((issue) => issue.message);
    return undefined;
  };
  const blankToUndefined = (value: string | null) => (value === null || value.trim() === "" ? undefined : value);

  const formats = params.getAll("format").flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
  const filters: EventFilters = {
    format: [...new Set(read("format", formats) ?? [])],
    mode: read("mode", blankToUndefined(params.get("mode"))),
    q: read("q", blankToUndefined(params.get("q"))) || undefined,
    from: read("from", blankToUndefined(params.get("from"))),
    to: read("to", blankToUndefined(params.get("to"))),
    page: read("page", blankToUndefined(params.get("page")) ?? "1") ?? 1,
  };
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.to = ["De einddatum ligt voor de begindatum."];
    filters.to = undefined;
  }
  for (const field of Object.keys(errors) as FilterField[]) {
    if (field !== "format" && field !== "page") delete filters[field];
  }
  return { filters, errors };
}

/** The URL query for a set of filters, leaving out what is empty or default. */
export function filtersToQuery(filters: Partial<EventFilters>): string {
  const params = new URLSearchParams();
  for (const format of filters.format ?? []) params.append("format", format);
  if (filters.mode) params.set("mode", filters.mode);
  if (filters.q) params.set("q", filters.q);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Start of a day in Amsterdam, as an instant. */
export function startOfAmsterdamDay(isoDayString: string): Date {
  const [year, month, day] = isoDayString.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, TIME_ZONE).getTime());
}

/**
 * The period presets offered next to the date fields: ahead for the agenda, behind for the archive (where
 * "this month" from today would never match).
 */
export function periodPresets(scope: "upcoming" | "archive" = "upcoming", now: Date = new Date()) {
  const today = new TZDate(now, TIME_ZONE);
  const day = (date: Date) => formatDate(date, "yyyy-MM-dd");
  if (scope === "archive") {
    const lastYear = today.getFullYear() - 1;
    return [
      { label: "Afgelopen drie maanden", from: day(addDays(addMonths(today, -3), 1)), to: day(today) },
      { label: "Dit jaar", from: `${today.getFullYear()}-01-01`, to: day(today) },
      { label: "Vorig jaar", from: `${lastYear}-01-01`, to: `${lastYear}-12-31` },
    ];
  }
  return [
    { label: "Deze maand", from: day(today), to: day(endOfMonth(today)) },
    { label: "Komende drie maanden", from: day(today), to: day(addDays(addMonths(today, 3), -1)) },
  ];
}

/**
 * The listing's page title: its own (`null` for the site's default on the agenda), or "Fout: …" when a filter in
 * the address could not be used, so a screen reader hears it first, also without JavaScript.
 */
export function listingTitle(input: SearchParamsInput, title: string | null): { title?: string } {
  const { errors } = parseEventFilters(input);
  if (Object.keys(errors).length > 0) return { title: `Fout: ${title ?? "Agenda"}` };
  return title === null ? {} : { title };
}
