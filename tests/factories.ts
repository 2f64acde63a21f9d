import { addDays, addHours } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createEvent, type NewEvent } from "@/lib/events/create-event";
import { newManageToken } from "@/lib/registration/manage-token";

let sequence = 0;

/** An event with sensible defaults; override what the test is about. */
export function buildEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  sequence += 1;
  const startsAt = overrides.startsAt ?? addDays(new Date(), 14);
  return {
    slug: `testbijeenkomst-${sequence}`,
    title: `Testbijeenkomst ${sequence}`,
    format: "themabijeenkomst",
    status: "published",
    summary: "Een bijeenkomst voor de tests.",
    body: "Tekst.",
    organiser: "Movisie",
    startsAt,
    endsAt: addHours(startsAt, 3),
    attendanceMode: "physical",
    venueName: "Buurthuis De Linde",
    venueCity: "Utrecht",
    capacityPhysical: 20,
    ...overrides,
  };
}

export function makeEvent(db: PrismaClient, overrides: Partial<NewEvent> = {}) {
  return createEvent(db, buildEvent(overrides));
}

export function registrationData(eventId: number, email: string, overrides: Record<string, unknown> = {}) {
  return {
    eventId,
    status: "confirmed" as const,
    attendanceMode: "physical" as const,
    name: "Test Deelnemer",
    email,
    activeEmail: email.toLowerCase(),
    manageToken: newManageToken(),
    consentAt: new Date(),
    ...overrides,
  };
}

/** A minisymposium as the seed describes it: online only, questions taken; override what the test is about. */
export function makeSymposium(db: PrismaClient, overrides: Partial<NewEvent> = {}) {
  return makeEvent(db, {
    format: "minisymposium",
    attendanceMode: "online",
    venueName: null,
    venueCity: null,
    capacityPhysical: null,
    capacityOnline: 300,
    onlinePlatform: "Microsoft Teams",
    acceptsQuestions: true,
    ...overrides,
  });
}
