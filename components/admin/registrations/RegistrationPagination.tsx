import Link from "next/link";
import { registrationsPath } from "@/lib/registration/admin-paths";
import type { RegistrationFilters } from "@/lib/registration/list";

// Previous and next page of the registrations table, keeping its filters and order in the URL.

const link = "rounded border border-stone-300 bg-white px-3 py-2 text-brand-700 underline underline-offset-4";

export function RegistrationPagination({ eventId, filters, page, pageCount }: { eventId: number; filters: RegistrationFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (target: number) => registrationsPath(eventId, { ...filters, page: target });
  return (
    <nav aria-label="Pagina's met aanmeldingen" className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={link}>
          Vorige
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-700">
        Pagina {page} van {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          Volgende
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
