import Link from "next/link";
import { TableScroller } from "@/components/admin/TableScroller";
import type { AuditRow } from "@/lib/audit";
import { formatDutchDate, formatDutchTime } from "@/lib/dates";

export function AuditTable({ rows, showEvent }: { rows: AuditRow[]; showEvent: boolean }) {
  if (rows.length === 0) return <p className="rounded border border-stone-200 bg-white p-4">Nog geen wijzigingen vastgelegd.</p>;
  return (
    <TableScroller label="Logboek">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Wie wijzigde wat en wanneer, nieuwste eerst</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-700">
            <th scope="col" className="py-2 pr-3">Wanneer</th>
            <th scope="col" className="py-2 pr-3">Wie</th>
            {showEvent && <th scope="col" className="py-2 pr-3">Evenement</th>}
            {/* The sentence with old and new values stays readable on a phone: the table scrolls sideways instead. */}
            <th scope="col" className="min-w-64 py-2">Wat</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top">
              <td className="whitespace-nowrap py-2 pr-3">
                {formatDutchDate(row.at)} {formatDutchTime(row.at)}
              </td>
              <td className="py-2 pr-3">{row.actorName}</td>
              {showEvent && (
                <td className="py-2 pr-3">
                  {row.eventId && row.eventTitle ? (
                    <Link href={`/admin/evenementen/${row.eventId}/logboek`} className="text-brand-800 underline underline-offset-2">
                      {row.eventTitle}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              )}
              <td className="min-w-64 py-2">{row.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
