import type { Metadata } from "next";
import Link from "next/link";
import { TableScroller } from "@/components/admin/TableScroller";
import { FormatBadge } from "@/components/FormatBadge";
import { adminEventListQuery, listAdminEvents, type AdminEventScope } from "@/lib/event-editor/list";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { eventStatusLabels } from "@/lib/status-labels";

export const metadata: Metadata = { title: "Evenementen" };

const scopes: { scope: AdminEventScope; label: string }[] = [
  { scope: "komend", label: "Komend" },
  { scope: "voorbij", label: "Voorbij" },
  { scope: "concept", label: "Concepten" },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminEventsPage({ searchParams }: Props) {
  await requireAdmin();
  const query = adminEventListQuery.parse(await searchParams);
  const { melding } = await searchParams;
  const events = await listAdminEvents(db, query);
  return (
    <div className="space-y-6">
      {melding === "geen-toegang" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          Die pagina is alleen voor beheerders.
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Evenementen</h1>
        <Link href="/admin/evenementen/nieuw" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Nieuw evenement
        </Link>
      </div>
      <nav aria-label="Welke evenementen">
        <ul className="flex flex-wrap gap-2">
          {scopes.map(({ scope, label }) => (
            <li key={scope}>
              <Link
                href={{ pathname: "/admin", query: { scope, ...(query.q ? { q: query.q } : {}) } }}
                aria-current={query.scope === scope ? "page" : undefined}
                className={`inline-block rounded-full border px-4 py-1.5 font-medium ${query.scope === scope ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/admin" role="search" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="scope" value={query.scope} />
        <div>
          <label htmlFor="zoek-evenement" className="block font-semibold">
            Zoeken op titel, plaats of webadres
          </label>
          <input id="zoek-evenement" name="q" defaultValue={query.q} className="mt-1 w-72 max-w-full rounded border border-stone-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100">
          Zoeken
        </button>
      </form>
      {events.length === 0 ? (
        <p className="rounded border border-stone-200 bg-white p-4">Geen evenementen gevonden{query.q ? ` voor "${query.q}"` : ""}.</p>
      ) : (
        <TableScroller label="Evenementen">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Evenementen ({scopes.find((item) => item.scope === query.scope)?.label.toLowerCase()})</caption>
            <thead>
              <tr className="border-b border-stone-300 text-sm text-stone-700">
                <th scope="col" className="py-2 pr-4">Evenement</th>
                <th scope="col" className="py-2 pr-4">Wanneer</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2 pr-4 text-right">Aangemeld</th>
                <th scope="col" className="py-2 pr-4 text-right">Wachtlijst</th>
                <th scope="col" className="py-2 text-right">Intake</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-b border-stone-200 align-top">
                  <td className="py-3 pr-4">
                    <Link href={`/admin/evenementen/${event.id}`} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                      {event.title}
                    </Link>
                    <div className="mt-1">
                      <FormatBadge format={event.format} />
                    </div>
                  </td>
                  <td className="py-3 pr-4 text-sm">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</td>
                  <td className="py-3 pr-4 text-sm">{eventStatusLabels[event.status]}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">{event.counts.confirmed}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">{event.counts.waitlisted}</td>
                  <td className="py-3 text-right tabular-nums">{event.counts.pending}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </div>
  );
}
