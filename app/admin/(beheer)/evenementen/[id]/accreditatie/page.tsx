import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/ActionButtonForm";
import { AccreditationForm } from "@/components/admin/AccreditationForm";
import { accreditationBodyName } from "@/lib/accreditation/bodies";
import { hoursLabel, pointsLabel } from "@/lib/accreditation/certificate";
import { accreditationAdminPage } from "@/lib/accreditation/admin-page";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { eventIdFrom } from "@/lib/event-editor/overview";
import { addAccreditationAction, removeAccreditationAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

const notices: Record<string, string> = {
  toegevoegd: "De accreditatie is toegevoegd en staat op de pagina van de bijeenkomst.",
  verwijderd: "De accreditatie is verwijderd.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccreditationPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = eventIdFrom((await params).id);
  const data = id === null ? null : await accreditationAdminPage(db, id);
  if (!data) notFound();
  const { event, accreditations, rounds, bodies } = data;
  const { melding } = await searchParams;
  const notice = typeof melding === "string" ? notices[melding] : undefined;
  const base = `/admin/evenementen/${event.id}`;
  return (
    <TitledPage title={adminPageTitle("Accreditatie")}>
      <div className="space-y-8">
        <p>
          <Link href={base} className="text-brand-800 underline">
            Terug naar {event.title}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">Accreditatie</h1>
        {notice && (
          <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
            {notice}
          </p>
        )}
        <section aria-labelledby="vastgelegd" className="space-y-3">
          <h2 id="vastgelegd" className="text-xl font-semibold">
            Vastgelegde accreditaties
          </h2>
          {accreditations.length === 0 ? (
            <p>Deze bijeenkomst heeft nog geen accreditatie.</p>
          ) : (
            <ul className="space-y-3">
              {accreditations.map((accreditation) => (
                <li key={accreditation.id} className="rounded border border-stone-300 bg-white p-3">
                  <p className="font-semibold">
                    {accreditation.displayName}: {pointsLabel(accreditation.points)}
                    {accreditation.hours !== null && `, ${hoursLabel(accreditation.hours)}`}
                  </p>
                  <p>Accreditatienummer {accreditation.number}</p>
                  <p className="text-stone-700">
                    Geldt voor:{" "}
                    {accreditation.scope === "whole_event"
                      ? "de hele bijeenkomst"
                      : rounds
                          .filter((round) => accreditation.roundIds.includes(round.id))
                          .map((round) => round.label)
                          .join(", ")}
                  </p>
                  <div className="mt-2">
                    <ActionButtonForm
                      action={removeAccreditationAction.bind(null, event.id, accreditation.id)}
                      label={`Verwijder accreditatie ${accreditation.number}`}
                      tone="danger"
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        {bodies.length > 0 && (
          <section aria-labelledby="presentielijsten" className="space-y-2">
            <h2 id="presentielijsten" className="text-xl font-semibold">
              Presentielijst per register
            </h2>
            <p className="text-stone-700">
              Iedereen die aanwezig was en dit register opgaf, met registratienummer, punten en aanwezigheid per ronde. De eerste kolom kun
              je zo in PE-online plakken (Importeren).
            </p>
            <ul className="list-disc pl-6">
              {bodies.map((body) => (
                <li key={body.body}>
                  <a href={`${base}/accreditatie.csv?body=${body.body}`} className="text-brand-700 underline">
                    Download presentielijst {accreditationBodyName(body)} (csv)
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="toevoegen" className="space-y-3">
          <h2 id="toevoegen" className="text-xl font-semibold">
            Accreditatie toevoegen
          </h2>
          <AccreditationForm action={addAccreditationAction.bind(null, event.id)} rounds={rounds} />
        </section>
      </div>
    </TitledPage>
  );
}
