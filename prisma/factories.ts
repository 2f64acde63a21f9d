import { randomBytes } from "node:crypto";
import { addDays, addHours } from "date-fns";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AdminRole } from "@/lib/generated/prisma/enums";
import { createEvent, type NewEvent } from "@/lib/events/create-event";
import { newCheckInCode } from "@/lib/check-in/code";
import { newManageToken } from "@/lib/registration/manage-token";

// Factories for events, registrations and organisers, shared by the seed, the integration tests
// (tests/factories.ts) and the browser tests (tests/e2e/fixtures.ts): sensible defaults, overridden by what
// the caller is about.

let sequence = 0;
// Browser tests in several worker processes share one database: slugs must differ between processes too.
const processTag = randomBytes(3).toString("hex");

/** An event with sensible defaults; override what the test is about. */
export function buildEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  sequence += 1;
  const startsAt = overrides.startsAt ?? addDays(new Date(), 14);
  return {
    slug: `testbijeenkomst-${processTag}-${sequence}`,
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

/** The columns of a registration (confirmed, on site, consent given): for `db.registration.create({ data })`. */
export function registrationData(eventId: number, email: string, overrides: Partial<Prisma.RegistrationUncheckedCreateInput> = {}): Prisma.RegistrationUncheckedCreateInput {
  return {
    eventId,
    status: "confirmed",
    attendanceMode: "physical",
    name: "Test Deelnemer",
    email,
    activeEmail: email.toLowerCase(),
    manageToken: newManageToken(),
    checkInCode: newCheckInCode(),
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

/** An organiser account without a password (tests sign it in with a session of their own). */
export function makeOrganiser(db: PrismaClient, overrides: { name?: string; email?: string; role?: AdminRole } = {}) {
  const id = randomBytes(16).toString("hex");
  return db.user.create({
    data: { id, name: "Olga Organisator", email: `organisator-${id}@example.org`, emailVerified: true, role: "beheerder", ...overrides },
    select: { id: true, name: true, email: true, role: true },
  });
}
