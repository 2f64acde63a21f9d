import "server-only";
import { TZDate } from "@date-fns/tz";
import { addDays, differenceInCalendarDays } from "date-fns";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { editorInclude } from "@/lib/event-editor/editor-event";
import type { Actor } from "@/lib/event-editor/save";
import { EVENT_LIMITS, toLocalInput } from "@/lib/event-editor/field-types";
import { queueEventNotice } from "@/lib/event-editor/notices";
import { eventStatusLabels } from "@/lib/status-labels";
import { TIME_ZONE, inAmsterdam } from "@/lib/dates";
import { createEvent } from "@/lib/events/create-event";
import type { Effects } from "@/lib/effects";
import { ACTIVE_STATUSES } from "@/lib/registration/capacity/rules";
import type { FieldErrors } from "@/lib/forms/action-state";
import { CONTROL_CHARACTER_MESSAGE, isPlainText } from "@/lib/forms/plain-text";

// An event's life after its form: publish, back to draft, cancel or postpone (with a mail to everyone
// registered), duplicate as a new edition, delete. Each writes its audit entry in its own transaction.

export type LifecycleOutcome =
  | ({ kind: "done"; message: string; eventId: number | null } & Effects)
  | { kind: "refused"; message: string; fieldErrors?: FieldErrors }
  | { kind: "not_found" };

type Options = { actor: Actor; baseUrl: string; now?: Date };

const notFound: LifecycleOutcome = { kind: "not_found" };

async function activeCount(db: Pick<PrismaClient, "registration">, eventId: number) {
  return db.registration.count({ where: { eventId, status: { in: [...ACTIVE_STATUSES] } } });
}

export async function publishEvent(db: PrismaClient, id: number, { actor }: Options): Promise<LifecycleOutcome> {
  return db.$transaction(async (tx): Promise<LifecycleOutcome> => {
    const event = await tx.event.findUnique({ where: { id }, select: { id: true, slug: true, title: true, status: true } });
    if (!event) return notFound;
    if (event.status === "published") return { kind: "refused", message: "Dit evenement is al gepubliceerd." };
    await tx.event.update({ where: { id }, data: { status: "published", statusNote: null, version: { increment: 1 } } });
    const message = `"${event.title}" gepubliceerd (was: ${eventStatusLabels[event.status].toLowerCase()}).`;
    await recordAudit(tx, { actor, eventId: id, action: "event.publish", summary: message });
    return { kind: "done", message, mailIds: [], eventId: id, eventSlugs: [event.slug], listingsChanged: true };
  });
}

export async function unpublishEvent(db: PrismaClient, id: number, { actor }: Options): Promise<LifecycleOutcome> {
  return db.$transaction(async (tx): Promise<LifecycleOutcome> => {
    const event = await tx.event.findUnique({ where: { id }, select: { id: true, slug: true, title: true, status: true } });
    if (!event) return notFound;
    if (event.status === "draft") return { kind: "refused", message: "Dit evenement is al een concept." };
    const active = await activeCount(tx, id);
    if (active > 0) {
      return {
        kind: "refused",
        message: `Er ${active === 1 ? "is 1 aanmelding" : `zijn ${active} aanmeldingen`}; een concept is voor hen niet meer te zien. Annuleer of verplaats het evenement in plaats daarvan.`,
      };
    }
    await tx.event.update({ where: { id }, data: { status: "draft", version: { increment: 1 } } });
    const message = `"${event.title}" teruggezet naar concept; het staat niet meer op de site.`;
    await recordAudit(tx, { actor, eventId: id, action: "event.unpublish", summary: message });
    return { kind: "done", message, mailIds: [], eventId: id, eventSlugs: [event.slug], listingsChanged: true };
  });
}

export const statusChangeSchema = z.object({
  reason: z.string({ error: "Vul de reden in." }).trim().min(5, "Vul de reden in; deelnemers lezen die in hun mail en op de site.").max(EVENT_LIMITS.note, "Dit is te lang (hooguit 2000 tekens).").refine(isPlainText, CONTROL_CHARACTER_MESSAGE),
  confirm: z.literal("on", { error: "Vink aan dat je dit zeker weet." }),
});

/** Cancelled or postponed, with the reason shown on the site and mailed to everyone registered. */
export async function changeEventStatus(db: PrismaClient, id: number, status: "cancelled" | "postponed", input: unknown, { actor, baseUrl }: Options): Promise<LifecycleOutcome> {
  const parsed = statusChangeSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { kind: "refused", message: "Controleer de velden die hieronder zijn gemarkeerd.", fieldErrors };
  }
  return db.$transaction(async (tx): Promise<LifecycleOutcome> => {
    const event = await tx.event.findUnique({ where: { id } });
    if (!event) return notFound;
    if (event.status === "draft") return { kind: "refused", message: "Een concept kun je niet annuleren of verplaatsen; verwijder het of pas het aan." };
    if (event.status === status) return { kind: "refused", message: `Dit evenement is al ${eventStatusLabels[status].toLowerCase()}.` };
    const updated = await tx.event.update({ where: { id }, data: { status, statusNote: parsed.data.reason, version: { increment: 1 } } });
    const mailIds = await queueEventNotice(tx, status === "cancelled" ? "event_cancelled" : "event_postponed", updated, baseUrl);
    const word = status === "cancelled" ? "geannuleerd" : "verplaatst";
    const message = `"${event.title}" ${word}; ${mailIds.length === 1 ? "1 deelnemer krijgt" : `${mailIds.length} deelnemers krijgen`} een mail.`;
    await recordAudit(tx, { actor, eventId: id, action: status === "cancelled" ? "event.cancel" : "event.postpone", summary: `${message} Reden: ${parsed.data.reason}`, details: { mails: mailIds.length } });
    return { kind: "done", message, mailIds, eventId: id, eventSlugs: [event.slug], listingsChanged: true };
  });
}

export const duplicateSchema = z.object({
  startDate: z
    .string({ error: "Vul de datum van de nieuwe editie in." })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul de datum van de nieuwe editie in."),
});

/** The same weekday, 52 weeks later: the usual next edition. */
export function suggestedNextEdition(startsAt: Date): string {
  return toLocalInput(addDays(inAmsterdam(startsAt), 364)).slice(0, 10);
}

/** A copy of everything but registrations, as a draft, every date moved by the same number of days (Amsterdam wall clock). */
export async function duplicateEvent(db: PrismaClient, id: number, input: unknown, { actor }: Options): Promise<LifecycleOutcome> {
  const parsed = duplicateSchema.safeParse(input);
  if (!parsed.success) return { kind: "refused", message: "Vul de datum van de nieuwe editie in.", fieldErrors: { startDate: [parsed.error.issues[0]!.message] } };
  const [year, month, day] = parsed.data.startDate.split("-").map(Number) as [number, number, number];
  return db.$transaction(async (tx): Promise<LifecycleOutcome> => {
    const source = await tx.event.findUnique({ where: { id }, include: editorInclude });
    if (!source) return notFound;
    const days = differenceInCalendarDays(new TZDate(year, month - 1, day, TIME_ZONE), inAmsterdam(source.startsAt));
    const shift = (date: Date) => new Date(addDays(inAmsterdam(date), days).getTime());
    const shiftOptional = (date: Date | null) => (date ? shift(date) : null);
    const base = `${source.slug.replace(/-(kopie|\d{4})(-\d+)?$/, "")}-${year}`;
    let slug = base;
    for (let attempt = 2; await tx.event.findUnique({ where: { slug }, select: { id: true } }); attempt += 1) slug = `${base}-${attempt}`;
    const { id: _id, version: _version, createdAt: _createdAt, updatedAt: _updatedAt, searchText: _searchText, contactPersons, speakers, programmeItems, rounds, meetings, questions, ...fields } = source;
    const copy = await createEvent(tx, {
      ...fields,
      slug,
      status: "draft",
      statusNote: null,
      startsAt: shift(source.startsAt),
      endsAt: shift(source.endsAt),
      registrationOpensAt: shiftOptional(source.registrationOpensAt),
      registrationClosesAt: shiftOptional(source.registrationClosesAt),
      contactPersons: contactPersons.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
      speakers: speakers.map(({ name, description }) => ({ name, description })),
      programme: programmeItems.map(({ startsAt, endsAt, title, description }) => ({ startsAt: shiftOptional(startsAt), endsAt: shiftOptional(endsAt), title, description })),
      rounds: rounds.map((round) => ({
        number: round.number,
        kind: round.kind,
        title: round.title,
        startsAt: shift(round.startsAt),
        endsAt: shift(round.endsAt),
        workshops: round.workshops.map(({ number, title, description, hosts, room, capacity, onSiteOnly }) => ({ number, title, description, hosts, room, capacity, onSiteOnly })),
      })),
      meetings: meetings.map(({ number, title, startsAt, endsAt, mode, place }) => ({ number, title, startsAt: shift(startsAt), endsAt: shift(endsAt), mode, place })),
      questions: questions.map(({ label, help, kind, required, options }) => ({ label, help, kind, required, options })),
    });
    const message = `Nieuwe editie van "${source.title}" gemaakt als concept, ${days} dagen later. Controleer de datums en tijden.`;
    await recordAudit(tx, { actor, eventId: copy.id, action: "event.duplicate", summary: message, details: { sourceEventId: source.id } });
    await recordAudit(tx, { actor, eventId: source.id, action: "event.duplicate", summary: `Gekopieerd naar een nieuwe editie (${slug}).`, details: { copyEventId: copy.id } });
    return { kind: "done", message, mailIds: [], eventId: copy.id, eventSlugs: [slug], listingsChanged: true };
  });
}

export const deleteSchema = z.object({ confirm: z.literal("on", { error: "Vink aan dat je dit evenement definitief wilt verwijderen." }) });

/** Only an event nobody ever registered for: registrations (even cancelled ones) are part of its history. */
export async function deleteEvent(db: PrismaClient, id: number, input: unknown, { actor }: Options): Promise<LifecycleOutcome> {
  const parsed = deleteSchema.safeParse(input);
  if (!parsed.success) return { kind: "refused", message: parsed.error.issues[0]!.message, fieldErrors: { confirm: [parsed.error.issues[0]!.message] } };
  return db.$transaction(async (tx): Promise<LifecycleOutcome> => {
    const event = await tx.event.findUnique({ where: { id }, select: { id: true, slug: true, title: true, _count: { select: { registrations: true } } } });
    if (!event) return notFound;
    const registrations = event._count.registrations;
    if (registrations > 0) {
      return {
        kind: "refused",
        message: `Dit evenement heeft ${registrations === 1 ? "1 aanmelding" : `${registrations} aanmeldingen`} (ook geannuleerde tellen mee) en kan daarom niet worden verwijderd. Annuleer het evenement of zet het terug naar concept als er niemand meer is aangemeld.`,
      };
    }
    const message = `Evenement "${event.title}" (${event.slug}) verwijderd.`;
    await recordAudit(tx, { actor, eventId: null, action: "event.delete", summary: message, details: { eventId: id, slug: event.slug } });
    await tx.event.delete({ where: { id } });
    return { kind: "done", message, mailIds: [], eventId: null, eventSlugs: [event.slug], listingsChanged: true };
  });
}
