import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/admin/registrations/PrintButton";
import { TableScroller } from "@/components/admin/TableScroller";
import { registrationsPath } from "@/lib/registration/admin-paths";
import { findEventForRegistrations, findWorkshop, listPresence, parseRegistrationFilters } from "@/lib/registration/list";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDateTimeRange, formatDutchTimeRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { offeredModes } from "@/lib/events/availability";
import { placeLabel } from "@/lib/events/place";

export const metadata: Metadata = { title: "Presentielijst" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A presence list to print: the confirmed attendees on site, by surname, with a column to sign. */
export default async function PresenceListPage({ params, searchParams }: Props) {
  await requireAdmin();
  const event = await findEventForRegistrations(db, (await params).id);
  if (!event) notFound();
  const filters = parseRegistrationFilters(await searchParams);
  const workshop = findWorkshop(event, filters.workshop);
  if (filters.workshop !== undefined && !workshop) notFound();
  // Signatures are collected on site; online attendees are left off when there is a place to sign.
  const onSiteOnly = offeredModes(event).includes("physical");
  const attendees = await listPresence(db, event.id, { workshopId: workshop?.id, mode: onSiteOnly ? "physical" : undefined });
  const title = workshop ? `Workshop ${workshop.number}: ${workshop.title}` : event.title;

  return (
    <div className="space-y-6 print:space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={registrationsPath(event.id)} className="text-brand-700 underline underline-offset-4">
          ← Alle aanmeldingen
        </Link>
        <PrintButton />
      </div>
      <header>
        <p className="font-semibold text-stone-700">Presentielijst</p>
        <h1 className="text-3xl font-bold print:text-2xl">{title}</h1>
        {workshop && <p className="text-lg">{event.title}</p>}
        <p className="text-stone-700">
          {workshop
            ? `${formatDutchDateTimeRange(event.startsAt, event.endsAt).split(",")[0]}, ${workshop.round.kind === "workshops" ? workshop.round.name.toLowerCase() : workshop.round.name}, ${formatDutchTimeRange(workshop.round.startsAt, workshop.round.endsAt)}`
            : formatDutchDateTimeRange(event.startsAt, event.endsAt)}
          {workshop?.room ? `, ${workshop.room}` : onSiteOnly ? `, ${placeLabel({ ...event, attendanceMode: "physical" })}` : ""}
        </p>
        <p className="text-stone-700">
          {attendees.length === 1 ? "1 deelnemer" : `${attendees.length} deelnemers`}
          {onSiteOnly && event.attendanceMode === "hybrid" ? " op locatie" : ""}
        </p>
      </header>
      {attendees.length === 0 ? (
        <p className="rounded border border-stone-200 bg-white p-4">Nog niemand bevestigd.</p>
      ) : (
        // On a phone the table scrolls in its own box, not the page; on paper it is as wide as the page.
        <TableScroller label={`Presentielijst ${title}`}>
          <table className="presence-list w-full border-collapse bg-white text-left">
            <caption className="sr-only">Presentielijst {title}</caption>
            <thead>
              <tr className="border-b-2 border-stone-800">
                <th scope="col" className="w-10 px-2 py-2 text-right">
                  Nr.
                </th>
                <th scope="col" className="px-2 py-2">
                  Naam
                </th>
                <th scope="col" className="px-2 py-2">
                  Organisatie
                </th>
                <th scope="col" className="w-1/3 px-2 py-2">
                  Handtekening
                </th>
              </tr>
            </thead>
            <tbody>
              {attendees.map((attendee, index) => (
                <tr key={attendee.id} className="border-b border-stone-400 break-inside-avoid">
                  <td className="px-2 py-3 text-right tabular-nums">{index + 1}</td>
                  <td className="px-2 py-3 font-medium">{attendee.name}</td>
                  <td className="px-2 py-3">{attendee.teamName ?? attendee.organisation ?? ""}</td>
                  <td className="px-2 py-3" />
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </div>
  );
}
