import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { TIME_ZONE } from "@/lib/dates";

// Dutch public holidays (feestdagen), for keeping demo dates off days most professionals are off. Goede
// Vrijdag is left out: it is a working day for most of the sector (only some collective agreements give it),
// and a Friday event that moves a week later for it would surprise more than it helps. Bevrijdingsdag counts
// every year, not only in lustrum years: many organisations close, and an event on 5 May is unlikely anyway.

/** Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus/Jones/Butcher), as "yyyy-MM-dd". */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every Dutch public holiday of a year, by its Dutch name, keyed "yyyy-MM-dd". */
export function dutchPublicHolidays(year: number): Map<string, string> {
  const [y, m, d] = easterSunday(year).split("-").map(Number) as [number, number, number];
  const easter = new Date(Date.UTC(y, m - 1, d));
  const fromEaster = (days: number) => addDays(easter, days).toISOString().slice(0, 10);
  const day = (month: number, date: number) => `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
  // Koningsdag moves to Saturday 26 April when 27 April is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? day(4, 26) : day(4, 27);
  return new Map([
    [day(1, 1), "Nieuwjaarsdag"],
    [fromEaster(0), "Eerste Paasdag"],
    [fromEaster(1), "Tweede Paasdag"],
    [kingsDay, "Koningsdag"],
    [day(5, 5), "Bevrijdingsdag"],
    [fromEaster(39), "Hemelvaartsdag"],
    [fromEaster(49), "Eerste Pinksterdag"],
    [fromEaster(50), "Tweede Pinksterdag"],
    [day(12, 25), "Eerste Kerstdag"],
    [day(12, 26), "Tweede Kerstdag"],
  ]);
}

/** The holiday an instant falls on in Amsterdam, or null. */
export function dutchPublicHoliday(instant: Date): string | null {
  const local = format(new TZDate(instant, TIME_ZONE), "yyyy-MM-dd");
  return dutchPublicHolidays(Number(local.slice(0, 4))).get(local) ?? null;
}
