import { PLACEHOLDERS } from "@/lib/mail/templates/registry";

/** The placeholders a mail may use, folded away below the text field. */
export function PlaceholderHelp() {
  return (
    <details className="rounded border border-stone-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">Plaatshouders die je kunt gebruiken</summary>
      <p className="mt-2">
        Schrijf ze tussen dubbele accolades, bijvoorbeeld <code>{"{{ naam }}"}</code>. Een voorwaarde schrijf je zo: <code>{"{% if online %}…{% endif %}"}</code>. De tekst is Markdown: <code>**vet**</code>, een lege regel voor een nieuwe alinea,{" "}
        <code>[tekst](link)</code> voor een link.
      </p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {Object.entries(PLACEHOLDERS).map(([name, meaning]) => (
          <div key={name} className="contents">
            <dt>
              <code>{`{{ ${name} }}`}</code>
            </dt>
            <dd className="text-stone-700">{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
