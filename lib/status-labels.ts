import type { EventStatus, MailStatus, RegistrationStatus } from "@/lib/generated/prisma/enums";

// Dutch words for the admin's tables and filters.

export const eventStatusLabels: Record<EventStatus, string> = {
  draft: "Concept",
  published: "Gepubliceerd",
  cancelled: "Geannuleerd",
  postponed: "Verplaatst",
};

export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  confirmed: "Bevestigd",
  waitlisted: "Wachtlijst",
  pending: "Intake",
  cancelled: "Geannuleerd",
  rejected: "Afgewezen",
  offered: "Plek aangeboden",
};

export const mailStatusLabels: Record<MailStatus, string> = {
  queued: "In de wachtrij",
  sent: "Verstuurd",
  failed: "Mislukt",
};
