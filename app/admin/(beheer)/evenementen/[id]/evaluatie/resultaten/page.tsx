import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventSubpageHeading } from "@/components/admin/EventSubpageHeading";
import { GradeDistributionChart, ResponseRateChart, WorkshopAverageChart } from "@/components/evaluation/Charts";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { eventIdFrom } from "@/lib/event-editor/overview";
import { evaluationResults } from "@/lib/evaluation/results";
import { formatGrade } from "@/lib/evaluation/rules";

export const metadata: Metadata = { title: "Resultaten van de evaluatie" };

type Props = { params: Promise<{ id: string }> };

export default async function EvaluationResultsPage({ params }: Props) {
  await requireAdmin();
  const id = eventIdFrom((await params).id);
  const results = id === null ? null : await evaluationResults(db, id);
  if (!results) notFound();
  const { event } = results;
  const base = `/admin/evenementen/${event.id}/evaluatie`;

  return (
    <div className="max-w-3xl space-y-8">
      <EventSubpageHeading event={event} title="Resultaten van de evaluatie">
        <p className="mt-2 text-stone-700">
          {results.responses} van de {results.present} aanwezigen {results.responses === 1 ? "heeft" : "hebben"} de evaluatie ingevuld.
          {event.anonymous && " De antwoorden zijn anoniem: namen worden niet getoond."}
        </p>
        <p className="mt-2 flex flex-wrap gap-4">
          <a href={`${base}/resultaten/export.csv`} className="font-semibold text-brand-800 underline">
            Download de antwoorden (CSV)
          </a>
          <Link href={base} className="text-brand-800 underline">
            Vragen bewerken
          </Link>
        </p>
      </EventSubpageHeading>

      <section aria-labelledby="respons" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="respons" className="mb-3 text-xl font-semibold">
          Respons
        </h2>
        <ResponseRateChart responses={results.responses} present={results.present} rate={results.responseRate} />
      </section>

      {results.order.map(({ kind, index }) => {
        if (kind === "grade") {
          const grade = results.grades[index]!;
          return (
            <section key={`g${grade.question.id}`} aria-labelledby={`vraag-${grade.question.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 id={`vraag-${grade.question.id}`} className="text-xl font-semibold">
                {grade.question.label}
              </h2>
              <p className="mb-3 text-stone-700">
                Gemiddeld {formatGrade(grade.average)} ({grade.count} {grade.count === 1 ? "cijfer" : "cijfers"})
              </p>
              <GradeDistributionChart id={`verdeling-${grade.question.id}`} title={`Verdeling: ${grade.question.label}`} distribution={grade.distribution} />
            </section>
          );
        }
        if (kind === "workshop") {
          const workshops = results.workshopGrades[index]!;
          return (
            <section key={`w${workshops.question.id}`} aria-labelledby={`vraag-${workshops.question.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 id={`vraag-${workshops.question.id}`} className="mb-3 text-xl font-semibold">
                {workshops.question.label}
              </h2>
              <WorkshopAverageChart id={`workshops-${workshops.question.id}`} title="Gemiddeld cijfer per workshop" workshops={workshops.workshops} />
            </section>
          );
        }
        const texts = results.texts[index]!;
        return (
          <section key={`t${texts.question.id}`} aria-labelledby={`vraag-${texts.question.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 id={`vraag-${texts.question.id}`} className="mb-3 text-xl font-semibold">
              {texts.question.label} ({texts.answers.length})
            </h2>
            {texts.answers.length === 0 ? (
              <p className="text-stone-600">Nog geen antwoorden.</p>
            ) : (
              <ul className="space-y-2">
                {texts.answers.map((answer, answerIndex) => (
                  <li key={answerIndex} className="border-l-4 border-stone-200 pl-3">
                    <p className="whitespace-pre-line break-words">{answer.text}</p>
                    {answer.respondent && <p className="text-sm text-stone-600">{answer.respondent}</p>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
