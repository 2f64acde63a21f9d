import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditInput } from "@/lib/audit";
import { eventCreateSchema, eventUpdateSchema, slugFromTitle, type EventFormInput } from "@/lib/event-editor/schema";
import { changeSummary } from "@/lib/event-editor/change-summary";
import { editorInclude, type EditorEvent } from "@/lib/event-editor/editor-event";
import { planRounds, saveRounds, type RoundPlan } from "@/lib/event-editor/round-plan";
import { queueEventNotice } from "@/lib/event-editor/notices";
import { offeredModes } from "@/lib/events/availability";
import { createEvent, type NewEvent } from "@/lib/events/create-event";
import { participationModeLabels } from "@/lib/events/formats";
import { isVenueUnknown } from "@/lib/events/place";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { loadRegistrationEvent } from "@/lib/registration/event-context";
import type { Effects } from "@/lib/effects";
import { placesTakenInMode, placesTakenPerWorkshop } from "@/lib/registration/capacity/counts";
import { ALL_QUOTAS_TRANSACTION, lockAllQuotas } from "@/lib/registration/capacity/locks";
import { ACTIVE_STATUSES } from "@/lib/registration/capacity/rules";
import { promoteFromWaitlist } from "@/lib/registration/capacity/waitlist";

// Creating and saving an event from the organisers' form. A save names the version it started from and is
// refused when someone else saved in between (optimistic locking on Event.version); it runs under every
// quota lock of the event, because changing capacities and workshops changes who has a place.

export type Actor = AuditInput["actor"];
export type EditorOptions = { actor: Actor; baseUrl: string; now?: Date };

export type SaveOutcome =
  | ({ kind: "saved"; id: number; slug: string; version: number; summary: string } & Effects)
  | { kind: "invalid"; message: string; fieldErrors: FieldErrors }
  | { kind: "needs_confirmation"; message: string; fieldErrors: FieldErrors }
  | { kind: "conflict"; message: string }
  | { kind: "not_found" };

export const CONFLICT_MESSAGE =
  "Iemand anders heeft dit evenement intussen gewijzigd. Je wijzigingen zijn nog niet opgeslagen: ze staan hieronder. Open de nieuwste versie in een ander tabblad, neem daar je wijzigingen over en sla op.";
const CHECK_FIELDS = "Controleer de velden die hieronder zijn gemarkeerd.";
const SLUG_TAKEN = "Dit webadres is al in gebruik bij een ander evenement. Kies een ander.";

/** A refusal found after writing started: thrown to roll the transaction back, caught below. */
class Refused extends Error {
  constructor(readonly outcome: SaveOutcome) {
    super(outcome.kind);
  }
}

const invalid = (fieldErrors: FieldErrors, message = CHECK_FIELDS): SaveOutcome => ({ kind: "invalid", message, fieldErrors });

function isSlugConflict(error: unknown): boolean {
  const candidate = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (candidate?.code !== "P2002") return false;
  const fields = candidate.meta?.driverAdapterError?.cause?.constraint?.fields ?? candidate.meta?.target;
  return JSON.stringify(fields ?? "").includes("slug");
}

/** The scalar columns and nested lists the form edits, as NewEvent (positions and numbers from the order). */
function eventData(fields: EventFormInput, slug: string) {
  const online = fields.attendanceMode === "online";
  const scalars = {
    slug,
    title: fields.title,
    format: fields.format,
    summary: fields.summary,
    body: fields.body,
    audience: fields.audience,
    organiser: fields.organiser,
    partners: fields.partners,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    attendanceMode: fields.attendanceMode,
    venueName: online || fields.venueUnknown ? null : fields.venueName,
    venueAddress: online ? null : fields.venueAddress,
    venuePostcode: online ? null : fields.venuePostcode,
    venueCity: online ? null : fields.venueCity,
    venueRouteNotes: online ? null : fields.venueRouteNotes,
    onlinePlatform: fields.onlinePlatform,
    onlineJoinUrl: fields.onlineJoinUrl,
    onlineJoinDetails: fields.onlineJoinDetails,
    priceCents: fields.priceCents,
    lunchProvided: fields.lunchProvided,
    capacityPhysical: fields.attendanceMode === "online" ? null : fields.capacityPhysical,
    capacityOnline: fields.attendanceMode === "physical" ? null : fields.capacityOnline,
    registrationOpensAt: fields.registrationOpensAt,
    registrationClosesAt: fields.registrationClosesAt,
    waitlistEnabled: fields.waitlistEnabled,
    waitlistOffers: fields.waitlistEnabled && fields.waitlistOffers,
    offerHours: fields.offerHours,
    retentionMonths: fields.retentionMonths,
    requiresApproval: fields.requiresApproval,
    registersTeams: fields.registersTeams,
    acceptsQuestions: fields.acceptsQuestions,
    statusNote: fields.statusNote,
  } satisfies Prisma.EventUpdateInput;
  const contactPersons = fields.contactPersons.map(({ name, role, email, phone }) => ({ name, role, email, phone }));
  const speakers = fields.speakers.map(({ name, description }) => ({ name, description }));
  const programme = fields.programme.map(({ startsAt, endsAt, title, description }) => ({ startsAt, endsAt, title, description }));
  const meetings = fields.meetings.map(({ title, startsAt, endsAt, mode, place }, index) => ({ number: index + 1, title, startsAt, endsAt, mode, place }));
  const questions = fields.questions.map(({ label, help, kind, required, options }) => ({ label, help, kind, required, options: kind === "choice" ? options : [] }));
  return { scalars, contactPersons, speakers, programme, meetings, questions };
}

/** A free slug: the one asked for, or (when suggested from the title) with -2, -3, ... added. */
async function freeSlug(tx: Prisma.TransactionClient, wanted: string, exceptId?: number): Promise<string | null> {
  for (let attempt = 1; attempt <= 50; attempt += 1) {
    const candidate = attempt === 1 ? wanted : `${wanted}-${attempt}`;
    const other = await tx.event.findFirst({ where: { slug: candidate, ...(exceptId !== undefined && { id: { not: exceptId } }) }, select: { id: true } });
    if (!other) return candidate;
  }
  return null;
}

export async function createEventFromForm(db: PrismaClient, input: unknown, { actor }: EditorOptions): Promise<SaveOutcome> {
  const parsed = eventCreateSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  const fields = parsed.data;
  const suggested = !fields.slug;
  const wanted = fields.slug || slugFromTitle(fields.title);
  if (!wanted) return invalid({ slug: ["Vul een webadres in, zoals leercafe-utrecht-2027."] });
  try {
    const created = await db.$transaction(async (tx) => {
      const slug = suggested ? await freeSlug(tx, wanted) : wanted;
      if (!slug || (!suggested && (await tx.event.findUnique({ where: { slug }, select: { id: true } })))) throw new Refused(invalid({ slug: [SLUG_TAKEN] }));
      const { scalars, contactPersons, speakers, programme, meetings, questions } = eventData(fields, slug);
      const rounds = fields.rounds.map((round, index) => ({
        number: index + 1,
        kind: round.kind,
        title: round.title,
        startsAt: round.startsAt,
        endsAt: round.endsAt,
        workshops: round.workshops.map(({ title, description, hosts, room, capacity, onSiteOnly }, number) => ({ number: number + 1, title, description, hosts, room, capacity, onSiteOnly })),
      }));
      const event = await createEvent(tx, { ...(scalars as Omit<NewEvent, "status">), status: "draft", contactPersons, speakers, programme, meetings, questions, rounds });
      const summary = `Evenement "${event.title}" aangemaakt (concept).`;
      await recordAudit(tx, { actor, eventId: event.id, action: "event.create", summary });
      return { id: event.id, slug: event.slug, version: event.version, summary };
    });
    return { kind: "saved", mailIds: [], eventSlugs: [created.slug], listingsChanged: true, ...created };
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    if (isSlugConflict(error)) return invalid({ slug: [SLUG_TAKEN] });
    throw error;
  }
}

export type UpdateOptions = EditorOptions & { confirmCapacity?: boolean };

export async function updateEventFromForm(db: PrismaClient, id: number, input: unknown, { actor, baseUrl, now = new Date(), confirmCapacity = false }: UpdateOptions): Promise<SaveOutcome> {
  const parsed = eventUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  const { version, ...fields } = parsed.data;
  const conflict: SaveOutcome = { kind: "conflict", message: CONFLICT_MESSAGE };
  try {
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.event.findUnique({ where: { id }, include: editorInclude });
      if (!before) throw new Refused({ kind: "not_found" });
      if (before.version !== version) throw new Refused(conflict);
      const existingWorkshops = before.rounds.flatMap((round) => round.workshops);
      await lockAllQuotas(tx, id, existingWorkshops.map((workshop) => workshop.id));

      const slug = fields.slug || before.slug;
      if (slug !== before.slug && (await tx.event.findUnique({ where: { slug }, select: { id: true } }))) throw new Refused(invalid({ slug: [SLUG_TAKEN] }));
      await refuseDroppedModeWithRegistrations(tx, before.id, fields);
      const plan = planRounds(before, fields);
      await refuseRemovalsWithRegistrations(tx, plan);
      await checkCapacityLowering(tx, before, fields, plan, confirmCapacity);

      // The guard against a silent overwrite: only the version this form started from may be saved.
      const bumped = await tx.event.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
      if (bumped.count === 0) throw new Refused(conflict);

      const { scalars, contactPersons, speakers, programme, meetings, questions } = eventData(fields, slug);
      await tx.event.update({ where: { id }, data: scalars });
      await replaceSimpleLists(tx, id, { contactPersons, speakers, programme, meetings });
      await saveQuestions(tx, id, before.questions.map((question) => question.id), fields.questions, questions);
      await saveRounds(tx, id, plan);

      const after = await tx.event.findUniqueOrThrow({ where: { id }, include: editorInclude });
      const mailIds: number[] = [];
      if (after.status !== "draft") {
        const registrationEvent = (await loadRegistrationEvent(tx, { id }))!;
        mailIds.push(...(await promoteFromWaitlist(tx, registrationEvent, { baseUrl, now })).mailIds);
        if (isVenueUnknown(before) && !isVenueUnknown(after)) mailIds.push(...(await queueEventNotice(tx, "event_venue_known", after, baseUrl)));
      }
      const summary = changeSummary(before, after);
      await recordAudit(tx, { actor, eventId: id, action: "event.update", summary, details: { fromVersion: version, toVersion: after.version, mails: mailIds.length } });
      return { id, slug: after.slug, version: after.version, mailIds, summary, oldSlug: before.slug };
    }, ALL_QUOTAS_TRANSACTION);
    const { oldSlug, ...outcome } = saved;
    return { kind: "saved", ...outcome, eventSlugs: [oldSlug, saved.slug], listingsChanged: true };
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    if (isSlugConflict(error)) return invalid({ slug: [SLUG_TAKEN] });
    throw error;
  }
}

// ---------- rounds and workshops ----------

async function refuseRemovalsWithRegistrations(tx: Prisma.TransactionClient, plan: RoundPlan): Promise<void> {
  if (plan.removedWorkshops.length === 0 && plan.removedRounds.length === 0) return;
  const active = { registration: { status: { in: [...ACTIVE_STATUSES] } } };
  const perWorkshop = await tx.registrationWorkshop.groupBy({ by: ["workshopId"], where: { workshopId: { in: plan.removedWorkshops.map((workshop) => workshop.id) }, ...active }, _count: { _all: true } });
  const perRound = await tx.registrationWorkshop.groupBy({ by: ["roundId"], where: { roundId: { in: plan.removedRounds.map((round) => round.id) }, ...active }, _count: { _all: true } });
  const errors: FieldErrors = {};
  const messages: string[] = [];
  for (const row of perWorkshop) {
    const workshop = plan.removedWorkshops.find((candidate) => candidate.id === row.workshopId)!;
    const message = `Workshop "${workshop.title}" heeft ${row._count._all} aanmelding${row._count._all === 1 ? "" : "en"} en kan niet worden verwijderd. Verplaats of annuleer eerst die aanmeldingen.`;
    messages.push(message);
    (errors[workshop.roundAt === null ? "rounds" : `rounds.${workshop.roundAt}.workshops`] ??= []).push(message);
  }
  for (const row of perRound) {
    const round = plan.removedRounds.find((candidate) => candidate.id === row.roundId)!;
    if (perWorkshop.length > 0) continue; // its workshops already said so
    const message = `Ronde ${round.number} heeft aanmeldingen en kan niet worden verwijderd.`;
    messages.push(message);
    (errors.rounds ??= []).push(message);
  }
  if (messages.length > 0) throw new Refused(invalid(errors, `Niet opgeslagen. ${messages.join(" ")} Je wijzigingen staan nog in het formulier.`));
}

/** Going from hybrid to one mode (or registering teams) must not leave registrants in a mode the event no longer has. */
async function refuseDroppedModeWithRegistrations(tx: Prisma.TransactionClient, eventId: number, fields: EventFormInput): Promise<void> {
  const offered = offeredModes(fields);
  const stranded = await tx.registration.groupBy({
    by: ["attendanceMode"],
    where: { eventId, status: { in: [...ACTIVE_STATUSES] }, attendanceMode: { notIn: offered } },
    _count: { _all: true },
  });
  if (stranded.length === 0) return;
  const count = stranded.reduce((sum, row) => sum + row._count._all, 0);
  const where = stranded.map((row) => participationModeLabels[row.attendanceMode].toLowerCase()).join(" en ");
  const message = `Er ${count === 1 ? "is 1 aanmelding" : `zijn ${count} aanmeldingen`} voor ${where}. Laat die vorm staan, of verplaats of annuleer eerst die aanmeldingen.`;
  throw new Refused(invalid({ attendanceMode: [message] }, `Niet opgeslagen. ${message}`));
}

async function checkCapacityLowering(tx: Prisma.TransactionClient, before: EditorEvent, fields: EventFormInput, plan: RoundPlan, confirmed: boolean): Promise<void> {
  const errors: FieldErrors = {};
  const lowered = (next: number | null, previous: number | null, taken: number) => next !== null && next < taken && (previous === null || next < previous);
  const modes = [
    { field: "capacityPhysical", mode: "physical", next: fields.attendanceMode === "online" ? null : fields.capacityPhysical, previous: before.capacityPhysical, where: "op locatie" },
    { field: "capacityOnline", mode: "online", next: fields.attendanceMode === "physical" ? null : fields.capacityOnline, previous: before.capacityOnline, where: "online" },
  ] as const;
  for (const { field, mode, next, previous, where } of modes) {
    const taken = await placesTakenInMode(tx, before.id, mode);
    if (lowered(next, previous, taken)) errors[field] = [`Er zijn al ${taken} plekken ${where} bezet; dat is meer dan ${next}.`];
  }
  const kept = plan.rounds.flatMap((round) => round.workshops.filter((workshop) => workshop.existingId !== null).map((workshop) => ({ round, workshop })));
  const taken = await placesTakenPerWorkshop(tx, kept.map(({ workshop }) => workshop.existingId!));
  for (const { round, workshop } of kept) {
    const count = taken.get(workshop.existingId!) ?? 0;
    if (lowered(workshop.form.capacity, workshop.oldCapacity, count)) {
      errors[`rounds.${round.form.at}.workshops.${workshop.form.at}.capacity`] = [`Er zijn al ${count} deelnemers voor deze workshop; dat is meer dan ${workshop.form.capacity}.`];
    }
  }
  if (Object.keys(errors).length > 0 && !confirmed) {
    throw new Refused({
      kind: "needs_confirmation",
      message:
        "Je verlaagt een capaciteit tot onder het aantal mensen dat al een plek heeft. Iedereen die al is aangemeld, blijft aangemeld; er komen alleen geen nieuwe bij tot er weer plek is. Vink hieronder aan dat je dit wilt en sla opnieuw op.",
      fieldErrors: errors,
    });
  }
}

// ---------- the other lists ----------

type Lists = ReturnType<typeof eventData>;

async function replaceSimpleLists(tx: Prisma.TransactionClient, eventId: number, lists: Pick<Lists, "contactPersons" | "speakers" | "programme" | "meetings">): Promise<void> {
  await tx.contactPerson.deleteMany({ where: { eventId } });
  await tx.contactPerson.createMany({ data: lists.contactPersons.map((person, position) => ({ eventId, position, ...person })) });
  await tx.speaker.deleteMany({ where: { eventId } });
  await tx.speaker.createMany({ data: lists.speakers.map((speaker, position) => ({ eventId, position, ...speaker })) });
  await tx.programmeItem.deleteMany({ where: { eventId } });
  await tx.programmeItem.createMany({ data: lists.programme.map((item, position) => ({ eventId, position, ...item })) });
  await tx.meeting.deleteMany({ where: { eventId } });
  await tx.meeting.createMany({ data: lists.meetings.map((meeting) => ({ eventId, ...meeting })) });
}

/** Questions keep their ids: registrations store their answers by question id. */
async function saveQuestions(tx: Prisma.TransactionClient, eventId: number, storedIds: number[], formQuestions: EventFormInput["questions"], data: Lists["questions"]): Promise<void> {
  const keptIds = new Set(formQuestions.map((question) => question.id).filter((id): id is number => id !== null && storedIds.includes(id)));
  await tx.registrationQuestion.deleteMany({ where: { eventId, id: { notIn: [...keptIds] } } });
  for (const [position, question] of data.entries()) {
    const id = formQuestions[position]!.id;
    if (id !== null && keptIds.has(id)) await tx.registrationQuestion.update({ where: { id }, data: { ...question, position } });
    else await tx.registrationQuestion.create({ data: { eventId, position, ...question } });
  }
}
