import type { ReactNode } from "react";

// One section of the event form: a card with a heading (a target of the form's "Ga naar" links) and help text.

export function FormSection({ id, title, help, children }: { id: string; title: string; help?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <div>
        <h2 id={id} className="text-xl font-semibold text-brand-900">
          {title}
        </h2>
        {help && <p className="mt-1 text-stone-600">{help}</p>}
      </div>
      {children}
    </section>
  );
}
