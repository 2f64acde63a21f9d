import "server-only";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import { accreditationBodyLabels } from "@/lib/accreditation/bodies";
import { formatSpreadsheetDateTime } from "@/lib/dates";
import { workshopsInDayOrder, type RoundWithWorkshops } from "@/lib/events/rounds";
import type { Effects } from "@/lib/effects";
import { anonymiseRegistrations } from "@/lib/privacy/anonymise";
import { ALL_QUOTAS_TRANSACTION } from "@/lib/registration/capacity/locks";
import { isActive } from "@/lib/registration/capacity/rules";
import { cancelRegistration } from "@/lib/registration/manage";
import { registrationStatusLabels } from "@/lib/status-labels";

// Requests from people about their data (AVG art. 15 and 17): a beheerder finds everything Bijeen keeps about
// an e-mail address across all events and hands it over, or erases it. The audit log records that a request
// was carried out, never the address itself.

export type PersonalDataReport = {
  email: string;
  registrations: {
    id: number;
    event: { id: number; title: string; startsAt: string };
    status: string;
    attendanceMode: string;
    name: string;
    email: string;
    organisation: string | null;
    role: string | null;
    teamName: string | null;
    dietaryWishes: string | null;
    answers: { question: string; answer: unknown }[];
    workshops: string[];
    register: { body: string; number: string | null } | null;
    createdAt: string;
    cancelledAt: string | null;
    checkedInAt: string | null;
    /** Presence per part of the programme, as recorded in the rooms. */
    presentIn: string[];
    evaluation: { question: string; answer: string }[];
  }[];
  teamMemberships: { registrationId: number; event: string; team: string | null; name: string; email: string; role: string | null }[];
  submittedQuestions: { event: string; text: string; status: string; showName: boolean; createdAt: string }[];
  mails: { kind: string; subject: string | null; status: string; createdAt: string; sentAt: string | null }[];
};

const emailField = z
  .string()
  .trim()
  .min(1, "Vul een e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."));

/** The search of /admin/privacy and its downloads. */
export const searchSchema = z.object({ email: emailField });

/** The erasure form: the address and the tick that says it is meant. */
export const erasureRequestSchema = z.object({
  email: emailField,
  confirm: z.literal("on", { error: "Vink eerst aan dat je alle gegevens van dit adres wilt verwijderen." }),
});

/** Checks and normalises an address typed by the beheerder. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export async function personalDataReport(db: PrismaClient, rawEmail: string): Promise<PersonalDataReport> {
  const email = normaliseEmail(rawEmail);
  const byEmail = { equals: email, mode: "insensitive" as const };
  const [registrations, participants, mails] = await Promise.all([
    db.registration.findMany({
      where: { email: byEmail },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: {
        event: {
          select: {
            id: true,
            title: true,
            startsAt: true,
            questions: { select: { id: true, label: true } },
            rounds: { select: { number: true, kind: true, title: true, startsAt: true, workshops: { select: { id: true, number: true, title: true } } } },
          },
        },
        workshops: { select: { workshopId: true } },
        checkIn: { select: { at: true } },
        roundPresences: { select: { workshopId: true } },
        evaluationResponse: { select: { answers: { select: { grade: true, text: true, question: { select: { label: true } }, workshop: { select: { title: true } } } } } },
        submittedQuestions: { select: { text: true, status: true, showName: true, createdAt: true, event: { select: { title: true } } } },
      },
    }),
    db.teamParticipant.findMany({ where: { email: byEmail }, include: { registration: { select: { id: true, teamName: true, event: { select: { title: true } } } } } }),
    db.outboxMessage.findMany({ where: { toEmail: byEmail }, orderBy: { createdAt: "asc" }, select: { kind: true, subject: true, status: true, createdAt: true, sentAt: true } }),
  ]);
  return {
    email,
    registrations: registrations.map((registration) => {
      const answers = (registration.answers ?? {}) as Record<string, unknown>;
      return {
        id: registration.id,
        event: { id: registration.event.id, title: registration.event.title, startsAt: registration.event.startsAt.toISOString() },
        status: registrationStatusLabels[registration.status],
        attendanceMode: registration.attendanceMode,
        name: registration.name,
        email: registration.email,
        organisation: registration.organisation,
        role: registration.role,
        teamName: registration.teamName,
        dietaryWishes: registration.dietaryWishes,
        answers: Object.entries(answers).map(([id, answer]) => ({ question: registration.event.questions.find((question) => String(question.id) === id)?.label ?? `Vraag ${id}`, answer })),
        workshops: workshopLabels(registration.event.rounds, registration.workshops),
        register: registration.registerBody ? { body: accreditationBodyLabels[registration.registerBody], number: registration.registerNumber } : null,
        createdAt: registration.createdAt.toISOString(),
        cancelledAt: registration.cancelledAt?.toISOString() ?? null,
        checkedInAt: registration.checkIn?.at.toISOString() ?? null,
        presentIn: workshopLabels(registration.event.rounds, registration.roundPresences),
        evaluation: (registration.evaluationResponse?.answers ?? []).map((answer) => ({
          question: answer.workshop ? `${answer.question.label} (${answer.workshop.title})` : answer.question.label,
          answer: answer.text ?? String(answer.grade ?? ""),
        })),
      };
    }),
    teamMemberships: participants.map((participant) => ({
      registrationId: participant.registration.id,
      event: participant.registration.event.title,
      team: participant.registration.teamName,
      name: participant.name,
      email: participant.email,
      role: participant.role,
    })),
    submittedQuestions: registrations.flatMap((registration) =>
      registration.submittedQuestions.map((question) => ({ event: question.event.title, text: question.text, status: question.status, showName: question.showName, createdAt: question.createdAt.toISOString() })),
    ),
    mails: mails.map((mail) => ({ kind: mail.kind, subject: mail.subject, status: mail.status, createdAt: mail.createdAt.toISOString(), sentAt: mail.sentAt?.toISOString() ?? null })),
  };
}

function workshopLabels(rounds: RoundWithWorkshops<{ id: number; number: number; title: string }>[], chosen: { workshopId: number }[]): string[] {
  const ids = new Set(chosen.map((choice) => choice.workshopId));
  return workshopsInDayOrder(rounds)
    .filter((workshop) => ids.has(workshop.id))
    .map((workshop) => workshop.label);
}

export function isEmpty(report: PersonalDataReport): boolean {
  return report.registrations.length + report.teamMemberships.length + report.mails.length === 0;
}

/** One row per registration or team membership, for a spreadsheet (formulas escaped, like the attendee CSV). */
export function reportCsv(report: PersonalDataReport): string {
  const rows = [
    ...report.registrations.map((registration) => ({
      soort: "Aanmelding",
      bijeenkomst: registration.event.title,
      status: registration.status,
      naam: registration.name,
      "e-mailadres": registration.email,
      organisatie: registration.organisation ?? "",
      functie: registration.role ?? "",
      team: registration.teamName ?? "",
      dieetwensen: registration.dietaryWishes ?? "",
      workshops: registration.workshops.join("; "),
      register: registration.register ? `${registration.register.body} ${registration.register.number ?? ""}`.trim() : "",
      antwoorden: registration.answers.map((answer) => `${answer.question}: ${Array.isArray(answer.answer) ? answer.answer.join(", ") : String(answer.answer)}`).join("; "),
      aangemeld: formatSpreadsheetDateTime(new Date(registration.createdAt)),
      geannuleerd: registration.cancelledAt ? formatSpreadsheetDateTime(new Date(registration.cancelledAt)) : "",
      aanwezig: registration.checkedInAt ? formatSpreadsheetDateTime(new Date(registration.checkedInAt)) : "",
      "aanwezig bij": registration.presentIn.join("; "),
      evaluatie: registration.evaluation.map((answer) => `${answer.question}: ${answer.answer}`).join("; "),
    })),
    ...report.teamMemberships.map((member) => ({
      soort: "Teamdeelnemer",
      bijeenkomst: member.event,
      status: "",
      naam: member.name,
      "e-mailadres": member.email,
      organisatie: "",
      functie: member.role ?? "",
      team: member.team ?? "",
      dieetwensen: "",
      workshops: "",
      register: "",
      antwoorden: "",
      aangemeld: "",
      geannuleerd: "",
      aanwezig: "",
      "aanwezig bij": "",
      evaluatie: "",
    })),
  ];
  const columns = ["soort", "bijeenkomst", "status", "naam", "e-mailadres", "organisatie", "functie", "team", "dieetwensen", "workshops", "register", "antwoorden", "aangemeld", "geannuleerd", "aanwezig", "aanwezig bij", "evaluatie"];
  return stringify(rows, { header: true, columns, delimiter: ";", bom: true, escape_formulas: true });
}

/** Records that a report was handed over, without the address. */
export async function recordDataRequest(db: PrismaClient, actor: Pick<AdminUser, "id" | "name">, report: PersonalDataReport, format: "JSON" | "CSV"): Promise<void> {
  const count = report.registrations.length + report.teamMemberships.length;
  await recordAudit(db, {
    actor,
    action: "privacy.export",
    summary: `Een inzageverzoek uitgevoerd: ${count} ${count === 1 ? "gegeven" : "gegevens"} gedownload als ${format}.`,
    details: { format, registrations: report.registrations.length, teamMemberships: report.teamMemberships.length },
  });
}

export type ErasureOutcome = Effects & { registrations: number; cancelled: number };

/**
 * Erases a person everywhere: their active registrations are cancelled first through the ordinary cancel
 * (so their places go to the waitlist under the capacity module's locks), then every registration of theirs,
 * their team memberships and every mention are anonymised, all in one transaction.
 */
export async function erasePerson(db: PrismaClient, rawEmail: string, { actor, baseUrl, now = new Date() }: { actor: Pick<AdminUser, "id" | "name">; baseUrl: string; now?: Date }): Promise<ErasureOutcome> {
  const email = normaliseEmail(rawEmail);
  return db.$transaction(async (tx) => {
    // By event, so several events' locks are always taken in the same order.
    const registrations = await tx.registration.findMany({
      where: { email: { equals: email, mode: "insensitive" } },
      orderBy: [{ eventId: "asc" }, { id: "asc" }],
      select: { id: true, status: true, event: { select: { slug: true } } },
    });
    const mailIds: number[] = [];
    let cancelled = 0;
    for (const registration of registrations.filter((row) => isActive(row.status))) {
      const outcome = await cancelRegistration(tx, { id: registration.id }, { baseUrl, now });
      if (outcome.kind === "done") {
        cancelled += 1;
        mailIds.push(...outcome.mailIds);
      }
    }
    const ids = registrations.map((registration) => registration.id);
    await anonymiseRegistrations(tx, ids, [email]);
    await recordAudit(tx, {
      actor,
      action: "privacy.erase",
      summary: `Een verzoek tot verwijdering uitgevoerd: ${ids.length} ${ids.length === 1 ? "aanmelding" : "aanmeldingen"} geanonimiseerd, ${cancelled} geannuleerd.`,
      details: { registrationIds: ids, cancelled },
    });
    // The erased person's own cancellation mail was stopped by the anonymisation; the others' go out.
    const stillQueued = await tx.outboxMessage.findMany({ where: { id: { in: mailIds }, status: "queued" }, select: { id: true } });
    return { mailIds: stillQueued.map((row) => row.id), eventSlugs: [...new Set(registrations.map((row) => row.event.slug))], registrations: ids.length, cancelled };
  }, { ...ALL_QUOTAS_TRANSACTION, timeout: 60_000 });
}
