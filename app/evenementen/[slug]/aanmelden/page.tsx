import type { Metadata } from "next";
import { notFoundPage } from "@/lib/not-found";
import Link from "next/link";
import { connection } from "next/server";
import { RegistrationForm } from "@/components/registration/RegistrationForm";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { publicStatus, registrationState } from "@/lib/events/availability";
import { findPublicEventWithPlaces } from "@/lib/events/queries";
import { publicPageTitle } from "@/lib/page-title";
import { registrationFormModel } from "@/lib/registration/form-model";
import { registerAction } from "./actions";

type Props = { params: Promise<{ slug: string }> };

// The registration form renders the page's <title> ("Fout: …" after a failed submit, also without JavaScript,
// which a metadata title would precede); the page renders it itself only when there is no form.
const title = publicPageTitle("Aanmelden");
export const metadata: Metadata = { title: null, robots: { index: false } };

export default async function RegisterPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const found = await findPublicEventWithPlaces(slug);
  if (!found) notFoundPage();
  const { event, taken } = found;
  const state = registrationState(event, taken.perMode);
  const open = state === "open" || state === "waitlist";

  return (
    <div className="max-w-2xl">
      <p>
        <Link href={`/evenementen/${slug}`} className="text-brand-700 underline">
          ← Terug naar de bijeenkomst
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-brand-900">Aanmelden</h1>
      <p className="mt-2 text-lg">
        {event.title}
        <span className="block text-stone-700">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</span>
      </p>
      {open ? (
        <>
          {state === "waitlist" && (
            <p className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
              Deze bijeenkomst is vol. Meld je aan voor de wachtlijst: komt er een plek vrij, dan krijg je die automatisch en sturen we je bericht.
            </p>
          )}
          {event.registersTeams ? (
            <p className="mt-4">
              Aanmelden gaat per team: vul de gemeente of organisatie in, de naam van het team, een contactpersoon en de deelnemers.
              {event.requiresApproval && " Na de aanvraag plant de organisatie een intakegesprek met jullie; daarna horen jullie of jullie kunnen deelnemen."}
            </p>
          ) : (
            event.requiresApproval && <p className="mt-4">Na je aanmelding volgt een intakegesprek; daarna hoor je of je kunt deelnemen.</p>
          )}
          <div className="mt-6">
            <RegistrationForm documentTitle={title} event={registrationFormModel(event, taken)} action={registerAction.bind(null, slug)} />
          </div>
        </>
      ) : (
        <p role="status" className="mt-6 rounded-lg border border-stone-300 bg-white p-4">
          {state === "full" ? "Deze bijeenkomst zit vol; aanmelden is niet meer mogelijk." : `${publicStatus(event, taken.perMode).label}. Aanmelden is nu niet mogelijk.`}
        </p>
      )}
      {!open && <title>{title}</title>}
    </div>
  );
}
