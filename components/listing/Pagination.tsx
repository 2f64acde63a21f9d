import Link from "next/link";
import { filtersToQuery, type EventFilters } from "@/lib/events/filters";

export function Pagination({ action, filters, page, pageCount }: { action: string; filters: EventFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (target: number) => `${action}${filtersToQuery({ ...filters, page: target })}`;
  return (
    <nav aria-label="Paginering" className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="rounded border border-stone-300 bg-white px-3 py-2 text-brand-700">
          Vorige
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-700">
        Pagina {page} van {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className="rounded border border-stone-300 bg-white px-3 py-2 text-brand-700">
          Volgende
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
