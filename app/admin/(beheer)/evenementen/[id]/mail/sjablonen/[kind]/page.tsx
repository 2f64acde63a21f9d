import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateEditorForm } from "@/components/admin/mail/TemplateEditorForm";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { mailPageEvent } from "@/lib/mail/settings";
import { previewRegistrations, templateForEditing, templateOriginLabel } from "@/lib/mail/templates/admin";
import { isMailKind } from "@/lib/mail/templates/registry";
import { eventTemplateAction } from "../../actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string; kind: string }>; searchParams: Promise<{ opgeslagen?: string; teruggezet?: string }> };

export default async function EventTemplatePage({ params, searchParams }: Props) {
  await requireAdmin();
  const { id: rawId, kind } = await params;
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0 || !isMailKind(kind)) notFound();
  const event = await mailPageEvent(db, id);
  if (!event) notFound();
  const [template, registrations] = await Promise.all([templateForEditing(db, kind, { eventId: id }), previewRegistrations(db, id)]);
  const query = await searchParams;
  return (
    <TitledPage title={adminPageTitle("Mailtekst")}>
      <div className="max-w-3xl space-y-6">
        <div>
          <p>
            <Link href={`/admin/evenementen/${id}/mail`} className="text-brand-700 underline">
              Mail aan deelnemers van {event.title}
            </Link>
          </p>
          <h1 className="text-3xl font-bold">Mailtekst: {template.label}</h1>
          <p className="text-stone-700">{template.description}</p>
          <p className="text-sm text-stone-600">
            {templateOriginLabel(template.origin)}
            {template.updatedByName ? ` (${template.updatedByName})` : ""}. Een tekst voor deze bijeenkomst gaat voor de standaardtekst.
          </p>
        </div>
        {(query.opgeslagen || query.teruggezet) && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3">
            {query.opgeslagen
              ? "De tekst is opgeslagen en geldt voor de volgende mails van deze bijeenkomst."
              : "De tekst is teruggezet naar de standaard."}
          </p>
        )}
        <TemplateEditorForm
          action={eventTemplateAction.bind(null, id, kind)}
          current={template.current}
          registrations={registrations}
          resetLabel={template.origin === "event" ? "Terug naar de standaardtekst" : null}
        />
      </div>
    </TitledPage>
  );
}
