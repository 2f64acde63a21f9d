"use client";

import "./globals.css";

// Shown when even the root layout fails; it replaces the whole page, so it brings its own <html>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-3xl font-bold text-brand-900">Er ging iets mis</h1>
        <p className="mt-3 text-stone-700">Bijeen is even niet bereikbaar. Probeer het over een paar minuten opnieuw.</p>
        <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
          Opnieuw proberen
        </button>
      </body>
    </html>
  );
}
