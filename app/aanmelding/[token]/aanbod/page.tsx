import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { formatDutchDateTime, formatDutchDateTimeRange } from "@/lib/dates";
import { notFoundPage } from "@/lib/not-found";
import { findManagedRegistration } from "@/lib/registration/queries";
import { acceptOfferAction, declineOfferAction } from "./actions";

export const metadata: Metadata = { title: "Een plek voor je", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ fout?: string }> };

const buttonClasses = "rounded-md px-5 py-3 text-lg font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export default async function OfferPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const found = await findManagedRegistration(token);
  if (!found) notFoundPage();
  const { registration, event } = found;
  const { fout: code } = await searchParams;
  const fout =
    code === "verlopen"
      ? "Dit aanbod is verlopen. De plek is naar de volgende op de wachtlijst gegaan."
      : code === "vervallen"
        ? registration.status === "confirmed" || registration.status === "pending"
          ? "Je hebt deze plek al aangenomen."
          : "Dit aanbod geldt niet meer: de aanmelding is geannuleerd of het aanbod is verlopen."
        : null;
  const open = registration.status === "offered" && registration.offerExpiresAt !== null && registration.offerExpiresAt > new Date();

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Een plek voor je bij {event.title}</h1>
      <p className="text-lg">{formatDutchDateTimeRange(event.startsAt, event.endsAt)}</p>
      {fout && (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <p>{fout}</p>
        </div>
      )}
      {open ? (
        <>
          <p>
            Beste {registration.name}, er is een plek vrijgekomen en je stond als eerste op de wachtlijst. We houden de plek voor je vast tot{" "}
            <strong>{formatDutchDateTime(registration.offerExpiresAt!)}</strong>.
          </p>
          <div className="flex flex-wrap gap-4">
            <form action={acceptOfferAction.bind(null, token)}>
              <button type="submit" className={`${buttonClasses} bg-brand-700 text-white hover:bg-brand-800`}>
                Ja, ik neem de plek
              </button>
            </form>
            <form action={declineOfferAction.bind(null, token)}>
              <button type="submit" className={`${buttonClasses} border-2 border-stone-700 bg-white text-stone-900 hover:bg-stone-100`}>
                Nee, geef de plek aan een ander
              </button>
            </form>
          </div>
        </>
      ) : (
        !fout && <p>Er staat op dit moment geen plek voor je klaar.</p>
      )}
      <p>
        <Link href={`/aanmelding/${token}`} className="text-brand-700 underline underline-offset-4">
          Naar je aanmelding
        </Link>
      </p>
    </div>
  );
}
