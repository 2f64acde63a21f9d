import Link from "next/link";
import { EmailAddress } from "@/components/admin/registrations/EmailAddress";
import { StatusBadge } from "@/components/admin/registrations/StatusBadge";
import { formatDutchDate, formatDutchTime } from "@/lib/dates";
import { participationModeLabels } from "@/lib/events/formats";
import { labelledChoices } from "@/lib/events/rounds";
import { registrationPath } from "@/lib/registration/admin-paths";
import type { AdminRegistrationRow } from "@/lib/registration/list";
import { sortField, type RegistrationSort, type RegistrationSortField } from "@/lib/registration/table-order";

// One page of an event's registrations: a list of cards on a phone, a table from a tablet up.

type Props = {
  eventId: number;
  eventTitle: string;
  rows: AdminRegistrationRow[];
  /** The event's rounds, to name and order each choice's round as everywhere else. */
  rounds: Parameters<typeof labelledChoices>[1];
  hybrid: boolean;
  hasWorkshops: boolean;
  sort: RegistrationSort;
};

const day = (date: Date) => formatDutchDate(date).replace(/^\S+ /, "");

export function RegistrationRows(props: Props) {
  if (props.rows.length === 0) return null;
  return (
    <>
      <RegistrationCards {...props} />
      <RegistrationTable {...props} />
    </>
  );
}

function RegistrationCards({ eventId, eventTitle, rows, rounds, hybrid, hasWorkshops }: Props) {
  return (
    <ul aria-label={`Aanmeldingen voor ${eventTitle}`} className="space-y-3 sm:hidden">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <div className="flex items-start justify-between gap-3">
            <Link href={registrationPath(eventId, row.id)} className="text-lg font-semibold text-brand-700 underline underline-offset-4">
              {row.name}
            </Link>
            <StatusBadge status={row.status} offerExpiresAt={row.offerExpiresAt} />
          </div>
          <p className="text-stone-700">
            <EmailAddress address={row.email} />
          </p>
          {(row.teamName || row.organisation || row.role) && <p>{[row.teamName, row.organisation, row.role].filter(Boolean).join(" · ")}</p>}
          {hybrid && <p>{participationModeLabels[row.attendanceMode]}</p>}
          {hasWorkshops && (
            <p>
              {row.workshops.length === 0
                ? "Geen workshop"
                : labelledChoices(row.workshops, rounds).map((choice) => `${choice.roundLabel}: ${choice.workshopNumber}. ${choice.title}`).join("; ")}
            </p>
          )}
          <p className="text-sm text-stone-700">
            Aangemeld op {day(row.createdAt)}, {formatDutchTime(row.createdAt)} uur
          </p>
        </li>
      ))}
    </ul>
  );
}

function RegistrationTable({ eventId, eventTitle, rows, rounds, hybrid, hasWorkshops, sort }: Props) {
  const sorted = sortField(sort);
  const ariaSort = (field: RegistrationSortField) => (sorted.field === field ? (sorted.descending ? "descending" : "ascending") : undefined);
  return (
    <div className="relative hidden overflow-x-auto rounded-lg border border-stone-200 bg-white sm:block">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Aanmeldingen voor {eventTitle}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-700">
            <th scope="col" aria-sort={ariaSort("name")} className="px-4 py-2">
              Naam
            </th>
            <th scope="col" aria-sort={ariaSort("organisation")} className="px-2 py-2">
              Organisatie
            </th>
            <th scope="col" aria-sort={ariaSort("status")} className="px-2 py-2">
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
            <th scope="col" aria-sort={ariaSort("registered")} className="px-4 py-2">
              Aangemeld
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-100 align-top last:border-0">
              <td className="px-4 py-2">
                <Link href={registrationPath(eventId, row.id)} className="font-semibold text-brand-700 underline underline-offset-4">
                  {row.name}
                </Link>
                <EmailAddress address={row.email} className="block text-stone-700" />
              </td>
              <td className="px-2 py-2">
                {row.teamName && <span className="block font-medium">{row.teamName}</span>}
                {row.organisation}
                {row.role && <span className="block text-stone-700">{row.role}</span>}
              </td>
              <td className="px-2 py-2">
                <StatusBadge status={row.status} offerExpiresAt={row.offerExpiresAt} />
              </td>
              {hybrid && <td className="px-2 py-2 whitespace-nowrap">{participationModeLabels[row.attendanceMode]}</td>}
              {hasWorkshops && (
                <td className="px-2 py-2">
                  {row.workshops.length === 0 ? (
                    <span className="text-stone-600">geen</span>
                  ) : (
                    <ul>
                      {labelledChoices(row.workshops, rounds).map((choice) => (
                        <li key={choice.roundNumber}>
                          {choice.roundLabel}: {choice.workshopNumber}. {choice.title}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              )}
              <td className="px-4 py-2 whitespace-nowrap">
                {day(row.createdAt)}
                <span className="block text-stone-700">{formatDutchTime(row.createdAt)} uur</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
