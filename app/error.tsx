"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="text-3xl font-bold text-brand-900">Er ging iets mis</h1>
      <p className="mt-3 text-stone-700">Deze pagina kon niet worden geladen. Probeer het over een paar minuten opnieuw.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
        Opnieuw proberen
      </button>
    </div>
  );
}
