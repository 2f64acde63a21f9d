import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/ActionButtonForm";
import { mailStatusLabels } from "@/lib/status-labels";
import { findMailboxMessage, mailKindLabel } from "@/lib/mail/mailbox";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDate, formatDutchTime } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { resendMailAction } from "../actions";

export const metadata: Metadata = { title: "Bericht" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ opnieuw?: string }> };

const when = (date: Date) => `${formatDutchDate(date)} om ${formatDutchTime(date)}`;

export default async function MailboxMessagePage({ params, searchParams }: Props) {
  await requireAdmin();
  const id = Number((await params).id);
  const message = Number.isInteger(id) && id > 0 ? await findMailboxMessage(db, id) : null;
  if (!message) notFound();
  const { opnieuw } = await searchParams;
  return (
    <article className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/mailbox" className="text-brand-800 underline underline-offset-2">
          ← Terug naar de mailbox
        </Link>
      </p>
      {opnieuw && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
          Het bericht staat in de wachtrij en gaat zo de deur uit.
        </p>
      )}
      <h1 className="text-2xl font-bold">{message.subject ?? mailKindLabel(message.kind)}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Aan</dt>
        <dd>{message.toName ? `${message.toName} <${message.toEmail}>` : message.toEmail}</dd>
        <dt className="font-semibold">Soort</dt>
        <dd>{mailKindLabel(message.kind)}</dd>
        <dt className="font-semibold">Evenement</dt>
        <dd>{message.event ? <Link href={`/admin/evenementen/${message.event.id}`} className="text-brand-800 underline">{message.event.title}</Link> : "—"}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {mailStatusLabels[message.status]}
          {message.sentAt && ` op ${when(message.sentAt)}`}
          {message.attempts > 0 && ` (${message.attempts} ${message.attempts === 1 ? "poging" : "pogingen"})`}
        </dd>
        <dt className="font-semibold">Aangemaakt</dt>
        <dd>{when(message.createdAt)}</dd>
        {message.calendar && (
          <>
            <dt className="font-semibold">Bijlage</dt>
            <dd>Agendabestand (bijeenkomst.ics)</dd>
          </>
        )}
      </dl>
      {message.lastError && (
        <div className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">Laatste foutmelding van de mailserver</p>
          <p className="break-words font-mono text-sm">{message.lastError}</p>
        </div>
      )}
      <section aria-labelledby="inhoud-bericht" className="space-y-2">
        <h2 id="inhoud-bericht" className="text-xl font-semibold">
          Inhoud
        </h2>
        {message.text ? (
          <pre className="whitespace-pre-wrap break-words rounded border border-stone-200 bg-white p-4 font-sans">{message.text}</pre>
        ) : (
          <p className="rounded border border-stone-200 bg-white p-4 text-stone-700">De tekst wordt opgesteld vlak voor het versturen; daarna staat hier precies wat er verstuurd is.</p>
        )}
      </section>
      {message.status !== "queued" && (
        <ActionButtonForm action={resendMailAction.bind(null, message.id)} label={message.status === "failed" ? "Opnieuw proberen" : "Opnieuw versturen"} />
      )}
    </article>
  );
}
