import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/admin/EventForm";
import { findEditorEvent } from "@/lib/event-editor/editor-event";
import { valuesFromEvent } from "@/lib/event-editor/values-from-event";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { saveEventAction } from "../../actions";
import { eventIdFrom } from "@/lib/event-editor/overview";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }> };

export default async function EditEventPage({ params }: Props) {
  await requireAdmin();
  const id = eventIdFrom((await params).id);
  const event = id === null ? null : await findEditorEvent(db, id);
  if (!event) notFound();
  return (
    <TitledPage title={adminPageTitle("Evenement bewerken")}>
      <div className="space-y-4">
        <p>
          <Link href={`/admin/evenementen/${event.id}`} className="text-brand-800 underline">
            Terug naar {event.title}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Bewerken: {event.title}</h1>
        <EventForm
          action={saveEventAction.bind(null, event.id)}
          initialValues={valuesFromEvent(event)}
          editHref={`/admin/evenementen/${event.id}/bewerken`}
          cancelHref={`/admin/evenementen/${event.id}`}
          submitLabel="Opslaan"
        />
      </div>
    </TitledPage>
  );
}
