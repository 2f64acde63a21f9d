import { PageLinks } from "@/components/PageLinks";
import { registrationsPath } from "@/lib/registration/admin-paths";
import type { RegistrationFilters } from "@/lib/registration/list";

// Previous and next page of the registrations table, keeping its filters and order in the URL.

export function RegistrationPagination({ eventId, filters, page, pageCount }: { eventId: number; filters: RegistrationFilters; page: number; pageCount: number }) {
  return <PageLinks label="Pagina's met aanmeldingen" page={page} pageCount={pageCount} href={(target) => registrationsPath(eventId, { ...filters, page: target })} />;
}
