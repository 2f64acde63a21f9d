"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** Vote on one question, or take the vote back; works without JavaScript as a plain form post. */
export function VoteForm({ questionId, voted, summary, action }: { questionId: number; voted: boolean; summary: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleState);
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-center gap-3">
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="intent" value={voted ? "withdraw" : "vote"} />
      {voted ? (
        <>
          <span className="font-semibold text-brand-700">Je hebt hierop gestemd.</span>
          <button type="submit" disabled={pending} className="rounded border border-brand-700 bg-white px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70">
            {pending ? "Bezig…" : "Stem intrekken"}
            <span className="sr-only">: {summary}</span>
          </button>
        </>
      ) : (
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
          {pending ? "Bezig…" : "Stem op deze vraag"}
          <span className="sr-only">: {summary}</span>
        </button>
      )}
      {state.status !== "idle" && state.message && (
        <span role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "text-red-800" : "text-brand-900"}>
          {state.message}
        </span>
      )}
    </form>
  );
}
