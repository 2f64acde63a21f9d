import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mentionPattern, PERSONAL_DATA, type PersonalTable } from "@/lib/privacy/personal-data";

// Carries out the list of what is personal (./personal-data.ts) for a set of registrations, inside the
// caller's transaction: the registrations themselves, their team participants, questions and mails, and every
// mention of their names and addresses in the audit log, the rate limits and the queue's payloads. Statuses,
// modes, workshop choices, check-ins and dates stay, so every count and statistic stays the same.

export type Erasure = { registrationIds: number[]; rows: number };

/**
 * Anonymises these registrations and every trace of the people behind them; `extraEmails` are addresses to
 * erase as well (a team participant's address in someone else's team, an erasure request's address).
 */
export async function anonymiseRegistrations(tx: Prisma.TransactionClient, registrationIds: number[], extraEmails: string[] = []): Promise<Erasure> {
  const people = await tx.$queryRaw<{ name: string; email: string }[]>`
    SELECT name, email FROM "Registration" WHERE id = ANY(${registrationIds}::int[]) AND "anonymisedAt" IS NULL
    UNION SELECT name, email FROM "TeamParticipant" WHERE "registrationId" = ANY(${registrationIds}::int[])
      OR lower(email) = ANY(${extraEmails.map((email) => email.toLowerCase())}::text[])`;
  const emails = [...new Set([...people.map((person) => person.email.toLowerCase()), ...extraEmails.map((email) => email.toLowerCase())])];
  const pattern = mentionPattern([...emails, ...people.map((person) => person.name)]);
  if (!pattern) return { registrationIds, rows: 0 };
  const present = await existingTables(tx);
  let rows = 0;
  for (const entry of PERSONAL_DATA) {
    if (entry.optional && !present.has(entry.table)) continue;
    rows += await tx.$executeRawUnsafe(statement(entry), registrationIds, emails, pattern);
  }
  return { registrationIds, rows };
}

function statement(entry: PersonalTable): string {
  // Every statement names all three parameters, whichever its condition uses.
  const where = `(${entry.rows}) AND $1::int[] IS NOT NULL AND $2::text[] IS NOT NULL AND $3::text IS NOT NULL`;
  if (entry.delete) return `DELETE FROM ${entry.table} WHERE ${where}`;
  const assignments = Object.entries(entry.columns ?? {}).map(([column, erase]) => `"${column}" = ${erase(`"${column}"`)}`);
  return `UPDATE ${entry.table} SET ${assignments.join(", ")} WHERE ${where}`;
}

async function existingTables(tx: Prisma.TransactionClient): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ name: string }[]>`
    SELECT table_schema || '.' || table_name AS name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`;
  return new Set(rows.map((row) => row.name));
}
