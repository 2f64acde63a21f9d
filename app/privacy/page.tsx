import type { Metadata } from "next";
import { connection } from "next/server";
import { retentionTerms } from "@/lib/privacy/retention";
import { monthsLabel } from "@/lib/privacy/terms";

export const metadata: Metadata = { title: "Privacyverklaring" };

export default async function PrivacyPage() {
  await connection();
  const terms = await retentionTerms();
  return (
    <article className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Privacyverklaring</h1>
      <p>Als je je aanmeldt voor een bijeenkomst, gebruiken we je gegevens alleen om die bijeenkomst te organiseren.</p>
      <h2 className="text-xl font-semibold">Welke gegevens</h2>
      <p>Je naam, e-mailadres, organisatie en functie, je keuzes (workshops, deelname op locatie of online) en wat je zelf invult, zoals dieetwensen of een vraag voor het panel.</p>
      <h2 className="text-xl font-semibold">Waarvoor</h2>
      <p>
        Om je aanmelding te bevestigen, je een herinnering en praktische informatie te sturen, de zalen en de lunch te plannen en een presentielijst te maken.
        Een vraag die je inbrengt, tonen we alleen met je naam als je daar toestemming voor geeft.
      </p>
      <h2 className="text-xl font-semibold">Hoe lang</h2>
      <p>
        We bewaren je gegevens tot {monthsLabel(terms.defaultMonths)} na afloop van de bijeenkomst; daarna verwijdert Bijeen ze automatisch (elke nacht). Je dieetwensen
        verwijderen we direct na afloop van de bijeenkomst. Wat overblijft zijn aantallen zonder namen: hoeveel mensen zich aanmeldden, annuleerden en aanwezig waren, en
        anonieme evaluaties.
      </p>
      {terms.exceptions.length > 0 && (
        <>
          <p>Voor deze bijeenkomsten geldt een andere termijn:</p>
          <ul className="list-disc pl-6">
            {terms.exceptions.map((event) => (
              <li key={event.title}>
                {event.title}: {monthsLabel(event.months)} na afloop
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="text-xl font-semibold">Jouw rechten</h2>
      <p>Via de link in je bevestigingsmail bekijk, wijzig of annuleer je je aanmelding. Wil je weten welke gegevens we van je hebben, of wil je dat we ze nu al verwijderen? Neem dan contact op met de organisatie van de bijeenkomst: we sturen je een overzicht of verwijderen je gegevens bij alle bijeenkomsten.</p>
    </article>
  );
}
