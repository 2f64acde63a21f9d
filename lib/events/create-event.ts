import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AttendanceMode, EventFormat, EventStatus, ParticipationMode, QuestionKind, RoundKind } from "@/lib/generated/prisma/enums";

/** Everything needed to create an event with its programme in one go (seed, tests, admin). */
export type NewEvent = {
  slug: string;
  title: string;
  format: EventFormat;
  status?: EventStatus;
  statusNote?: string | null;
  summary: string;
  body: string;
  audience?: string | null;
  organiser: string;
  partners?: string[];
  startsAt: Date;
  endsAt: Date;
  attendanceMode: AttendanceMode;
  venueName?: string | null;
  venueAddress?: string | null;
  venuePostcode?: string | null;
  venueCity?: string | null;
  venueRouteNotes?: string | null;
  onlinePlatform?: string | null;
  onlineJoinUrl?: string | null;
  onlineJoinDetails?: string | null;
  priceCents?: number;
  lunchProvided?: boolean;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  capacityPhysical?: number | null;
  capacityOnline?: number | null;
  waitlistEnabled?: boolean;
  requiresApproval?: boolean;
  registersTeams?: boolean;
  acceptsQuestions?: boolean;
  waitlistOffers?: boolean;
  offerHours?: number;
  retentionMonths?: number | null;
  contactPersons?: { name: string; role?: string | null; email?: string | null; phone?: string | null }[];
  speakers?: { name: string; description?: string | null }[];
  programme?: { startsAt?: Date | null; endsAt?: Date | null; title: string; description?: string | null }[];
  rounds?: {
    number: number;
    kind?: RoundKind;
    title?: string | null;
    startsAt: Date;
    endsAt: Date;
    workshops: { number: number; title: string; description?: string; hosts?: string | null; room?: string | null; capacity?: number | null; onSiteOnly?: boolean }[];
  }[];
  meetings?: { number: number; title?: string | null; startsAt: Date; endsAt: Date; mode: ParticipationMode; place?: string | null }[];
  questions?: { label: string; help?: string | null; kind?: QuestionKind; required?: boolean; options?: string[] }[];
};

export async function createEvent(db: PrismaClient | Prisma.TransactionClient, input: NewEvent) {
  const { contactPersons = [], speakers = [], programme = [], rounds = [], meetings = [], questions = [], ...fields } = input;
  return db.event.create({
    data: {
      ...fields,
      contactPersons: { create: contactPersons.map((person, position) => ({ ...person, position })) },
      speakers: { create: speakers.map((speaker, position) => ({ ...speaker, position })) },
      programmeItems: { create: programme.map((item, position) => ({ ...item, position })) },
      rounds: {
        create: rounds.map(({ workshops, ...round }) => ({ ...round, workshops: { create: workshops } })),
      },
      meetings: { create: meetings },
      questions: { create: questions.map((question, position) => ({ ...question, position })) },
    },
    include: { rounds: { include: { workshops: true } } },
  });
}
