import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { EventSubpageHeading } from "@/components/admin/EventSubpageHeading";
import { FollowUpForm } from "@/components/evaluation/FollowUpForm";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDate, formatDutchTime } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { eventIdFrom } from "@/lib/event-editor/overview";
import { participationModeLabels } from "@/lib/events/formats";
import { afterEventOverview, type AfterEventRow } from "@/lib/evaluation/after-event";
import { datetimeLocalValue } from "@/lib/evaluation/follow-up-settings";
import { followUpDueAt, formatPercentage } from "@/lib/evaluation/rules";
import { followUpSettingsAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }> };

const cell = "py-2 pr-4 text-right tabular-nums";

export default async function AfterEventPage({ params }: Props) {
  await requireAdmin();
  const id = eventIdFrom((await params).id);
  const overview = id === null ? null : await afterEventOverview(db, id);
  if (!overview) notFound();
  const { event } = overview;
  const base = `/admin/evenementen/${event.id}`;
  const due = followUpDueAt(event);
  const defaultDue = followUpDueAt({ endsAt: event.endsAt, followUpAt: null });
  const at = (date: Date) => `${formatDutchDate(date)} om ${formatDutchTime(date)} uur`;

  return (
    <TitledPage title={adminPageTitle("Na afloop")}>
      <div className="max-w-4xl space-y-8">
        <EventSubpageHeading event={event} title="Na afloop">
          {!overview.ended && (
            <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
              Deze bijeenkomst is nog niet afgelopen; de cijfers lopen nog op.
            </p>
          )}
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href={`${base}/evaluatie/resultaten`} className="text-brand-800 underline">
              Resultaten van de evaluatie
            </Link>
            <Link href={`${base}/evaluatie`} className="text-brand-800 underline">
              Evaluatievragen
            </Link>
            <Link href={`${base}/materialen`} className="text-brand-800 underline">
              Materialen
            </Link>
          </p>
        </EventSubpageHeading>

        <section aria-labelledby="kerncijfers" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="kerncijfers" className="text-xl font-semibold">
            Kerncijfers
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-4">
            <Figure label="Verwacht">{overview.total.expected}</Figure>
            <Figure label="Aanwezig">{overview.total.present}</Figure>
            <Figure label="Niet gekomen">{`${overview.total.noShow} (${formatPercentage(overview.total.noShowRate)})`}</Figure>
            <Figure label="Evaluatie ingevuld">{`${overview.responses} (${formatPercentage(overview.responseRate)})`}</Figure>
          </dl>
        </section>

        <section aria-labelledby="per-vorm" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="per-vorm" className="text-xl font-semibold">
            Per vorm
          </h2>
          <PresenceTable
            caption="Aanwezigheid per vorm"
            first="Vorm"
            rows={overview.perMode.map((row) => ({ key: row.mode, label: participationModeLabels[row.mode], row }))}
          />
        </section>

        {overview.rounds.map((round) => (
          <section key={round.id} aria-labelledby={`ronde-${round.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 id={`ronde-${round.id}`} className="text-xl font-semibold">
              {round.name}
              {round.title && round.name !== round.title ? `: ${round.title}` : ""}
            </h2>
            {!round.recorded && (
              <p className="mt-1 text-stone-700">
                In deze ronde is de aanwezigheid per zaal niet bijgehouden; alleen de keuzes bij de aanmelding staan hier.
              </p>
            )}
            <PresenceTable
              caption={`Aanwezigheid per workshop, ${round.name}`}
              first="Workshop"
              rows={round.workshops.map((workshop) => ({
                key: String(workshop.id),
                label: `${workshop.number}. ${workshop.title}`,
                row: workshop,
              }))}
            />
          </section>
        ))}

        <section aria-labelledby="mail-na-afloop" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="mail-na-afloop" className="text-xl font-semibold">
            Mail na afloop
          </h2>
          <p className="mt-1 text-stone-700">
            Wie aanwezig was, krijgt een mail met het bewijs van deelname, de evaluatie en de materialen; wie niet kwam, krijgt niets.{" "}
            {overview.followUpsSent > 0
              ? `Verstuurd aan ${overview.followUpsSent} ${overview.followUpsSent === 1 ? "deelnemer" : "deelnemers"}.`
              : event.followUpEnabled
                ? `Gaat uit op ${at(due)}.`
                : "Uitgezet: deze mail gaat niet uit. Het bewijs van deelname en de evaluatie staan wel op de pagina van ieders aanmelding."}
          </p>
          <div className="mt-3">
            <FollowUpForm
              value={datetimeLocalValue(event.followUpAt)}
              enabled={event.followUpEnabled}
              defaultLabel={`de ochtend erna, ${at(defaultDue)}`}
              action={followUpSettingsAction.bind(null, event.id)}
            />
          </div>
        </section>
      </div>
    </TitledPage>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-stone-700">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{children}</dd>
    </div>
  );
}

type NullableRow = { [K in keyof AfterEventRow]: AfterEventRow[K] | null } & { expected: number };

function PresenceTable({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: { key: string; label: string; row: NullableRow }[];
}) {
  return (
    <div className="mt-3 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-sm text-stone-700">
            <th scope="col" className="py-2 pr-4">
              {first}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Verwacht
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Aanwezig
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Niet gekomen
            </th>
            <th scope="col" className="py-2 text-right">
              No-show
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, row }) => (
            <tr key={key} className="border-b border-stone-200">
              <th scope="row" className="py-2 pr-4 font-medium">
                {label}
              </th>
              <td className={cell}>{row.expected}</td>
              <td className={cell}>{row.present ?? "–"}</td>
              <td className={cell}>{row.noShow ?? "–"}</td>
              <td className="py-2 text-right tabular-nums">{formatPercentage(row.noShowRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
