import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BulkMailForm } from "@/components/admin/mail/BulkMailForm";
import { BulkMailList } from "@/components/admin/mail/BulkMailList";
import { MailSettingsForm } from "@/components/admin/mail/MailSettingsForm";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { workshopsInDayOrder } from "@/lib/events/rounds";
import { listBulkMails } from "@/lib/mail/bulk";
import { mailPageEvent } from "@/lib/mail/settings";
import { listTemplates, templateOriginLabel } from "@/lib/mail/templates/admin";
import { bulkMailAction, mailSettingsAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ verstuurd?: string }> };

export default async function EventMailPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const event = await mailPageEvent(db, id);
  if (!event) notFound();
  const [batches, templates] = await Promise.all([listBulkMails(db, { eventId: id }), listTemplates(db, { eventId: id })]);
  const sent = (await searchParams).verstuurd;
  const modes =
    event.attendanceMode === "hybrid"
      ? [
          { value: "all", label: "Iedereen" },
          { value: "physical", label: "Op locatie" },
          { value: "online", label: "Online" },
        ]
      : [];
  const workshops = [
    { value: "", label: "Alle workshops" },
    ...workshopsInDayOrder(event.rounds).map((workshop) => ({ value: String(workshop.id), label: workshop.label })),
  ];
  const base = `/admin/evenementen/${id}`;
  return (
    <TitledPage title={adminPageTitle("Mail aan deelnemers")}>
      <div className="space-y-10">
        <div>
          <p>
            <Link href={base} className="text-brand-700 underline">
              {event.title}
            </Link>
          </p>
          <h1 className="text-3xl font-bold">Mail aan deelnemers</h1>
        </div>
        {sent && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3">
            Het bericht staat in de wachtrij en gaat zo de deur uit. Hieronder zie je hoe ver het is.
          </p>
        )}
        <section aria-labelledby="schrijven" className="space-y-4">
          <h2 id="schrijven" className="text-2xl font-semibold">
            Bericht schrijven
          </h2>
          <BulkMailForm action={bulkMailAction.bind(null, id)} nonce={randomUUID()} modes={modes} workshops={workshops} />
        </section>
        <section aria-labelledby="verstuurd" className="space-y-4">
          <h2 id="verstuurd" className="text-2xl font-semibold">
            Verstuurde berichten
          </h2>
          <BulkMailList rows={batches} />
        </section>
        <section aria-labelledby="instellingen" className="space-y-4">
          <h2 id="instellingen" className="text-2xl font-semibold">
            Herinneringen en zelf wijzigen
          </h2>
          <MailSettingsForm
            action={mailSettingsAction.bind(null, id)}
            reminderDays={event.reminderDaysBefore}
            selfServiceHours={event.selfServiceHoursBefore}
          />
        </section>
        <section aria-labelledby="automatisch" className="space-y-4">
          <h2 id="automatisch" className="text-2xl font-semibold">
            Automatische mails
          </h2>
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {templates.map((template) => (
              <li key={template.kind} className="p-3">
                <Link href={`${base}/mail/sjablonen/${template.kind}`} className="font-semibold text-brand-700 underline">
                  {template.label}
                </Link>
                <span className="text-sm text-stone-600"> · {templateOriginLabel(template.origin)}</span>
                <p className="text-sm text-stone-700">{template.description}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </TitledPage>
  );
}
