import Link from "next/link";
import { TableScroller } from "@/components/admin/TableScroller";
import { formatDutchDate, formatDutchTime } from "@/lib/dates";
import type { BulkMailRow } from "@/lib/mail/bulk";

/** The organisers' messages to attendees, each with how far it has got. */
export function BulkMailList({ rows, showEvent = false }: { rows: BulkMailRow[]; showEvent?: boolean }) {
  if (rows.length === 0) return <p className="text-stone-700">Nog geen berichten aan deelnemers verstuurd.</p>;
  return (
    <TableScroller label="Berichten aan deelnemers">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-3">Onderwerp</th>
            {/* Second, so a phone shows it without scrolling the table sideways. */}
            <th scope="col" className="py-2 pr-3">Voortgang</th>
            {showEvent && <th scope="col" className="py-2 pr-3">Bijeenkomst</th>}
            <th scope="col" className="py-2 pr-3">Door, op</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200 align-top">
              <td className="py-2 pr-3">{row.subject}</td>
              <td className="py-2 pr-3">
                {row.counts.sent} van {row.total} verstuurd
                {row.counts.queued > 0 && `, ${row.counts.queued} in de wachtrij`}
                {row.counts.failed > 0 && `, ${row.counts.failed} mislukt`}
              </td>
              {showEvent && (
                <td className="py-2 pr-3">
                  <Link href={`/admin/evenementen/${row.eventId}/mail`} className="text-brand-700 underline">
                    {row.eventTitle}
                  </Link>
                </td>
              )}
              <td className="py-2 pr-3">
                {row.createdByName}, {formatDutchDate(row.createdAt)} {formatDutchTime(row.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
