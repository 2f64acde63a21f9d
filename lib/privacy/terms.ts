import { addMonths } from "date-fns";

// The retention terms as plain rules, for the job, the admin and the privacy page.

/** When an event's personal data goes: `months` after it ends. */
export function retentionEnd(endsAt: Date, months: number): Date {
  return addMonths(endsAt, months);
}

/** "12 maanden", "1 maand" */
export function monthsLabel(months: number): string {
  return `${months} ${months === 1 ? "maand" : "maanden"}`;
}
