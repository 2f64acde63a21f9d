import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { compareBySurname } from "@/lib/registration/surname-order";

// The order and the pages of the admin's registrations table, both kept in the URL (`sort`, `page`) so a
// view can be bookmarked and works without JavaScript. An event has hundreds of registrations, not
// millions: the filtered rows are sorted and paged here, so a name sorts by surname the Dutch way.

export const REGISTRATIONS_PAGE_SIZE = 50;

export const REGISTRATION_SORT_FIELDS = ["registered", "name", "organisation", "status"] as const;
export type RegistrationSortField = (typeof REGISTRATION_SORT_FIELDS)[number];
export const REGISTRATION_SORTS = REGISTRATION_SORT_FIELDS.flatMap((field) => [field, `${field}-desc`] as const);
export type RegistrationSort = (typeof REGISTRATION_SORTS)[number];
export const DEFAULT_REGISTRATION_SORT: RegistrationSort = "registered";

export const registrationSortLabels: Record<RegistrationSort, string> = {
  registered: "Aangemeld, oudste eerst",
  "registered-desc": "Aangemeld, nieuwste eerst",
  name: "Achternaam, A-Z",
  "name-desc": "Achternaam, Z-A",
  organisation: "Organisatie, A-Z",
  "organisation-desc": "Organisatie, Z-A",
  status: "Status",
  "status-desc": "Status, omgekeerd",
};

type SortableRow = { id: number; name: string; organisation: string | null; teamName: string | null; status: RegistrationStatus; createdAt: Date };

const STATUS_ORDER: RegistrationStatus[] = ["confirmed", "pending", "waitlisted", "cancelled", "rejected"];
const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

export function sortField(sort: RegistrationSort): { field: RegistrationSortField; descending: boolean } {
  const descending = sort.endsWith("-desc");
  return { field: (descending ? sort.slice(0, -"-desc".length) : sort) as RegistrationSortField, descending };
}

const comparators: Record<RegistrationSortField, (a: SortableRow, b: SortableRow) => number> = {
  registered: (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  name: (a, b) => compareBySurname(a.name, b.name),
  // Rows without an organisation come last, whichever way round.
  organisation: (a, b) => collator.compare(a.teamName ?? a.organisation ?? "", b.teamName ?? b.organisation ?? ""),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
};

/** A sorted copy; ties keep the order of registration, oldest first. */
export function sortRegistrations<T extends SortableRow>(rows: T[], sort: RegistrationSort): T[] {
  const { field, descending } = sortField(sort);
  const compare = comparators[field];
  const missing = (row: T) => field === "organisation" && !(row.teamName ?? row.organisation);
  return [...rows].sort((a, b) => {
    if (missing(a) !== missing(b)) return missing(a) ? 1 : -1;
    const order = compare(a, b);
    return (descending ? -order : order) || a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
  });
}

export type RegistrationsPage<T> = { rows: T[]; total: number; page: number; pageCount: number; first: number; last: number };

/** One page of rows; a page past the end shows the last one. */
export function pageOfRegistrations<T>(rows: T[], page: number, size = REGISTRATIONS_PAGE_SIZE): RegistrationsPage<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pageCount);
  const start = (current - 1) * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, total: rows.length, page: current, pageCount, first: slice.length ? start + 1 : 0, last: start + slice.length };
}
