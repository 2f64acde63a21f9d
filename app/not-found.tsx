import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold text-brand-900">Pagina niet gevonden</h1>
      <p className="mt-3 text-stone-700">Deze pagina bestaat niet (meer). Misschien is de bijeenkomst verplaatst of is het adres veranderd.</p>
      <p className="mt-4">
        <Link href="/" className="font-medium text-brand-700 underline">Naar de agenda</Link>
      </p>
    </div>
  );
}
