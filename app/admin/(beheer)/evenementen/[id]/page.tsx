import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { FormatBadge } from "@/components/FormatBadge";
import { EventLifecycleSections } from "@/components/admin/event-overview/EventLifecycleSections";
import { EventOverviewCounts } from "@/components/admin/event-overview/EventOverviewCounts";
import { eventIdFrom, eventOverview } from "@/lib/event-editor/overview";
import { eventStatusLabels } from "@/lib/status-labels";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { attendanceModeLabels } from "@/lib/events/formats";
import { placeLabel } from "@/lib/events/place";
import { db } from "@/lib/db/client";
import { cancelAction, deleteAction, duplicateAction, postponeAction, publishAction, unpublishAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

const notices: Record<string, string> = {
  aangemaakt: "Het evenement is aangemaakt als concept. Publiceer het als alles klopt.",
  opgeslagen: "Je wijzigingen zijn opgeslagen.",
  gepubliceerd: "Het evenement staat nu op de site.",
  concept: "Het evenement is teruggezet naar concept en staat niet meer op de site.",
  geannuleerd: "Het evenement is geannuleerd; alle aangemelden krijgen een mail.",
  verplaatst: "Het evenement is verplaatst; alle aangemelden krijgen een mail.",
  gekopieerd: "Dit is de nieuwe editie, als concept. Controleer de datums en tijden en publiceer als alles klopt.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminEventPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = eventIdFrom((await params).id);
  const overview = id === null ? null : await eventOverview(db, id);
  if (!overview) notFound();
  const { event } = overview;
  const { melding } = await searchParams;
  const notice = typeof melding === "string" ? notices[melding] : undefined;
  const base = `/admin/evenementen/${event.id}`;

  return (
    <TitledPage title={adminPageTitle("Evenement")}>
      <div className="space-y-6">
        <p>
          <Link href="/admin" className="text-brand-800 underline">
            Alle evenementen
          </Link>
        </p>
        {notice && (
          <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
            {notice}
          </p>
        )}
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <FormatBadge format={event.format} />
            <span
              className={`rounded-full px-3 py-0.5 text-sm font-semibold ${event.status === "published" ? "bg-green-100 text-green-900" : event.status === "draft" ? "bg-stone-200 text-stone-800" : "bg-amber-100 text-amber-900"}`}
            >
              {eventStatusLabels[event.status]}
            </span>
          </div>
          <h1 className="text-3xl font-bold">{event.title}</h1>
          <p className="text-stone-700">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</p>
          <p className="text-stone-700">
            {attendanceModeLabels[event.attendanceMode]} · {placeLabel(event)}
          </p>
          {event.statusNote && <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{event.statusNote}</p>}
        </div>

        <nav aria-label="Dit evenement">
          <ul className="flex flex-wrap gap-2">
            <NavLink href={`${base}/bewerken`} primary>
              Bewerken
            </NavLink>
            <NavLink href={`${base}/aanmeldingen`}>Aanmeldingen</NavLink>
            {event.acceptsQuestions && <NavLink href={`${base}/vragen`}>Vragen vooraf</NavLink>}
            <NavLink href={`${base}/accreditatie`}>Accreditatie</NavLink>
            <NavLink href={`${base}/na-afloop`}>Na afloop</NavLink>
            <NavLink href={`${base}/evaluatie`}>Evaluatie</NavLink>
            <NavLink href={`${base}/materialen`}>Materialen</NavLink>
            <NavLink href={`${base}/mail`}>Mail</NavLink>
            <NavLink href={`${base}/logboek`}>Logboek</NavLink>
            <NavLink href={`${base}/statistiek`}>Statistiek</NavLink>
            {event.status !== "draft" && <NavLink href={`/evenementen/${event.slug}`}>Bekijk op de site</NavLink>}
          </ul>
        </nav>

        <EventOverviewCounts overview={overview} />
        <EventLifecycleSections
          overview={overview}
          actions={{
            publish: publishAction.bind(null, event.id),
            unpublish: unpublishAction.bind(null, event.id),
            postpone: postponeAction.bind(null, event.id),
            cancel: cancelAction.bind(null, event.id),
            duplicate: duplicateAction.bind(null, event.id),
            remove: deleteAction.bind(null, event.id),
          }}
        />
      </div>
    </TitledPage>
  );
}

function NavLink({ href, primary, children }: { href: string; primary?: boolean; children: ReactNode }) {
  return (
    <li>
      <Link
        href={href}
        className={`inline-block rounded px-4 py-2 font-medium ${primary ? "bg-brand-700 text-white hover:bg-brand-800" : "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100"}`}
      >
        {children}
      </Link>
    </li>
  );
}
