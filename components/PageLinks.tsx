import Link from "next/link";

// Previous and next page of a list, with where one is: the listing and the admin's registrations table.

const link = "rounded border border-stone-300 bg-white px-3 py-2 text-brand-700";

export function PageLinks({ label, page, pageCount, href, className = "" }: { label: string; page: number; pageCount: number; href: (page: number) => string; className?: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className={`flex items-center justify-between gap-4 ${className}`}>
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
