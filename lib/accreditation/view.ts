import type { Prisma } from "@/lib/generated/prisma/client";
import { accreditationBodyName } from "@/lib/accreditation/bodies";
import type { AccreditationForCertificate } from "@/lib/accreditation/certificate";

// An accreditation as the pages, the API and the certificate use it: decimals as numbers, rounds as ids.

export type AccreditationRow = Prisma.EventAccreditationGetPayload<{ include: { rounds: { select: { roundId: true } } } }>;

export type EventAccreditationView = AccreditationForCertificate & { id: number; displayName: string };

/** Decimal columns as numbers, the covered rounds as ids. */
export function accreditationView(row: AccreditationRow): EventAccreditationView {
  return {
    id: row.id,
    body: row.body,
    bodyName: row.bodyName,
    displayName: accreditationBodyName(row),
    number: row.number,
    points: row.points.toNumber(),
    hours: row.hours?.toNumber() ?? null,
    scope: row.scope,
    roundIds: row.rounds.map((round) => round.roundId),
  };
}

/** The public shape (event page, API): which body, its number for this event, the points. */
export function publicAccreditations(rows: AccreditationRow[]) {
  return rows.map(accreditationView).map(({ body, displayName, number, points, hours }) => ({ body, name: displayName, number, points, hours }));
}
