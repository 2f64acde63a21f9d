import type { Metadata } from "next";
import { ActionButtonForm } from "@/components/admin/ActionButtonForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDate } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { isEmpty, personalDataReport, searchSchema } from "@/lib/privacy/requests";
import { erasePersonAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { errorTitle } from "@/lib/forms/error-summary";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { searchParams: Promise<{ email?: string; verwijderd?: string; geannuleerd?: string }> };

const count = (raw: string | undefined) => (raw && /^\d{1,6}$/.test(raw) ? Number(raw) : null);

const buttonClasses = "rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800";

export default async function PrivacyRequestsPage({ searchParams }: Props) {
  await requireAdmin("beheerder");
  const { email: raw, verwijderd, geannuleerd } = await searchParams;
  const erased = count(verwijderd);
  const parsed = raw === undefined ? null : searchSchema.safeParse({ email: raw });
  const error = parsed && !parsed.success ? (parsed.error.issues[0]?.message ?? "Vul een geldig e-mailadres in.") : null;
  const report = parsed?.success ? await personalDataReport(db, parsed.data.email) : null;

  return (
    <TitledPage title={error ? errorTitle(adminPageTitle("Privacyverzoeken")) : adminPageTitle("Privacyverzoeken")}>
      <div className="max-w-3xl space-y-8">
        <h1 className="text-3xl font-bold">Privacyverzoeken</h1>
        <p>
          Vraagt iemand welke gegevens Bijeen van hem of haar bewaart (inzage), of vraagt iemand om verwijdering? Zoek op het e-mailadres:
          je ziet alles over alle bijeenkomsten heen.
        </p>
        {erased !== null && (
          <p role="status" className="rounded-lg border border-brand-600 bg-brand-50 p-4 text-brand-900">
            Verwijderd: {erased} {erased === 1 ? "aanmelding" : "aanmeldingen"} geanonimiseerd, {count(geannuleerd) ?? 0} geannuleerd.
            Vrijgekomen plekken gingen naar de wachtlijst.
          </p>
        )}
        <form method="get" className="space-y-2" noValidate>
          {error && <ErrorSummary answer={{ email: raw }} message="Controleer het e-mailadres." fieldErrors={{ email: [error] }} targets={{ email: "email" }} />}
          <label htmlFor="email" className="block font-semibold">
            E-mailadres
          </label>
          {error && (
            <p id="email-fout" className="font-semibold text-red-800">
              <span className="sr-only">Fout: </span>
              {error}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="off"
              defaultValue={raw ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "email-fout" : undefined}
              className="w-full max-w-md rounded border border-stone-500 px-3 py-2"
            />
            <button type="submit" className={buttonClasses}>
              Zoeken
            </button>
          </div>
        </form>

        {report && isEmpty(report) && <p role="status">Bijeen bewaart niets over {report.email}.</p>}
        {report && !isEmpty(report) && (
          <section aria-labelledby="gevonden" className="space-y-6">
            <h2 id="gevonden" className="text-xl font-semibold">
              Gevonden over {report.email}
            </h2>
            {report.registrations.length > 0 && (
              <div>
                <h3 className="font-semibold">Aanmeldingen</h3>
                <ul className="list-disc pl-6">
                  {report.registrations.map((registration) => (
                    <li key={registration.id}>
                      {registration.event.title} ({formatDutchDate(new Date(registration.event.startsAt))}):{" "}
                      {registration.status.toLowerCase()}, als {registration.name}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {report.teamMemberships.length > 0 && (
              <div>
                <h3 className="font-semibold">Deelnemer in een team</h3>
                <ul className="list-disc pl-6">
                  {report.teamMemberships.map((member) => (
                    <li key={`${member.registrationId}-${member.name}`}>
                      {member.event}: {member.team ?? "team"}, als {member.name}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <p>{report.mails.length} e-mails aan dit adres in de mailbox.</p>
            <div className="flex flex-wrap gap-3">
              {(["json", "csv"] as const).map((format) => (
                <form key={format} method="post" action="/admin/privacy/export">
                  <input type="hidden" name="email" value={report.email} />
                  <input type="hidden" name="format" value={format} />
                  <button type="submit" className={buttonClasses}>
                    Download als {format.toUpperCase()}
                  </button>
                </form>
              ))}
            </div>
            <section aria-labelledby="verwijderen" className="space-y-2 rounded border border-red-700 p-4">
              <h3 id="verwijderen" className="font-semibold">
                Alles verwijderen
              </h3>
              <p>
                Actieve aanmeldingen worden eerst geannuleerd (hun plekken gaan naar de wachtlijst), daarna worden naam, e-mailadres en
                alles wat deze persoon invulde overal verwijderd. Aantallen blijven bewaard. Dit kan niet ongedaan worden.
              </p>
              <ActionButtonForm action={erasePersonAction} label="Verwijder alle gegevens" tone="danger">
                <input type="hidden" name="email" value={report.email} />
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="confirm" className="h-4 w-4 accent-red-700" />
                  Ja, verwijder alle gegevens van {report.email}
                </label>
              </ActionButtonForm>
            </section>
          </section>
        )}
      </div>
    </TitledPage>
  );
}
