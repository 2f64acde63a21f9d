import type { Metadata } from "next";
import { EventForm } from "@/components/admin/EventForm";
import { newEventValues } from "@/lib/event-editor/values-from-event";
import { requireAdmin } from "@/lib/auth/session";
import { saveEventAction } from "../actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

export default async function NewEventPage() {
  await requireAdmin();
  return (
    <TitledPage title={adminPageTitle("Nieuw evenement")}>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Nieuw evenement</h1>
        <p className="max-w-3xl text-stone-700">
          Een nieuw evenement is eerst een concept: het staat pas op de site als je het publiceert.
        </p>
        <EventForm
          action={saveEventAction.bind(null, null)}
          initialValues={newEventValues}
          cancelHref="/admin"
          submitLabel="Concept opslaan"
        />
      </div>
    </TitledPage>
  );
}
