import type { Metadata } from "next";
import Link from "next/link";
import { TableScroller } from "@/components/admin/TableScroller";
import { BulkMailList } from "@/components/admin/mail/BulkMailList";
import { mailStatusLabels } from "@/lib/status-labels";
import { listMailbox, MAILBOX_PAGE_SIZE, mailboxQuery, mailKindLabel } from "@/lib/mail/mailbox";
import { requireAdmin } from "@/lib/auth/session";
import { formatDutchDate, formatDutchTime } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { listBulkMails } from "@/lib/mail/bulk";

export const metadata: Metadata = { title: "Mailbox" };

const statusColours = { queued: "bg-amber-100 text-amber-900", sent: "bg-brand-100 text-brand-900", failed: "bg-red-100 text-red-900" } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MailboxPage({ searchParams }: Props) {
  await requireAdmin();
  const query = mailboxQuery.parse(await searchParams);
  // The organisers' messages to attendees head the unfiltered first page, each with how far its copies have got.
  const showBulk = query.page === 1 && !query.status && !query.q;
  const [{ rows, total, counts }, batches] = await Promise.all([listMailbox(db, query), showBulk ? listBulkMails(db, { take: 10 }) : Promise.resolve([])]);
  const pageCount = Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE));
  const link = (changes: Record<string, string | number | undefined>) => {
    const params = { status: query.status, q: query.q || undefined, page: undefined as number | undefined, ...changes };
    return { pathname: "/admin/mailbox", query: Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== "")) };
  };
  const filters = [
    { status: undefined, label: `Alles (${counts.queued + counts.sent + counts.failed})` },
    { status: "queued", label: `${mailStatusLabels.queued} (${counts.queued})` },
    { status: "sent", label: `${mailStatusLabels.sent} (${counts.sent})` },
    { status: "failed", label: `${mailStatusLabels.failed} (${counts.failed})` },
  ] as const;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Mailbox</h1>
      <p className="text-stone-700">Elke mail die Bijeen verstuurt, met de status. Open een bericht om het te lezen of opnieuw te versturen.</p>
      {showBulk && batches.length > 0 && (
        <section aria-labelledby="berichten-aan-deelnemers" className="space-y-3">
          <h2 id="berichten-aan-deelnemers" className="text-xl font-semibold">
            Berichten aan deelnemers
          </h2>
          <BulkMailList rows={batches} showEvent />
        </section>
      )}
      {showBulk && batches.length > 0 && <h2 className="text-xl font-semibold">Alle mail</h2>}
      <nav aria-label="Status van de mail">
        <ul className="flex flex-wrap gap-2">
          {filters.map((filter) => (
            <li key={filter.label}>
              <Link
                href={link({ status: filter.status })}
                aria-current={query.status === filter.status ? "page" : undefined}
                className={`inline-block rounded-full border px-4 py-1.5 font-medium ${query.status === filter.status ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/admin/mailbox" role="search" className="flex flex-wrap items-end gap-2">
        {query.status && <input type="hidden" name="status" value={query.status} />}
        <div>
          <label htmlFor="zoek-mail" className="block font-semibold">
            Zoeken op ontvanger of onderwerp
          </label>
          <input id="zoek-mail" name="q" defaultValue={query.q} className="mt-1 w-72 max-w-full rounded border border-stone-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded border border-stone-400 bg-white px-4 py-2 font-medium hover:bg-stone-100">
          Zoeken
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded border border-stone-200 bg-white p-4">Geen berichten gevonden.</p>
      ) : (
        <TableScroller label="Berichten">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Verstuurde en wachtende mail</caption>
            <thead>
              <tr className="border-b border-stone-300 text-stone-700">
                <th scope="col" className="py-2 pr-3">Aangemaakt</th>
                <th scope="col" className="py-2 pr-3">Aan</th>
                <th scope="col" className="py-2 pr-3">Onderwerp</th>
                <th scope="col" className="py-2 pr-3">Evenement</th>
                <th scope="col" className="py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-stone-200 align-top">
                  <td className="whitespace-nowrap py-2 pr-3">
                    {formatDutchDate(row.createdAt)} {formatDutchTime(row.createdAt)}
                  </td>
                  <td className="py-2 pr-3">
                    {row.toName && <div>{row.toName}</div>}
                    <div className="text-stone-600">{row.toEmail}</div>
                  </td>
                  <td className="py-2 pr-3">
                    <Link href={`/admin/mailbox/${row.id}`} className="font-medium text-brand-800 underline underline-offset-2">
                      {row.subject ?? mailKindLabel(row.kind)}
                    </Link>
                    <div className="text-stone-600">{mailKindLabel(row.kind)}</div>
                  </td>
                  <td className="py-2 pr-3">{row.eventTitle ?? "—"}</td>
                  <td className="py-2">
                    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${statusColours[row.status]}`}>{mailStatusLabels[row.status]}</span>
                    {row.attempts > 1 && <div className="text-stone-600">{row.attempts} pogingen</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {pageCount > 1 && (
        <nav aria-label="Pagina's" className="flex items-center gap-4">
          {query.page > 1 && <Link href={link({ page: query.page - 1 })} className="text-brand-800 underline">Vorige</Link>}
          <span>
            Pagina {query.page} van {pageCount}
          </span>
          {query.page < pageCount && <Link href={link({ page: query.page + 1 })} className="text-brand-800 underline">Volgende</Link>}
        </nav>
      )}
    </div>
  );
}
