import type { Metadata } from "next";

export const metadata: Metadata = { title: "Privacyverklaring" };

export default function PrivacyPage() {
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
      <p>We bewaren je gegevens tot een jaar na de bijeenkomst, daarna verwijderen we ze.</p>
      <h2 className="text-xl font-semibold">Jouw rechten</h2>
      <p>Via de link in je bevestigingsmail bekijk, wijzig of annuleer je je aanmelding. Voor inzage of verwijdering van je gegevens neem je contact op met de organisatie van de bijeenkomst.</p>
    </article>
  );
}
