import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CheckInTicket } from "@/components/registration/CheckInTicket";
import { checkInQrSvg, showsCheckInCode } from "@/lib/check-in/qr";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { placeLabel } from "@/lib/events/place";
import { notFoundPage } from "@/lib/not-found";
import { findManagedRegistration } from "@/lib/registration/queries";

export const metadata: Metadata = { title: "Toegangsbewijs", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** A printable ticket: the code and its QR code, with what and when. Only for a confirmed place. */
export default async function TicketPage({ params }: Props) {
  await connection();
  const { token } = await params;
  const found = await findManagedRegistration(token);
  if (!found) notFoundPage();
  const { registration, event } = found;
  return (
    <div className="max-w-2xl space-y-5 print:max-w-none">
      <h1 className="text-3xl font-bold">Toegangsbewijs: {event.title}</h1>
      <p className="text-lg">
        {registration.name}
        <br />
        {formatDutchDateTimeRange(event.startsAt, event.endsAt)}
        <br />
        {placeLabel(event)}
      </p>
      {showsCheckInCode(registration) ? (
        <>
          <CheckInTicket code={registration.checkInCode} svg={await checkInQrSvg(registration.checkInCode)} />
          <p className="print:hidden">Print deze pagina of laat hem op je telefoon zien bij de ingang.</p>
        </>
      ) : (
        <p className="rounded border border-amber-600 bg-amber-50 p-3">Je hebt (nog) geen bevestigde plek. Zodra je een plek hebt, staat je code voor de ingang hier en in je mail.</p>
      )}
      <p className="print:hidden">
        <Link href={`/aanmelding/${token}`} className="text-brand-700 underline">
          Terug naar je aanmelding
        </Link>
      </p>
    </div>
  );
}
