import type { Metadata } from "next";
import { labelledChoices } from "@/lib/events/rounds";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/registrations/StatusBadge";
import { TableScroller } from "@/components/admin/TableScroller";
import { registrationStatusLabels } from "@/lib/status-labels";
import { exportPath, presenceListPath, registrationPath, registrationsPath } from "@/lib/registration/admin-paths";
import {
  REGISTRATION_STATUSES,
  findEventForRegistrations,
  findWorkshop,
  listRegistrations,
  parseRegistrationFilters,
  registrationSummary,
  type ModeSummary,
} from "@/lib/registration/list";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDate, formatDutchDateTimeRange, formatDutchTime } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { offeredModes } from "@/lib/events/availability";
import { participationModeLabels } from "@/lib/events/formats";

export const metadata: Metadata = { title: "Aanmeldingen" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const button = "inline-block rounded border border-stone-400 bg-white px-3 py-1.5 font-medium text-stone-900 hover:bg-stone-100";

export default async function RegistrationsPage({ params, searchParams }: Props) {
  await requireAdmin();
  const event = await findEventForRegistrations(db, (await params).id);
  if (!event) notFound();
  const filters = parseRegistrationFilters(await searchParams);
  const [rows, summary] = await Promise.all([listRegistrations(db, event.id, filters), registrationSummary(db, event)]);
  const modes = offeredModes(event);
  const hybrid = modes.length > 1;
  const hasWorkshops = event.rounds.some((round) => round.workshops.length > 0);
  const filtered = Boolean(filters.q || filters.status || filters.mode || filters.workshop);
  const filteredWorkshop = findWorkshop(event, filters.workshop);

  return (
    <div className="space-y-8">
      <div>
        <p>
          <Link href={`/admin/evenementen/${event.id}`} className="text-brand-700 underline underline-offset-4">
            ← {event.title}
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">Aanmeldingen</h1>
        <p className="mt-1 text-stone-700">
          {event.title}, {formatDutchDateTimeRange(event.startsAt, event.endsAt)}
        </p>
      </div>

      <section aria-labelledby="kop-overzicht" className="space-y-4">
        <h2 id="kop-overzicht" className="text-xl font-semibold">
          Overzicht
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {summary.modes.map((mode) => (
            <li key={mode.mode} className="rounded-lg border border-stone-200 bg-white p-4">
              <ModeCounts mode={mode} showMode={hybrid || mode.mode === "online"} teams={event.registersTeams} />
            </li>
          ))}
        </ul>
        {(summary.cancelled > 0 || summary.rejected > 0) && (
          <p className="text-sm text-stone-700">
            Verder {summary.cancelled} geannuleerd{summary.rejected > 0 ? ` en ${summary.rejected} afgewezen` : ""}.
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/admin/evenementen/${event.id}/aanmeldingen/nieuw`}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            Iemand aanmelden
          </Link>
          <a href={exportPath(event.id)} className={button} download>
            Deelnemers downloaden (Excel, CSV)
          </a>
          <Link href={presenceListPath(event.id)} className={button}>
            Presentielijst afdrukken
          </Link>
        </div>

        {hasWorkshops && (
          <TableScroller label="Workshops">
            <table className="w-full border-collapse rounded-lg border border-stone-200 bg-white text-left text-sm">
              <caption className="px-4 pt-3 text-left text-base font-semibold">Workshops</caption>
              <thead>
                <tr className="border-b border-stone-300 text-stone-700">
                  <th scope="col" className="px-4 py-2">
                    Workshop
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Bevestigd
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Intake
                  </th>
                  <th scope="col" className="px-2 py-2 text-right">
                    Wachtlijst
                  </th>
                  <th scope="col" className="px-4 py-2">
                    Lijsten
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.workshops.map((workshop) => (
                  <tr key={workshop.id} className="border-b border-stone-100 align-top last:border-0">
                    <td className="px-4 py-2">
                      <span className="text-stone-600">
                        {workshop.roundName}, nr. {workshop.number}:
                      </span>{" "}
                      {workshop.title}
                    </td>
                    <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">
                      {workshop.confirmed}
                      {workshop.capacity !== null && <> van {workshop.capacity}</>}
                      {workshop.capacity !== null && workshop.confirmed + workshop.pending >= workshop.capacity && (
                        <strong className="ml-1 text-red-800">vol</strong>
                      )}
                    </td>
                    <td className="px-2 py-2 text-right tabular-nums">{workshop.pending}</td>
                    <td className="px-2 py-2 text-right tabular-nums">{workshop.waitlisted}</td>
                    <td className="px-4 py-2">
                      <span className="flex flex-wrap gap-x-3">
                        <Link
                          href={registrationsPath(event.id, { workshop: workshop.id })}
                          className="text-brand-700 underline underline-offset-4"
                        >
                          Toon<span className="sr-only"> aanmeldingen voor {workshop.title}</span>
                        </Link>
                        <a href={exportPath(event.id, workshop.id)} className="text-brand-700 underline underline-offset-4" download>
                          CSV<span className="sr-only"> van {workshop.title}</span>
                        </a>
                        <Link href={presenceListPath(event.id, workshop.id)} className="text-brand-700 underline underline-offset-4">
                          Presentielijst<span className="sr-only"> van {workshop.title}</span>
                        </Link>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>

      <section aria-labelledby="kop-lijst" className="space-y-4">
        <h2 id="kop-lijst" className="text-xl font-semibold">
          Alle aanmeldingen
        </h2>
        {/* Keyed by the filters: after "Wis filters" (a client-side navigation) the fields show the new URL, not the old choice. */}
        <form
          key={registrationsPath(event.id, filters)}
          method="get"
          action={registrationsPath(event.id)}
          role="search"
          aria-label="Aanmeldingen zoeken en filteren"
          className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
        >
          <div className="w-full sm:w-auto">
            <label htmlFor="zoek-aanmelding" className="block font-semibold">
              Zoek op naam, e-mail of organisatie
            </label>
            <input
              id="zoek-aanmelding"
              name="q"
              type="search"
              defaultValue={filters.q}
              className="mt-1 w-full rounded border border-stone-400 px-3 py-2 sm:w-72"
            />
          </div>
          <div>
            <label htmlFor="filter-status" className="block font-semibold">
              Status
            </label>
            <select
              id="filter-status"
              name="status"
              defaultValue={filters.status ?? ""}
              className="mt-1 rounded border border-stone-400 bg-white px-3 py-2"
            >
              <option value="">Alle</option>
              {REGISTRATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {registrationStatusLabels[status]}
                </option>
              ))}
            </select>
          </div>
          {hybrid && (
            <div>
              <label htmlFor="filter-mode" className="block font-semibold">
                Deelname
              </label>
              <select
                id="filter-mode"
                name="mode"
                defaultValue={filters.mode ?? ""}
                className="mt-1 rounded border border-stone-400 bg-white px-3 py-2"
              >
                <option value="">Alle</option>
                {modes.map((mode) => (
                  <option key={mode} value={mode}>
                    {participationModeLabels[mode]}
                  </option>
                ))}
              </select>
            </div>
          )}
          {hasWorkshops && (
            <div className="w-full sm:w-auto">
              <label htmlFor="filter-workshop" className="block font-semibold">
                Workshop
              </label>
              <select
                id="filter-workshop"
                name="workshop"
                defaultValue={filteredWorkshop ? String(filteredWorkshop.id) : ""}
                className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 sm:w-auto sm:max-w-xs"
              >
                <option value="">Alle</option>
                {event.rounds.map((round) => (
                  <optgroup key={round.id} label={round.name}>
                    {round.workshops.map((workshop) => (
                      <option key={workshop.id} value={workshop.id}>
                        {`${workshop.number}. ${workshop.title}`}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            Toon
          </button>
          {filtered && (
            <Link href={registrationsPath(event.id)} className="py-2 text-brand-700 underline underline-offset-4">
              Wis filters
            </Link>
          )}
        </form>

        <p role="status" className="font-medium">
          {rows.length === 1 ? "1 aanmelding" : `${rows.length} aanmeldingen`}
          {filtered ? " gevonden" : ""}
        </p>

        {rows.length > 0 && (
          // On a phone each registration is a card; from a tablet up a table.
          <ul aria-label={`Aanmeldingen voor ${event.title}`} className="space-y-3 sm:hidden">
            {rows.map((row) => (
              <li key={row.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <div className="flex items-start justify-between gap-3">
                  <Link
                    href={registrationPath(event.id, row.id)}
                    className="text-lg font-semibold text-brand-700 underline underline-offset-4"
                  >
                    {row.name}
                  </Link>
                  <StatusBadge status={row.status} />
                </div>
                <p className="break-all text-stone-700">{row.email}</p>
                {(row.teamName || row.organisation || row.role) && (
                  <p>{[row.teamName, row.organisation, row.role].filter(Boolean).join(" · ")}</p>
                )}
                {hybrid && <p>{participationModeLabels[row.attendanceMode]}</p>}
                {hasWorkshops && (
                  <p>
                    {row.workshops.length === 0
                      ? "Geen workshop"
                      : labelledChoices(row.workshops, event.rounds).map((choice) => `${choice.roundLabel}: ${choice.workshopNumber}. ${choice.title}`).join("; ")}
                  </p>
                )}
                <p className="text-sm text-stone-700">
                  Aangemeld op {formatDutchDate(row.createdAt).replace(/^\S+ /, "")}, {formatDutchTime(row.createdAt)} uur
                </p>
              </li>
            ))}
          </ul>
        )}
        {rows.length > 0 && (
          <div className="relative hidden overflow-x-auto rounded-lg border border-stone-200 bg-white sm:block">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Aanmeldingen voor {event.title}</caption>
              <thead>
                <tr className="border-b border-stone-300 text-stone-700">
                  <th scope="col" className="px-4 py-2">
                    Naam
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Organisatie
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Status
                  </th>
                  {hybrid && (
                    <th scope="col" className="px-2 py-2">
                      Deelname
                    </th>
                  )}
                  {hasWorkshops && (
                    <th scope="col" className="px-2 py-2">
                      Workshops
                    </th>
                  )}
                  <th scope="col" className="px-4 py-2">
                    Aangemeld
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-stone-100 align-top last:border-0">
                    <td className="px-4 py-2">
                      <Link href={registrationPath(event.id, row.id)} className="font-semibold text-brand-700 underline underline-offset-4">
                        {row.name}
                      </Link>
                      <span className="block break-all text-stone-700">{row.email}</span>
                    </td>
                    <td className="px-2 py-2">
                      {row.teamName && <span className="block font-medium">{row.teamName}</span>}
                      {row.organisation}
                      {row.role && <span className="block text-stone-700">{row.role}</span>}
                    </td>
                    <td className="px-2 py-2">
                      <StatusBadge status={row.status} />
                    </td>
                    {hybrid && <td className="px-2 py-2 whitespace-nowrap">{participationModeLabels[row.attendanceMode]}</td>}
                    {hasWorkshops && (
                      <td className="px-2 py-2">
                        {row.workshops.length === 0 ? (
                          <span className="text-stone-600">geen</span>
                        ) : (
                          <ul>
                            {labelledChoices(row.workshops, event.rounds).map((choice) => (
                              <li key={choice.roundNumber}>
                                {choice.roundLabel}: {choice.workshopNumber}. {choice.title}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    )}
                    <td className="px-4 py-2 whitespace-nowrap">
                      {formatDutchDate(row.createdAt).replace(/^\S+ /, "")}
                      <span className="block text-stone-700">{formatDutchTime(row.createdAt)} uur</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function ModeCounts({ mode, showMode, teams }: { mode: ModeSummary; showMode: boolean; teams: boolean }) {
  const noun = teams ? "teams" : "plekken";
  const free = mode.capacity === null ? null : Math.max(0, mode.capacity - mode.confirmed - mode.pending);
  return (
    <>
      <h3 className="font-semibold">{showMode ? participationModeLabels[mode.mode] : "Deelnemers"}</h3>
      <p className="mt-1 text-2xl font-bold tabular-nums">
        {mode.confirmed}
        {mode.capacity !== null && (
          <span className="text-base font-normal">
            {" "}
            van {mode.capacity} {noun} bevestigd
          </span>
        )}
        {mode.capacity === null && <span className="text-base font-normal"> bevestigd (geen maximum)</span>}
      </p>
      <p className="text-stone-700">
        {mode.pending} wacht{mode.pending === 1 ? "" : "en"} op intake · {mode.waitlisted} op de wachtlijst
        {free !== null && <> · {free === 0 ? <strong className="text-red-800">vol</strong> : `${free} vrij`}</>}
      </p>
    </>
  );
}
