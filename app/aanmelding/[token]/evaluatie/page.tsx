import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EvaluationForm } from "@/components/evaluation/EvaluationForm";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { findEvaluation } from "@/lib/evaluation/respond";
import { evaluationRefusals } from "@/lib/evaluation/rules";
import { notFoundPage } from "@/lib/not-found";
import { submitEvaluationAction } from "./actions";

export const metadata: Metadata = { title: "Evaluatie", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ dank?: string; al?: string }> };

export default async function EvaluationPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const view = await findEvaluation(db, token);
  if (!view) notFoundPage();
  const { event, access } = view;
  const { dank } = await searchParams;

  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/aanmelding/${token}`} className="text-brand-800 underline">
            Je aanmelding
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold">Evaluatie: {event.title}</h1>
        <p className="mt-1 text-stone-700">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</p>
      </div>
      {access.kind === "answered" ? (
        <div role="status" className="rounded border border-brand-600 bg-brand-50 p-4 text-brand-900">
          <p className="font-semibold">{dank ? "Dank je wel voor je antwoorden!" : "Je hebt de evaluatie al ingevuld. Dank je wel!"}</p>
          <p className="mt-1">{dank ? "We gebruiken ze om volgende bijeenkomsten nog beter te maken." : "Je kunt de evaluatie één keer invullen."}</p>
        </div>
      ) : access.kind === "refused" ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">{evaluationRefusals[access.reason]}</p>
      ) : (
        <>
          <p>Hoi {view.registration.name}, hoe was het? Het invullen duurt een paar minuten.</p>
          <EvaluationForm questions={view.questions} workshops={view.workshops} anonymous={event.anonymous} action={submitEvaluationAction.bind(null, token)} />
        </>
      )}
    </div>
  );
}
