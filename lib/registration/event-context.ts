import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationMailContext } from "@/lib/mail/registration-mails";

// What the registration transactions need to know about an event, read inside the transaction.

export const registrationEventInclude = {
  rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } },
  questions: { orderBy: { position: "asc" } },
  meetings: { orderBy: { number: "asc" } },
} satisfies Prisma.EventInclude;

export type RegistrationEvent = Prisma.EventGetPayload<{ include: typeof registrationEventInclude }>;

export async function loadRegistrationEvent(tx: Prisma.TransactionClient, where: { slug: string } | { id: number }): Promise<RegistrationEvent | null> {
  return tx.event.findFirst({ where: { ...where, status: { not: "draft" } }, include: registrationEventInclude });
}

export const registrationWithChoices = { workshops: { include: { workshop: true, round: true } } } satisfies Prisma.RegistrationInclude;
export type RegistrationWithChoices = Prisma.RegistrationGetPayload<{ include: typeof registrationWithChoices }>;

export function mailContext(event: RegistrationEvent, registration: RegistrationWithChoices, baseUrl: string): RegistrationMailContext {
  return {
    baseUrl,
    event,
    registration: {
      name: registration.name,
      manageToken: registration.manageToken,
      status: registration.status,
      attendanceMode: registration.attendanceMode,
      workshops: registration.workshops
        .map((choice) => ({ roundNumber: choice.round.number, workshopNumber: choice.workshop.number, title: choice.workshop.title }))
        .sort((a, b) => a.roundNumber - b.roundNumber),
    },
  };
}
