import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { findCertificate } from "@/lib/accreditation/certificate-data";
import { db } from "@/lib/db/client";
import { notFoundPage } from "@/lib/not-found";

export const metadata: Metadata = { title: "Bewijs van deelname", robots: { index: false, follow: false } };

const reasons = {
  not_ended: "Het bewijs van deelname is beschikbaar nadat de bijeenkomst is afgelopen.",
  not_present: "We hebben je niet als aanwezig geregistreerd, dus er is geen bewijs van deelname.",
  not_held: "Deze bijeenkomst heeft (nog) niet plaatsgevonden, dus er is geen bewijs van deelname.",
} as const;

type Props = { params: Promise<{ token: string }> };

export default async function CertificatePage({ params }: Props) {
  await connection();
  const { token } = await params;
  const found = await findCertificate(db, token);
  if (found.kind === "not_found") notFoundPage();
  const manage = `/aanmelding/${encodeURIComponent(token)}`;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Bewijs van deelname</h1>
      {found.kind === "available" ? (
        <p>
          <a href={`${manage}/bewijs.pdf`} className="text-brand-700 underline">
            Download je bewijs van deelname (pdf)
          </a>
        </p>
      ) : (
        <>
          <p className="text-lg" data-testid="certificate-reason">
            {found.event.title}: {reasons[found.reason]}
          </p>
          {found.reason === "not_present" && (
            <p>
              Was je er wel? Neem contact op met {found.contact.name}
              {found.contact.email && (
                <>
                  {" "}
                  (
                  <a href={`mailto:${found.contact.email}`} className="text-brand-700 underline">
                    {found.contact.email}
                  </a>
                  )
                </>
              )}
              , dan kan de organisatie je alsnog als aanwezig registreren.
            </p>
          )}
        </>
      )}
      <p>
        <Link href={manage} className="text-brand-700 underline">
          Terug naar je aanmelding
        </Link>
      </p>
    </div>
  );
}
