import { QuestionItem } from "@/components/questions/QuestionItem";
import { VoteForm } from "@/components/questions/VoteForm";
import type { ActionState } from "@/lib/forms/action-state";
import type { OwnQuestion } from "@/lib/questions/queries";
import type { BoardQuestion } from "@/lib/questions/rules";

const ownStatus: Record<OwnQuestion["status"], string> = {
  pending: "De organisatie bekijkt je vraag nog.",
  approved: "Je vraag staat op de pagina van de bijeenkomst.",
  hidden: "De organisatie heeft besloten je vraag niet te tonen.",
};

type Props = {
  board: BoardQuestion[];
  votedOn: Set<number>;
  own: OwnQuestion[];
  /** Null while this registration may vote; otherwise why not. */
  closedBecause: string | null;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
};

/** The manage page's questions: the registrant's own question and its state, and voting on approved ones. */
export function VotingSection({ board, votedOn, own, closedBecause, action }: Props) {
  const canVote = closedBecause === null;
  return (
    <section aria-labelledby="vragen" className="space-y-4">
      <h2 id="vragen" className="text-xl font-semibold">Vragen en kwesties</h2>
      {own.map((question) => (
        <div key={question.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="own-question">
          <p className="font-semibold">Je vraag</p>
          <p className="whitespace-pre-line break-words">{question.text}</p>
          <p className="mt-1 text-sm text-stone-600">
            {question.merged ? "Je vraag is samengevoegd met een vergelijkbare vraag." : ownStatus[question.status]}{" "}
            {question.showName ? "Je naam mag erbij staan." : "Je naam staat er niet bij."}
          </p>
        </div>
      ))}
      <p>
        {canVote
          ? "Stem op de vragen die jij aan het panel wilt voorleggen; op elke vraag kun je één keer stemmen. Stemmen kan tot de bijeenkomst begint."
          : closedBecause}
      </p>
      {board.length === 0 ? (
        <p className="text-stone-600">Er staan nog geen vragen klaar om op te stemmen.</p>
      ) : (
        <ol className="space-y-3">
          {board.map((question) => (
            <QuestionItem key={question.id} question={question}>
              {canVote && <VoteForm questionId={question.id} voted={votedOn.has(question.id)} summary={summarise(question.text)} action={action} />}
              {!canVote && votedOn.has(question.id) && <p className="mt-2 font-semibold text-brand-700">Je hebt hierop gestemd.</p>}
            </QuestionItem>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The start of a question, for a button's accessible name. */
function summarise(text: string): string {
  const words = text.split(/\s+/).slice(0, 8).join(" ");
  return words.length < text.length ? `${words}…` : words;
}
