import Link from "next/link";
import type { ParticipationMode } from "@/lib/generated/prisma/enums";
import { participationModeLabels } from "@/lib/events/formats";
import { registrationsPath } from "@/lib/registration/admin-paths";
import { REGISTRATION_STATUSES, type AdminRegistrationsEvent, type RegistrationFilters } from "@/lib/registration/list";
import { REGISTRATION_SORTS, registrationSortLabels } from "@/lib/registration/table-order";
import { registrationStatusLabels } from "@/lib/status-labels";

// The search and filters above the registrations table, and its order: a plain GET form, so every view
// is a URL and works without JavaScript. A new search starts at page 1.

const select = "mt-1 rounded border border-stone-400 bg-white px-3 py-2";

type Props = { event: AdminRegistrationsEvent; filters: RegistrationFilters; modes: ParticipationMode[]; selectedWorkshopId: number | null };

export function RegistrationFilterForm({ event, filters, modes, selectedWorkshopId }: Props) {
  const filtered = Boolean(filters.q || filters.status || filters.mode || filters.workshop);
  const hasWorkshops = event.rounds.some((round) => round.workshops.length > 0);
  return (
    // Keyed by the filters: after "Wis filters" (a client-side navigation) the fields show the new URL, not the old choice.
    <form
      key={registrationsPath(event.id, { ...filters, page: 1 })}
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
        <input id="zoek-aanmelding" name="q" type="search" defaultValue={filters.q} className="mt-1 w-full rounded border border-stone-400 px-3 py-2 sm:w-72" />
      </div>
      <div>
        <label htmlFor="filter-status" className="block font-semibold">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={select}>
          <option value="">Alle</option>
          {REGISTRATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {registrationStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      {modes.length > 1 && (
        <div>
          <label htmlFor="filter-mode" className="block font-semibold">
            Deelname
          </label>
          <select id="filter-mode" name="mode" defaultValue={filters.mode ?? ""} className={select}>
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
          <select id="filter-workshop" name="workshop" defaultValue={selectedWorkshopId ? String(selectedWorkshopId) : ""} className={`${select} w-full sm:w-auto sm:max-w-xs`}>
            <option value="">Alle</option>
            {event.rounds.map((round) => (
              <optgroup key={round.id} label={round.name}>
                {round.workshops.map((workshop) => (
                  // The round is in the option's own text too: a closed select shows only the option.
                  <option key={workshop.id} value={workshop.id}>
                    {`${round.name}: ${workshop.number}. ${workshop.title}`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="sorteer-aanmeldingen" className="block font-semibold">
          Sorteer op
        </label>
        <select id="sorteer-aanmeldingen" name="sort" defaultValue={filters.sort} className={select}>
          {REGISTRATION_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {registrationSortLabels[sort]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Toon
      </button>
      {filtered && (
        <Link href={registrationsPath(event.id, { sort: filters.sort })} className="py-2 text-brand-700 underline underline-offset-4">
          Wis filters
        </Link>
      )}
    </form>
  );
}
