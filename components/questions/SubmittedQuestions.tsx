import { QuestionItem } from "@/components/questions/QuestionItem";
import type { BoardQuestion } from "@/lib/questions/rules";

/** The event page's section of approved questions; voting happens on each registrant's own page. */
export function SubmittedQuestions({ questions, votingOpen }: { questions: BoardQuestion[]; votingOpen: boolean }) {
  if (!votingOpen && questions.length === 0) return null;
  return (
    <section className="mt-8 max-w-3xl" aria-labelledby="ingebrachte-vragen">
      <h2 id="ingebrachte-vragen" className="text-2xl font-semibold">Ingebrachte vragen en kwesties</h2>
      <p className="mt-2 text-stone-700">
        {votingOpen
          ? "Deelnemers brengen bij hun aanmelding een vraag of kwestie in. Aangemeld? Stem op de vragen die jij belangrijk vindt via de link in je bevestigingsmail; stemmen kan tot de bijeenkomst begint."
          : "Het stemmen is gesloten."}
      </p>
      {questions.length === 0 ? (
        <p className="mt-3 text-stone-600">Er staan nog geen vragen op deze pagina.</p>
      ) : (
        <ol className="mt-4 space-y-3">
          {questions.map((question) => (
            <QuestionItem key={question.id} question={question} />
          ))}
        </ol>
      )}
    </section>
  );
}
