import type { Metadata } from "next";
import Link from "next/link";
import { TableScroller } from "@/components/admin/TableScroller";
import { DayChart } from "@/components/statistics/Charts";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDate } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { overallStatistics } from "@/lib/statistics/stats";

export const metadata: Metadata = { title: "Statistiek" };

export default async function StatisticsPage() {
  await requireAdmin();
  const { rows, perDay } = await overallStatistics(db);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Statistiek</h1>
      <DayChart title="Aanmeldingen per dag, alle bijeenkomsten" days={perDay} unit="Aanmeldingen" />
      <section aria-labelledby="per-bijeenkomst" className="space-y-3">
        <h2 id="per-bijeenkomst" className="text-xl font-semibold">
          Per bijeenkomst
        </h2>
        {rows.length === 0 ? (
          <p>Nog geen aanmeldingen.</p>
        ) : (
          <TableScroller label="Statistiek per bijeenkomst">
            <table className="min-w-full text-left">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="px-2 py-2">Bijeenkomst</th>
                  <th scope="col" className="px-2 py-2">Datum</th>
                  <th scope="col" className="px-2 py-2 text-right">Aanmeldingen</th>
                  <th scope="col" className="px-2 py-2 text-right">Bevestigd</th>
                  <th scope="col" className="px-2 py-2 text-right">Wachtlijst</th>
                  <th scope="col" className="px-2 py-2 text-right">Geannuleerd</th>
                  <th scope="col" className="px-2 py-2 text-right">Aanwezig</th>
                  <th scope="col" className="px-2 py-2 text-right">Niet gekomen</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-stone-200">
                    <th scope="row" className="px-2 py-2 font-normal">
                      <Link href={`/admin/evenementen/${row.id}/statistiek`} className="text-brand-700 underline underline-offset-4">
                        {row.title}
                      </Link>
                    </th>
                    <td className="px-2 py-2 whitespace-nowrap">{formatDutchDate(row.startsAt)}</td>
                    <td className="px-2 py-2 text-right">{row.registrations}</td>
                    <td className="px-2 py-2 text-right">{row.confirmed}</td>
                    <td className="px-2 py-2 text-right">{row.waitlisted}</td>
                    <td className="px-2 py-2 text-right">{row.cancelled}</td>
                    <td className="px-2 py-2 text-right">{row.past ? row.present : "–"}</td>
                    <td className="px-2 py-2 text-right">{row.past ? Math.max(0, row.confirmed - row.present) : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>
    </div>
  );
}
