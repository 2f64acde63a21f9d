import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistrationFilterForm } from "@/components/admin/registrations/RegistrationFilterForm";
import { RegistrationOverview } from "@/components/admin/registrations/RegistrationOverview";
import { RegistrationPagination } from "@/components/admin/registrations/RegistrationPagination";
import { RegistrationRows } from "@/components/admin/registrations/RegistrationRows";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { offeredModes } from "@/lib/events/availability";
import {
  findEventForRegistrations,
  findWorkshop,
  parseRegistrationFilters,
  registrationsTablePage,
  registrationSummary,
} from "@/lib/registration/list";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RegistrationsPage({ params, searchParams }: Props) {
  await requireAdmin();
  const event = await findEventForRegistrations(db, (await params).id);
  if (!event) notFound();
  const filters = parseRegistrationFilters(await searchParams);
  const [table, summary] = await Promise.all([registrationsTablePage(db, event.id, filters), registrationSummary(db, event)]);
  const modes = offeredModes(event);
  const filtered = Boolean(filters.q || filters.status || filters.mode || filters.workshop);
  const count = table.total === 1 ? "1 aanmelding" : `${table.total} aanmeldingen`;

  return (
    <TitledPage title={adminPageTitle("Aanmeldingen")}>
      <div className="space-y-8">
        <div>
          <p>
            <Link href={`/admin/evenementen/${event.id}`} className="text-brand-700 underline underline-offset-4">
              ← {event.title}
            </Link>
          </p>
          <h1 className="mt-2 text-3xl font-bold">Aanmeldingen</h1>
          <p className="mt-1 text-stone-700">
            {event.title}, {formatDutchDateTimeRange(event.startsAt, event.endsAt)}
          </p>
        </div>

        <RegistrationOverview event={event} summary={summary} hybrid={modes.length > 1} />

        <section aria-labelledby="kop-lijst" className="space-y-4">
          <h2 id="kop-lijst" className="text-xl font-semibold">
            Alle aanmeldingen
          </h2>
          <RegistrationFilterForm
            event={event}
            filters={filters}
            modes={modes}
            selectedWorkshopId={findWorkshop(event, filters.workshop)?.id ?? null}
          />
          <p role="status" className="font-medium">
            {count}
            {filtered ? " gevonden" : ""}
            {table.pageCount > 1 ? `, ${table.first}-${table.last} op deze pagina` : ""}
          </p>
          <RegistrationRows
            eventId={event.id}
            eventTitle={event.title}
            rows={table.rows}
            rounds={event.rounds}
            hybrid={modes.length > 1}
            hasWorkshops={event.rounds.some((round) => round.workshops.length > 0)}
            sort={filters.sort}
          />
          <RegistrationPagination eventId={event.id} filters={filters} page={table.page} pageCount={table.pageCount} />
        </section>
      </div>
    </TitledPage>
  );
}
