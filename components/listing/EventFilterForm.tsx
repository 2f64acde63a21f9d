import Link from "next/link";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { formatLabels, EVENT_FORMATS } from "@/lib/events/formats";
import { ATTENDANCE_MODES, filtersToQuery, periodPresets, type EventFilters, type FilterErrors } from "@/lib/events/filters";
import type { EventSearchResult } from "@/lib/events/search";
import type { AttendanceMode } from "@/lib/generated/prisma/enums";

const modeFilterLabels: Record<AttendanceMode, string> = {
  physical: "Op locatie",
  online: "Online",
  hybrid: "Hybride",
};

/** A plain GET form: filtering works without JavaScript and every result page has its own URL. */
export function EventFilterForm({
  action,
  scope,
  filters,
  errors,
  facets,
}: {
  action: string;
  scope: "upcoming" | "archive";
  filters: EventFilters;
  errors: FilterErrors;
  facets: EventSearchResult["facets"];
}) {
  const active = filters.format.length > 0 || Boolean(filters.mode || filters.q || filters.from || filters.to);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    // Folded on a phone so the first event shows on the first screen; a <details> needs no JavaScript, and
    // from lg up globals.css shows its content whether it is open or not. It opens after a bad value, so its
    // message shows; otherwise the results come first.
    <details open={hasErrors} className="filter-panel rounded-lg border border-stone-200 bg-white">
      <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-900 lg:hidden">
        Filters{active ? " (actief)" : ""}
      </summary>
    <form action={action} method="get" role="search" aria-label="Bijeenkomsten filteren" className="space-y-5 p-4">
      {hasErrors && (
        <ErrorSummary
          answer={errors}
          message="Controleer de filters."
          fieldErrors={errors}
          targets={{ q: "filter-q", format: "filter-format-error", mode: "filter-mode-error", from: "filter-from", to: "filter-to" }}
          order={["q", "format", "mode", "from", "to"]}
        />
      )}
      <div>
        <label htmlFor="filter-q" className="block font-semibold">Zoeken</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          placeholder="Bijvoorbeeld eenzaamheid"
          aria-describedby={errors.q ? "filter-q-error" : undefined}
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
        />
        <FieldError id="filter-q-error" messages={errors.q} />
      </div>

      <fieldset>
        <legend className="font-semibold">Vorm</legend>
        <ul className="mt-1 space-y-1">
          {EVENT_FORMATS.map((format) => (
            <li key={format}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="format" value={format} defaultChecked={filters.format.includes(format)} className="h-4 w-4 accent-brand-700" />
                <span>{formatLabels[format]}</span>
                <span className="text-sm text-stone-600">({facets.format[format]})</span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="filter-format-error" messages={errors.format} />
      </fieldset>

      <fieldset>
        <legend className="font-semibold">Deelnemen</legend>
        <ul className="mt-1 space-y-1">
          <li>
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" value="" defaultChecked={!filters.mode} className="h-4 w-4 accent-brand-700" />
              <span>Alle</span>
            </label>
          </li>
          {ATTENDANCE_MODES.map((mode) => (
            <li key={mode}>
              <label className="flex items-center gap-2">
                <input type="radio" name="mode" value={mode} defaultChecked={filters.mode === mode} className="h-4 w-4 accent-brand-700" />
                <span>{modeFilterLabels[mode]}</span>
                <span className="text-sm text-stone-600">({facets.mode[mode]})</span>
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="filter-mode-error" messages={errors.mode} />
      </fieldset>

      <fieldset>
        <legend className="font-semibold">Periode</legend>
        {/* Side by side only where the inputs have room for a whole date; in the sidebar they stack. */}
        <div className="mt-1 grid gap-2 sm:grid-cols-2 lg:grid-cols-1">
          <div>
            <label htmlFor="filter-from" className="block text-sm">Vanaf</label>
            <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} aria-describedby={errors.from ? "filter-from-error" : undefined} className="w-full rounded border border-stone-400 px-2 py-1.5" />
            <FieldError id="filter-from-error" messages={errors.from} />
          </div>
          <div>
            <label htmlFor="filter-to" className="block text-sm">Tot en met</label>
            <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} aria-describedby={errors.to ? "filter-to-error" : undefined} className="w-full rounded border border-stone-400 px-2 py-1.5" />
            <FieldError id="filter-to-error" messages={errors.to} />
          </div>
        </div>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {periodPresets(scope).map((preset) => (
            <li key={preset.label}>
              <Link className="text-brand-700 underline" href={`${action}${filtersToQuery({ ...filters, from: preset.from, to: preset.to, page: 1 })}`}>
                {preset.label}
              </Link>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Filteren
        </button>
        <Link href={action} className="text-brand-700 underline">Wis filters</Link>
      </div>
    </form>
    </details>
  );
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {messages.join(" ")}
    </p>
  );
}
