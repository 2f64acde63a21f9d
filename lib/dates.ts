import { TZDate } from "@date-fns/tz";
import { addWeeks, format, isSameDay } from "date-fns";
import { nl } from "date-fns/locale";

/** Every date Bijeen shows is in the institute's own time zone, whatever the server's. */
export const TIME_ZONE = "Europe/Amsterdam";

export function inAmsterdam(date: Date): TZDate {
  return new TZDate(date, TIME_ZONE);
}

/** "dinsdag 22 november 2022" */
export function formatDutchDate(date: Date): string {
  return format(inAmsterdam(date), "EEEE d MMMM yyyy", { locale: nl });
}

/** "dinsdag 22 november 2022 om 14.00 uur" */
export function formatDutchDateTime(date: Date): string {
  return `${formatDutchDate(date)} om ${formatDutchTime(date)}${NO_BREAK_SPACE}uur`;
}

/** "2 dec. 14.00", for a table cell. */
export function formatDutchShortDateTime(date: Date): string {
  return format(inAmsterdam(date), "d MMM HH.mm", { locale: nl });
}

/** "14.00" */
export function formatDutchTime(date: Date): string {
  return format(inAmsterdam(date), "HH.mm", { locale: nl });
}

/**
 * An en dash between two times, with a word joiner after it: browsers may break a line after an en dash,
 * and a range split over two lines reads as two times.
 */
export const RANGE_DASH = "\u2013\u2060";
/** Keeps "uur" on the line of its time. */
const NO_BREAK_SPACE = "\u00a0";

/** "10.00–11.00", for a programme whose column says the unit. */
export function formatDutchTimes(startsAt: Date, endsAt: Date): string {
  return `${formatDutchTime(startsAt)}${RANGE_DASH}${formatDutchTime(endsAt)}`;
}

/**
 * "dinsdag 22 november 2022, 14.00–18.00 uur"; across days
 * "dinsdag 22 november 2022, 14.00 uur – woensdag 23 november 2022, 12.00 uur".
 */
export function formatDutchDateTimeRange(startsAt: Date, endsAt: Date): string {
  if (isSameDay(inAmsterdam(startsAt), inAmsterdam(endsAt))) {
    return `${formatDutchDate(startsAt)}, ${formatDutchTimeRange(startsAt, endsAt)}`;
  }
  return `${formatDutchDate(startsAt)}, ${formatDutchTime(startsAt)}${NO_BREAK_SPACE}uur \u2013 ${formatDutchDate(endsAt)}, ${formatDutchTime(endsAt)}${NO_BREAK_SPACE}uur`;
}

/** "14.00–16.00 uur", never broken across lines. */
export function formatDutchTimeRange(startsAt: Date, endsAt: Date): string {
  return `${formatDutchTimes(startsAt, endsAt)}${NO_BREAK_SPACE}uur`;
}

/** "01-12-2026 20:04": a date and time that Dutch Excel reads as one value (so a column of them sorts). */
export function formatSpreadsheetDateTime(date: Date): string {
  return format(inAmsterdam(date), "dd-MM-yyyy HH:mm");
}

/** Machine-readable instant for <time dateTime>. */
export function isoDateTime(date: Date): string {
  return date.toISOString();
}

/**
 * Moves a date by whole weeks in Amsterdam wall-clock time, so weekday and time of day survive a change
 * between summer and winter time.
 */
export function addWeeksInAmsterdam(date: Date, weeks: number): Date {
  return new Date(addWeeks(inAmsterdam(date), weeks).getTime());
}

/** The smallest whole number of weeks that moves `date` to at least `earliest`. */
export function weeksUntilOnOrAfter(date: Date, earliest: Date): number {
  const week = 7 * 24 * 60 * 60 * 1000;
  let weeks = Math.max(0, Math.ceil((earliest.getTime() - date.getTime()) / week) - 1);
  while (addWeeksInAmsterdam(date, weeks) < earliest) weeks += 1;
  return weeks;
}

/** An instant given as Amsterdam wall-clock time: amsterdamTime("2022-11-22 14:00"). */
export function amsterdamTime(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Onbekende tijd: ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(new TZDate(year, month - 1, day, hour, minute, TIME_ZONE).getTime());
}
