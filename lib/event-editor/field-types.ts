// The zod field types of the organisers' event form (text, dates in Amsterdam time, capacity, price, lines,
// row ids) and the conversion between a datetime-local input and an instant.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";
import { TIME_ZONE } from "@/lib/dates";
import { CONTROL_CHARACTER_MESSAGE, isPlainLine, isPlainText } from "@/lib/forms/plain-text";

export const EVENT_LIMITS = { title: 200, slug: 100, summary: 500, body: 20_000, line: 200, note: 2000, capacity: 100_000 } as const;

export const tooLong = (max: number) => `Dit is te lang (hooguit ${max} tekens).`;
/**
 * A browser posts a textarea's line ends as CRLF: stored as LF, so a save that changed nothing changes
 * nothing (and the audit log does not report it), and a line end counts as one character, as in the field.
 */
const lineEnds = (value: string) => value.replace(/\r\n?/g, "\n");
export const text = (max: number) =>
  z.string().transform(lineEnds).pipe(z.string().trim().max(max, tooLong(max)).refine(isPlainText, CONTROL_CHARACTER_MESSAGE));
export const requiredText = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .transform(lineEnds)
    .pipe(z.string().trim().min(1, missing).max(max, tooLong(max)).refine(isPlainText, CONTROL_CHARACTER_MESSAGE));
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((value) => value || null);
export const checkbox = z
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

export const dateTime = (missing: string) =>
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
export const optionalDateTime = z
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
export const capacity = z
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

/** A whole number from `min` to `max` (hours an offer is held, months data is kept); empty gives `empty`. */
export const wholeNumber = <Empty extends number | null>(min: number, max: number, empty: Empty, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context): number | Empty => {
      if (!value) return empty;
      if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return Number(value);
    });

/** "0", "12,50", "€ 12.50" → cents. */
export const price = z
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

export const lines = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(max, tooLong(max)).refine(isPlainLine, CONTROL_CHARACTER_MESSAGE)).max(50, "Hooguit 50 regels."));

export const rowId = z
  .string()
  .optional()
  .transform((value) => (value && /^\d{1,9}$/.test(value) ? Number(value) : null));
