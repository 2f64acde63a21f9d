import "server-only";
import type { AdminUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit";
import type { Effects } from "@/lib/effects";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { bulkStatusLabels, type BulkMailInput, type RecipientFilter } from "@/lib/mail/bulk-schema";
import { signatureFor } from "@/lib/mail/compose";
import { checkTemplate, renderTemplate, type RenderedMail, type TemplateErrors } from "@/lib/mail/templates/engine";
import { BULK_MAIL_KIND, type MailTemplateSource } from "@/lib/mail/templates/registry";
import { mailVariables, SAMPLE_VARIABLES, sampleVariables } from "@/lib/mail/templates/variables";
import { participationModeLabels } from "@/lib/events/formats";
import { workshopsInDayOrder, type RoundWithWorkshops } from "@/lib/events/rounds";
import { loadRegistrationEvent, mailContext, registrationWithChoices, type RegistrationEvent, type RegistrationWithChoices } from "@/lib/registration/event-context";

// An organiser's message to a chosen group of an event's registrants. It is rendered per recipient and
// written to the outbox in one transaction, one row each, under the compose form's one-time key: a
// double-click or a resubmit of the same form finds the key taken and adds nothing.

type Db = PrismaClient | Prisma.TransactionClient;

function recipientWhere(eventId: number, filter: RecipientFilter): Prisma.RegistrationWhereInput {
  return {
    eventId,
    // Someone offered a freed place is still waiting for it; erased people (AVG) are never written to.
    status: { in: filter.statuses.flatMap((status) => (status === "waitlisted" ? (["waitlisted", "offered"] as const) : [status])) },
    anonymisedAt: null,
    ...(filter.mode === "all" ? {} : { attendanceMode: filter.mode }),
    ...(filter.workshopId ? { workshops: { some: { workshopId: filter.workshopId } } } : {}),
  };
}

function recipients(db: Db, eventId: number, filter: RecipientFilter) {
  return db.registration.findMany({ where: recipientWhere(eventId, filter), include: registrationWithChoices, orderBy: { id: "asc" } });
}

function renderFor(event: RegistrationEvent, registration: RegistrationWithChoices | null, source: MailTemplateSource, baseUrl: string): RenderedMail {
  const variables = registration ? mailVariables(mailContext(event, registration, baseUrl), { kind: BULK_MAIL_KIND }) : sampleVariables();
  return renderTemplate(source, variables, signatureFor(event));
}

export type BulkPreview = { recipientCount: number; recipients: { name: string; email: string }[]; subject: string; bodyHtml: string };

export type BulkOutcome =
  | { kind: "preview"; preview: BulkPreview }
  | ({ kind: "test_sent"; toEmail: string } & Effects)
  | ({ kind: "sent"; bulkMailId: number; recipientCount: number } & Effects)
  | { kind: "already_sent"; bulkMailId: number }
  | { kind: "invalid"; errors: TemplateErrors & { statuses?: string[] } }
  | { kind: "not_found" };

const NO_RECIPIENTS = "Niemand van deze bijeenkomst past bij deze keuze. Kies andere groepen.";

/** Preview, a test to the organiser, or the real thing; the template is checked before anything is written. */
export async function handleBulkMail(db: PrismaClient, eventId: number, input: BulkMailInput, { actor, baseUrl }: { actor: AdminUser; baseUrl: string }): Promise<BulkOutcome> {
  const source = { subject: input.subject, body: input.body };
  const errors = checkTemplate(source, SAMPLE_VARIABLES);
  if (errors.subject || errors.body) return { kind: "invalid", errors };
  if (input.intent === "send") return sendBulkMail(db, eventId, input, { actor, baseUrl });

  const event = await loadRegistrationEvent(db, { id: eventId });
  if (!event) return { kind: "not_found" };
  const found = await recipients(db, eventId, input);
  if (input.intent === "preview") {
    const mail = renderFor(event, found[0] ?? null, source, baseUrl);
    return {
      kind: "preview",
      preview: { recipientCount: found.length, recipients: found.slice(0, 10).map(({ name, email }) => ({ name, email })), subject: mail.subject, bodyHtml: mail.bodyHtml },
    };
  }
  // A test goes to the organiser, filled in for the first recipient (or made-up values), marked as a test.
  const { bodyHtml: _bodyHtml, ...mail } = renderFor(event, found[0] ?? null, source, baseUrl);
  const row = await db.outboxMessage.create({
    data: { kind: BULK_MAIL_KIND, toEmail: actor.email, toName: actor.name, ...mail, subject: `[Test] ${mail.subject}`, eventId },
    select: { id: true },
  });
  return { kind: "test_sent", toEmail: actor.email, mailIds: [row.id], eventSlugs: [] };
}

class NoRecipients extends Error {}
class GroupChanged extends Error {
  constructor(readonly count: number) {
    super("group changed");
  }
}

const groupChanged = (count: number) =>
  `Sinds het voorbeeld is de groep veranderd: het bericht zou nu naar ${count} ${count === 1 ? "aangemelde" : "aangemelden"} gaan. Bekijk het voorbeeld opnieuw.`;

export async function sendBulkMail(db: PrismaClient, eventId: number, input: BulkMailInput, options: { actor: AdminUser; baseUrl: string }): Promise<BulkOutcome> {
  try {
    return await writeBulkMail(db, eventId, input, options);
  } catch (error) {
    if (error instanceof NoRecipients) return { kind: "invalid", errors: { statuses: [NO_RECIPIENTS] } };
    if (error instanceof GroupChanged) return { kind: "invalid", errors: { statuses: [groupChanged(error.count)] } };
    throw error;
  }
}

async function writeBulkMail(db: PrismaClient, eventId: number, input: BulkMailInput, { actor, baseUrl }: { actor: AdminUser; baseUrl: string }): Promise<BulkOutcome> {
  return db.$transaction(async (tx) => {
    const event = await loadRegistrationEvent(tx, { id: eventId });
    if (!event) return { kind: "not_found" } as const;
    const filter: RecipientFilter = { statuses: input.statuses, mode: input.mode, workshopId: input.workshopId };
    // The key first: a second submit waits here for the first to commit, then finds the key taken.
    const claimed = await tx.bulkMail.createMany({
      data: [{ eventId, nonce: input.nonce, subject: input.subject, body: input.body, recipientFilter: filter, recipientCount: 0, createdById: actor.id, createdByName: actor.name }],
      skipDuplicates: true,
    });
    const bulk = await tx.bulkMail.findUniqueOrThrow({ where: { nonce: input.nonce }, select: { id: true, eventId: true } });
    if (claimed.count === 0) return { kind: "already_sent", bulkMailId: bulk.id } as const;

    const found = await recipients(tx, eventId, filter);
    // Nobody to send to: undo the claim, so the same form can be sent with another choice.
    if (found.length === 0) throw new NoRecipients();
    // The organiser chose another group after the preview, or people came or went: they see it before it goes.
    if (input.previewedCount !== undefined && found.length !== input.previewedCount) throw new GroupChanged(found.length);
    const source = { subject: input.subject, body: input.body };
    const rows = await tx.outboxMessage.createManyAndReturn({
      data: found.map((registration) => {
        const { bodyHtml: _bodyHtml, ...mail } = renderFor(event, registration, source, baseUrl);
        return { kind: BULK_MAIL_KIND, toEmail: registration.email, toName: registration.name, ...mail, registrationId: registration.id, eventId, bulkMailId: bulk.id };
      }),
      select: { id: true },
    });
    await tx.bulkMail.update({ where: { id: bulk.id }, data: { recipientCount: rows.length } });
    await recordAudit(tx, {
      actor,
      eventId,
      action: "mail.bulk",
      summary: `Bericht "${input.subject}" aan ${rows.length} ${rows.length === 1 ? "aangemelde" : "aangemelden"} (${describeFilter(filter, event)}) in de wachtrij gezet.`,
      details: { bulkMailId: bulk.id, filter, recipientCount: rows.length },
    });
    return { kind: "sent", bulkMailId: bulk.id, recipientCount: rows.length, mailIds: rows.map((row) => row.id), eventSlugs: [] } as const;
  });
}

export function describeFilter(filter: RecipientFilter, event: { rounds: RoundWithWorkshops<{ id: number; number: number; title: string }>[] }): string {
  const parts = [filter.statuses.map((status) => bulkStatusLabels[status].toLowerCase()).join(", ")];
  if (filter.mode !== "all") parts.push(participationModeLabels[filter.mode].toLowerCase());
  const workshop = filter.workshopId ? workshopsInDayOrder(event.rounds).find((candidate) => candidate.id === filter.workshopId) : undefined;
  if (workshop) parts.push(workshop.label);
  return parts.join("; ");
}

export type BulkMailRow = {
  id: number;
  eventId: number;
  eventTitle: string;
  subject: string;
  createdAt: Date;
  createdByName: string;
  total: number;
  counts: Record<MailStatus, number>;
};

/** The organisers' messages to attendees, newest first, each with how far its copies have got. */
export async function listBulkMails(db: PrismaClient, { eventId, take = 20 }: { eventId?: number; take?: number } = {}): Promise<BulkMailRow[]> {
  const batches = await db.bulkMail.findMany({
    where: eventId === undefined ? { recipientCount: { gt: 0 } } : { eventId, recipientCount: { gt: 0 } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, eventId: true, subject: true, createdAt: true, createdByName: true, recipientCount: true, event: { select: { title: true } } },
  });
  const grouped = await db.outboxMessage.groupBy({ by: ["bulkMailId", "status"], where: { bulkMailId: { in: batches.map((batch) => batch.id) } }, _count: { _all: true } });
  return batches.map(({ event, recipientCount, ...batch }) => {
    const counts: Record<MailStatus, number> = { queued: 0, sent: 0, failed: 0 };
    for (const row of grouped) if (row.bulkMailId === batch.id) counts[row.status] = row._count._all;
    return { ...batch, eventTitle: event.title, total: recipientCount, counts };
  });
}
