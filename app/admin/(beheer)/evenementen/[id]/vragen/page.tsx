import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { QuestionModerationForm } from "@/components/admin/QuestionModerationForm";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { findModerationEvent, listQuestionsForModeration, type ModerationQuestion } from "@/lib/questions/queries";
import { votesLabel } from "@/lib/questions/rules";
import { moderateQuestionAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gedaan?: string; vraag?: string }> };

/** What the last action did (moderateQuestionAction redirects here with it). */
const done: Record<string, string> = {
  approve: "staat nu op de pagina van de bijeenkomst.",
  hide: "is verborgen.",
  panel_on: "is gekozen voor het panel.",
  panel_off: "is niet meer gekozen voor het panel.",
  merge: "is samengevoegd; de stemmen zijn meegegaan.",
};

const sections = [
  { status: "pending", title: "Te beoordelen", empty: "Geen nieuwe vragen." },
  { status: "approved", title: "Op de pagina", empty: "Nog geen vragen goedgekeurd." },
  { status: "hidden", title: "Verborgen", empty: "Geen verborgen vragen." },
] as const;

export default async function QuestionModerationPage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = z.coerce
    .number()
    .int()
    .positive()
    .safeParse((await params).id);
  if (!id.success) notFound();
  const event = await findModerationEvent(db, id.data);
  if (!event) notFound();
  const questions = await listQuestionsForModeration(db, event.id);
  const roots = questions.filter((question) => question.mergedIntoId === null);
  const mergedInto = (question: ModerationQuestion) => questions.filter((candidate) => candidate.mergedIntoId === question.id);
  const action = moderateQuestionAction.bind(null, event.id);
  const { gedaan, vraag } = await searchParams;
  const message = gedaan && Object.hasOwn(done, gedaan) && /^\d+$/.test(vraag ?? "") ? `Vraag ${vraag} ${done[gedaan]}` : null;

  return (
    <TitledPage title={adminPageTitle("Vragen modereren")}>
      <div className="max-w-3xl space-y-8">
        {message && (
          <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
            {message}
          </p>
        )}
        <div>
          <p className="text-sm">
            <Link href="/admin" className="text-brand-800 underline">
              Evenementen
            </Link>
          </p>
          <h1 className="mt-1 text-3xl font-bold">Vragen en kwesties</h1>
          <p className="mt-1 text-lg">
            <Link href={`/evenementen/${event.slug}`} className="text-brand-700 underline">
              {event.title}
            </Link>
            <span className="block text-stone-700">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</span>
          </p>
          {!event.acceptsQuestions && (
            <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
              Dit evenement neemt geen vragen aan bij de aanmelding.
            </p>
          )}
          <p className="mt-2 text-stone-700">
            Goedgekeurde vragen staan op de pagina van de bijeenkomst; deelnemers stemmen erop tot het begin. Namen staan er alleen bij als
            de vrager dat heeft aangevinkt.
          </p>
        </div>

        {sections.map((section) => {
          const inSection = roots
            .filter((question) => question.status === section.status)
            .sort((a, b) => (section.status === "approved" ? b.votes - a.votes : 0) || a.id - b.id);
          return (
            <section key={section.status} aria-labelledby={`vragen-${section.status}`}>
              <h2 id={`vragen-${section.status}`} className="text-xl font-semibold">
                {section.title} ({inSection.length})
              </h2>
              {inSection.length === 0 ? (
                <p className="mt-2 text-stone-600">{section.empty}</p>
              ) : (
                <ol className="mt-3 space-y-3">
                  {inSection.map((question) => (
                    <li key={question.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="moderation-question">
                      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                        <div className="min-w-0 space-y-1">
                          <p className="text-sm text-stone-600">Vraag {question.id}</p>
                          {question.chosenForPanel && (
                            <p className="inline-block rounded-full bg-sky-100 px-3 py-0.5 text-xs font-semibold uppercase tracking-wide text-sky-900">
                              Gekozen voor het panel
                            </p>
                          )}
                          <p className="whitespace-pre-line break-words">{question.text}</p>
                          <p className="text-sm text-stone-600">
                            {asker(question)} · {question.showName ? "naam mag getoond worden" : "naam niet tonen"}
                          </p>
                        </div>
                        <p className="shrink-0 font-semibold">{votesLabel(question.votes)}</p>
                      </div>
                      {mergedInto(question).length > 0 && (
                        <div className="mt-3 border-l-4 border-stone-200 pl-3 text-sm">
                          <p className="font-semibold">Samengevoegd in deze vraag:</p>
                          <ul className="mt-1 space-y-1">
                            {mergedInto(question).map((merged) => (
                              <li key={merged.id}>
                                Vraag {merged.id}: {merged.text} <span className="text-stone-600">({asker(merged)})</span>
                              </li>
                            ))}
                          </ul>
                        </div>
                      )}
                      <QuestionModerationForm
                        questionId={question.id}
                        status={question.status}
                        chosenForPanel={question.chosenForPanel}
                        mergeTargets={roots
                          .filter((other) => other.id !== question.id)
                          .map((other) => ({ id: other.id, label: `Vraag ${other.id}: ${shorten(other.text)}` }))}
                        action={action}
                      />
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </TitledPage>
  );
}

function asker(question: ModerationQuestion): string {
  const { name, email, organisation, status } = question.registration;
  return `${name} (${[organisation, email].filter(Boolean).join(", ")})${status === "cancelled" || status === "rejected" ? ", aanmelding geannuleerd" : ""}`;
}

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
