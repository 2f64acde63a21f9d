import { PageLinks } from "@/components/PageLinks";
import { filtersToQuery, type EventFilters } from "@/lib/events/filters";

export function Pagination({ action, filters, page, pageCount }: { action: string; filters: EventFilters; page: number; pageCount: number }) {
  return <PageLinks label="Paginering" className="mt-8" page={page} pageCount={pageCount} href={(target) => `${action}${filtersToQuery({ ...filters, page: target })}`} />;
}
