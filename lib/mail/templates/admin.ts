import "server-only";
import type { AdminUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderRegistrationTemplate } from "@/lib/mail/registration-mails";
import { checkTemplate, renderTemplate, type TemplateErrors } from "@/lib/mail/templates/engine";
import { defaultTemplate, MAIL_KIND_KEYS, MAIL_KINDS, requiredPlaceholders, type MailKind, type MailTemplateSource } from "@/lib/mail/templates/registry";
import { SAMPLE_VARIABLES, sampleVariables } from "@/lib/mail/templates/variables";
import { ACTIVE_STATUSES } from "@/lib/registration/capacity/rules";
import { loadRegistrationEvent, mailContext, registrationWithChoices } from "@/lib/registration/event-context";

// Editing the wording of the automatic mails: a beheerder's for every event (scope "global"), an organiser's
// for one event. Nothing is stored that does not render; going back to the default removes the row.

export type TemplateScope = { eventId: number } | "global";
export type TemplateOrigin = "default" | "global" | "event";

const originLabels: Record<TemplateOrigin, string> = { default: "Standaardtekst", global: "Aangepast door beheer", event: "Aangepast voor deze bijeenkomst" };
export function templateOriginLabel(origin: TemplateOrigin): string {
  return originLabels[origin];
}

async function stored(db: PrismaClient, kind: MailKind, scope: TemplateScope) {
  const global = await db.mailTemplate.findUnique({ where: { kind } });
  const own = scope === "global" ? null : await db.eventMailTemplate.findUnique({ where: { eventId_kind: { eventId: scope.eventId, kind } } });
  return { global, own };
}

export type TemplateListRow = { kind: MailKind; label: string; description: string; origin: TemplateOrigin };

export async function listTemplates(db: PrismaClient, scope: TemplateScope): Promise<TemplateListRow[]> {
  const [globals, owns] = await Promise.all([
    db.mailTemplate.findMany({ select: { kind: true } }),
    scope === "global" ? Promise.resolve([]) : db.eventMailTemplate.findMany({ where: { eventId: scope.eventId }, select: { kind: true } }),
  ]);
  const global = new Set(globals.map((row) => row.kind));
  const own = new Set(owns.map((row) => row.kind));
  return MAIL_KIND_KEYS.map((kind) => ({
    kind,
    label: MAIL_KINDS[kind].label,
    description: MAIL_KINDS[kind].description,
    origin: own.has(kind) ? "event" : global.has(kind) ? "global" : "default",
  }));
}

export type TemplateForEditing = { kind: MailKind; label: string; description: string; origin: TemplateOrigin; current: MailTemplateSource; updatedByName: string | null };

export async function templateForEditing(db: PrismaClient, kind: MailKind, scope: TemplateScope): Promise<TemplateForEditing> {
  const { global, own } = await stored(db, kind, scope);
  const row = own ?? global;
  return {
    kind,
    label: MAIL_KINDS[kind].label,
    description: MAIL_KINDS[kind].description,
    origin: own ? "event" : global ? "global" : "default",
    current: row ? { subject: row.subject, body: row.body } : defaultTemplate(kind),
    updatedByName: row?.updatedByName ?? null,
  };
}

/** Registrations of the event to preview a template with. */
export async function previewRegistrations(db: PrismaClient, eventId: number): Promise<{ id: number; label: string }[]> {
  const rows = await db.registration.findMany({
    where: { eventId, status: { in: [...ACTIVE_STATUSES] } },
    orderBy: { id: "asc" },
    take: 100,
    select: { id: true, name: true, teamName: true },
  });
  return rows.map((row) => ({ id: row.id, label: row.teamName ? `${row.teamName} (${row.name})` : row.name }));
}

export type TemplatePreview = { subject: string; bodyHtml: string; with: string };

export type TemplateOutcome =
  | { kind: "saved" }
  | { kind: "reset" }
  | { kind: "preview"; preview: TemplatePreview }
  | { kind: "invalid"; errors: TemplateErrors }
  | { kind: "not_found" };

export async function previewTemplate(db: PrismaClient, kind: MailKind, scope: TemplateScope, source: MailTemplateSource, { registrationId, baseUrl }: { registrationId: number | null; baseUrl: string }): Promise<TemplateOutcome> {
  const errors = checkTemplate(source, SAMPLE_VARIABLES, requiredPlaceholders(kind));
  if (errors.subject || errors.body) return { kind: "invalid", errors };
  if (scope !== "global") {
    const event = await loadRegistrationEvent(db, { id: scope.eventId });
    const registration = await db.registration.findFirst({
      where: { eventId: scope.eventId, ...(registrationId ? { id: registrationId } : { status: { in: [...ACTIVE_STATUSES] } }) },
      orderBy: { id: "asc" },
      include: registrationWithChoices,
    });
    if (event && registration) {
      try {
        const mail = renderRegistrationTemplate(kind, mailContext(event, registration, baseUrl), { template: source });
        return { kind: "preview", preview: { subject: mail.subject, bodyHtml: mail.bodyHtml, with: `de aanmelding van ${registration.name}` } };
      } catch {
        // Falls through to the made-up values below.
      }
    }
  }
  const mail = renderTemplate(source, sampleVariables(), ["De organisatie"]);
  return { kind: "preview", preview: { subject: mail.subject, bodyHtml: mail.bodyHtml, with: "voorbeeldgegevens" } };
}

export async function saveTemplate(db: PrismaClient, kind: MailKind, scope: TemplateScope, source: MailTemplateSource, actor: AdminUser): Promise<TemplateOutcome> {
  const errors = checkTemplate(source, SAMPLE_VARIABLES, requiredPlaceholders(kind));
  if (errors.subject || errors.body) return { kind: "invalid", errors };
  return db.$transaction(async (tx) => {
    const data = { ...source, updatedByName: actor.name };
    if (scope === "global") {
      await tx.mailTemplate.upsert({ where: { kind }, create: { kind, ...data }, update: data });
    } else {
      const event = await tx.event.findUnique({ where: { id: scope.eventId }, select: { id: true } });
      if (!event) return { kind: "not_found" } as const;
      await tx.eventMailTemplate.upsert({ where: { eventId_kind: { eventId: scope.eventId, kind } }, create: { eventId: scope.eventId, kind, ...data }, update: data });
    }
    await recordAudit(tx, {
      actor,
      eventId: scope === "global" ? null : scope.eventId,
      action: "mail.template.save",
      summary: `Mailtekst "${MAIL_KINDS[kind].label}" aangepast${scope === "global" ? " voor alle bijeenkomsten" : " voor deze bijeenkomst"}.`,
      details: { kind, subject: source.subject },
    });
    return { kind: "saved" } as const;
  });
}

/** Back to the default: the event's own wording goes (the beheerder's then applies), or the beheerder's (the registry's). */
export async function resetTemplate(db: PrismaClient, kind: MailKind, scope: TemplateScope, actor: AdminUser): Promise<TemplateOutcome> {
  return db.$transaction(async (tx) => {
    const removed =
      scope === "global" ? await tx.mailTemplate.deleteMany({ where: { kind } }) : await tx.eventMailTemplate.deleteMany({ where: { eventId: scope.eventId, kind } });
    if (removed.count > 0) {
      await recordAudit(tx, {
        actor,
        eventId: scope === "global" ? null : scope.eventId,
        action: "mail.template.reset",
        summary: `Mailtekst "${MAIL_KINDS[kind].label}" teruggezet naar de standaard${scope === "global" ? " voor alle bijeenkomsten" : " voor deze bijeenkomst"}.`,
        details: { kind },
      });
    }
    return { kind: "reset" } as const;
  });
}
