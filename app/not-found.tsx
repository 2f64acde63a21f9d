import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Pagina niet gevonden", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold text-brand-900">Pagina niet gevonden</h1>
      <p className="mt-3 text-stone-700">Deze pagina bestaat niet (meer). Misschien is de bijeenkomst verplaatst, is het adres veranderd of is de link in je e-mail niet compleet.</p>
      <p className="mt-4">
        <Link href="/" className="font-medium text-brand-700 underline">Naar de agenda</Link>
      </p>
    </div>
  );
}
