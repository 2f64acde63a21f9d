"use client";

/** Opens the browser's print dialog; without JavaScript the browser's own print command does the same. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 print:hidden"
    >
      Afdrukken
    </button>
  );
}
