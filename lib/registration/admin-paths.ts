import type { RegistrationFilters } from "@/lib/registration/list";
import { DEFAULT_REGISTRATION_SORT } from "@/lib/registration/table-order";

// Addresses of an event's registration pages, with the table's filters, order and page kept in the query string.

export function registrationsPath(eventId: number, filters: Partial<RegistrationFilters> = {}): string {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  if (filters.status) query.set("status", filters.status);
  if (filters.mode) query.set("mode", filters.mode);
  if (filters.workshop) query.set("workshop", String(filters.workshop));
  if (filters.sort && filters.sort !== DEFAULT_REGISTRATION_SORT) query.set("sort", filters.sort);
  if (filters.page && filters.page > 1) query.set("page", String(filters.page));
  const search = query.toString();
  return `/admin/evenementen/${eventId}/aanmeldingen${search ? `?${search}` : ""}`;
}

export function registrationPath(eventId: number, registrationId: number): string {
  return `/admin/evenementen/${eventId}/aanmeldingen/${registrationId}`;
}

export function exportPath(eventId: number, workshopId?: number): string {
  return `/admin/evenementen/${eventId}/aanmeldingen/export.csv${workshopId ? `?workshop=${workshopId}` : ""}`;
}

export function presenceListPath(eventId: number, workshopId?: number): string {
  return `/admin/evenementen/${eventId}/aanmeldingen/presentielijst${workshopId ? `?workshop=${workshopId}` : ""}`;
}
