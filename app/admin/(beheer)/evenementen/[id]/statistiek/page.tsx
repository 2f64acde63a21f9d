import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DayChart, FillChart } from "@/components/statistics/Charts";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDate } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { eventStatistics } from "@/lib/statistics/stats";

export const metadata: Metadata = { title: "Statistiek van het evenement" };

export default async function EventStatisticsPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const rawId = (await params).id;
  const stats = /^\d{1,9}$/.test(rawId) ? await eventStatistics(db, Number(rawId)) : null;
  if (!stats) notFound();
  const { event, totals, presence } = stats;
  const figures: [string, number][] = [
    ["Aanmeldingen", totals.registrations],
    ["Bevestigd", totals.confirmed],
    ["Wachtlijst", totals.waitlisted],
    ["Geannuleerd", totals.cancelled],
    ["Afgewezen", totals.rejected],
    ...(presence ? ([["Aanwezig", presence.present], ["Niet gekomen", presence.noShows]] as [string, number][]) : []),
  ];
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/admin/evenementen/${event.id}`} className="text-brand-800 underline underline-offset-2">
          ← {event.title}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Statistiek: {event.title}</h1>
      <p>{formatDutchDate(event.startsAt)}</p>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded border border-stone-200 bg-white p-3">
            <dt className="text-stone-700">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      {!presence && <p>Aanwezigheid en niet-gekomen deelnemers zie je hier na afloop van de bijeenkomst.</p>}
      <DayChart title="Aanmeldingen per dag" days={stats.perDay} unit="Aanmeldingen" />
      <FillChart title="Bezetting per vorm van deelnemen" fills={stats.modes} />
      <FillChart title="Bezetting per workshop" fills={stats.workshops} />
      <DayChart title="Lengte van de wachtlijst per dag" days={stats.waitlistPerDay} unit="Op de wachtlijst" />
    </div>
  );
}
