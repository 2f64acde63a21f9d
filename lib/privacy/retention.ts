import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { db as defaultDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { anonymiseRegistrations } from "@/lib/privacy/anonymise";
import { retentionEnd } from "@/lib/privacy/terms";

// The retention job (AVG): each night on the mail queue (lib/mail/worker.ts), and at once with
// `npm run privacy:purge`. Dietary wishes go as soon as the event is over; everything else personal about
// its registrations goes when the event's term has passed (Event.retentionMonths, or RETENTION_MONTHS).
// It works from the database's state, so a run that comes late, twice or on two servers does no harm.

const BATCH = 200;

export type PurgeReport = { dietaryWishesCleared: number; registrationsAnonymised: number };

export async function purgeExpiredPersonalData(db: PrismaClient, { now = new Date(), defaultMonths = env().RETENTION_MONTHS }: { now?: Date; defaultMonths?: number } = {}): Promise<PurgeReport> {
  const dietaryWishesCleared = await db.$executeRaw`
    UPDATE "Registration" r SET "dietaryWishes" = NULL FROM "Event" e
    WHERE e.id = r."eventId" AND e."endsAt" <= ${now} AND r."dietaryWishes" IS NOT NULL`;
  let registrationsAnonymised = 0;
  for (;;) {
    const anonymised = await db.$transaction(async (tx) => {
      // SKIP LOCKED: two runs at once each take other rows instead of waiting for the same ones.
      const due = await tx.$queryRaw<{ id: number; eventId: number }[]>`
        SELECT r.id, r."eventId" FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
        WHERE r."anonymisedAt" IS NULL AND e."endsAt" + make_interval(months => COALESCE(e."retentionMonths", ${defaultMonths}::int)) <= ${now}
        ORDER BY r.id LIMIT ${BATCH} FOR UPDATE OF r SKIP LOCKED`;
      if (due.length === 0) return 0;
      await anonymiseRegistrations(tx, due.map((row) => row.id));
      for (const eventId of new Set(due.map((row) => row.eventId))) {
        const count = due.filter((row) => row.eventId === eventId).length;
        await recordAudit(tx, {
          actor: null,
          eventId,
          action: "privacy.retention",
          summary: `Bewaartermijn verstreken: de persoonsgegevens van ${count} ${count === 1 ? "aanmelding" : "aanmeldingen"} zijn verwijderd.`,
          details: { count },
        });
      }
      return due.length;
    }, { timeout: 60_000 });
    registrationsAnonymised += anonymised;
    if (anonymised < BATCH) break;
  }
  return { dietaryWishesCleared, registrationsAnonymised };
}

/** The term that applies to an event, for the admin and the privacy page. */
export function eventRetention(event: { endsAt: Date; retentionMonths: number | null }): { months: number; until: Date } {
  const months = event.retentionMonths ?? env().RETENTION_MONTHS;
  return { months, until: retentionEnd(event.endsAt, months) };
}

/** The terms in force, for the privacy page: the default, and the published events that set their own. */
export async function retentionTerms(db: PrismaClient = defaultDb): Promise<{ defaultMonths: number; exceptions: { title: string; months: number }[] }> {
  const defaultMonths = env().RETENTION_MONTHS;
  const events = await db.event.findMany({
    where: { status: { not: "draft" }, retentionMonths: { not: null, notIn: [defaultMonths] } },
    orderBy: { startsAt: "desc" },
    select: { title: true, retentionMonths: true },
    take: 50,
  });
  return { defaultMonths, exceptions: events.map((event) => ({ title: event.title, months: event.retentionMonths! })) };
}
