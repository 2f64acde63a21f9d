import type { ReactNode } from "react";
import { votesLabel, type BoardQuestion } from "@/lib/questions/rules";

/** One approved question: its text, asker (where they agreed), votes, panel mark and the questions merged into it. */
export function QuestionItem({ question, children }: { question: BoardQuestion; children?: ReactNode }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid="submitted-question">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          {question.chosenForPanel && (
            <p className="inline-block rounded-full bg-sky-100 px-3 py-0.5 text-xs font-semibold uppercase tracking-wide text-sky-900">Gekozen voor het panel</p>
          )}
          <p className="whitespace-pre-line break-words">{question.text}</p>
          <p className="text-sm text-stone-600">{question.askedBy ? `Ingebracht door ${question.askedBy}` : "Ingebracht door een deelnemer"}</p>
        </div>
        <p className="shrink-0 text-lg font-semibold text-brand-900" data-testid="question-votes">
          {votesLabel(question.votes)}
        </p>
      </div>
      {question.alsoAsked.length > 0 && (
        <div className="mt-3 border-l-4 border-stone-200 pl-3 text-sm text-stone-700">
          <p className="font-semibold">Samengevoegd met vergelijkbare vragen:</p>
          <ul className="mt-1 space-y-1">
            {question.alsoAsked.map((merged) => (
              <li key={merged.id}>
                <span className="whitespace-pre-line break-words">{merged.text}</span>
                {merged.askedBy && <span className="text-stone-600"> ({merged.askedBy})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
    </li>
  );
}
