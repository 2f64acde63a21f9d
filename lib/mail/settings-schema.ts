import { z } from "zod";
import { MAX_SELF_SERVICE_HOURS } from "@/lib/registration/self-service";

// The event's reminder days and self-service deadline, as the mail page's settings form sends them.

export const MAX_REMINDER_DAYS = 60;

export const mailSettingsSchema = z.object({
  reminderDays: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const parts = value === "" ? [] : value.split(/[\s,;]+/).filter(Boolean);
      const days = parts.map(Number);
      if (days.some((day) => !Number.isInteger(day) || day < 1 || day > MAX_REMINDER_DAYS)) {
        ctx.addIssue({ code: "custom", message: `Geef hele dagen tussen 1 en ${MAX_REMINDER_DAYS}, gescheiden door komma's, bijvoorbeeld 7, 1.` });
        return z.NEVER;
      }
      return [...new Set(days)].sort((a, b) => b - a);
    })
    .pipe(z.array(z.number()).max(5, "Hooguit vijf herinneringen.")),
  selfServiceHours: z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return null;
      const hours = Number(value);
      if (!Number.isInteger(hours) || hours < 1 || hours > MAX_SELF_SERVICE_HOURS) {
        ctx.addIssue({ code: "custom", message: `Geef een heel aantal uren tussen 1 en ${MAX_SELF_SERVICE_HOURS}, of laat het leeg.` });
        return z.NEVER;
      }
      return hours;
    }),
});
export type MailSettingsInput = z.infer<typeof mailSettingsSchema>;
