import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventSubpageHeading } from "@/components/admin/EventSubpageHeading";
import { AddQuestionForm, AnonymityForm, QuestionRowForm } from "@/components/evaluation/QuestionEditor";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { eventIdFrom } from "@/lib/event-editor/overview";
import { evaluationQuestions, findEvaluationEvent } from "@/lib/evaluation/questions";
import { editEvaluationQuestionAction, evaluationSettingsAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { adminPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null };

type Props = { params: Promise<{ id: string }> };

export default async function EvaluationEditorPage({ params }: Props) {
  await requireAdmin();
  const id = eventIdFrom((await params).id);
  const event = id === null ? null : await findEvaluationEvent(db, id);
  if (!event) notFound();
  const questions = await evaluationQuestions(db, event.id);
  const action = editEvaluationQuestionAction.bind(null, event.id);

  return (
    <TitledPage title={adminPageTitle("Evaluatie")}>
      <div className="max-w-3xl space-y-8">
        <EventSubpageHeading event={event} title="Evaluatie">
          <p className="mt-2 text-stone-700">
            Wie aanwezig was, krijgt na afloop een link naar deze vragenlijst en kan die één keer invullen. Een cijfer per workshop wordt
            gevraagd voor de workshops die iemand volgde.
          </p>
          <p className="mt-2">
            <Link href={`/admin/evenementen/${event.id}/evaluatie/resultaten`} className="font-semibold text-brand-800 underline">
              Bekijk de resultaten
            </Link>
          </p>
        </EventSubpageHeading>

        <section aria-labelledby="vragen" className="space-y-3">
          <h2 id="vragen" className="text-xl font-semibold">
            Vragen ({questions.length})
          </h2>
          <ol className="space-y-3">
            {questions.map((question, index) => (
              <li key={question.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="evaluation-question">
                <QuestionRowForm question={question} first={index === 0} last={index === questions.length - 1} action={action} />
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="vraag-toevoegen" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="vraag-toevoegen" className="mb-3 text-xl font-semibold">
            Vraag toevoegen
          </h2>
          <AddQuestionForm action={action} />
        </section>

        <section aria-labelledby="anoniem" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="anoniem" className="mb-3 text-xl font-semibold">
            Namen in de resultaten
          </h2>
          <AnonymityForm anonymous={event.evaluationAnonymous} action={evaluationSettingsAction.bind(null, event.id)} />
        </section>
      </div>
    </TitledPage>
  );
}
