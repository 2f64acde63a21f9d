/**
 * A rendered mail as the recipient sees it; the HTML comes from our Markdown pipeline, sanitised
 * (lib/mail/templates/engine.ts). A long address (a bare {{ beheerlink }}) wraps anywhere rather than widen a phone's page.
 */
export function MailPreview({ subject, bodyHtml, caption }: { subject: string; bodyHtml: string; caption: string }) {
  return (
    <section aria-labelledby="voorbeeld" className="min-w-0 space-y-2 rounded border border-brand-700 bg-white p-4 [overflow-wrap:anywhere]" tabIndex={-1} id="voorbeeld-sectie">
      <h2 id="voorbeeld" className="text-xl font-semibold">
        Voorbeeld
      </h2>
      <p className="text-sm text-stone-600">{caption}</p>
      <p>
        <span className="font-semibold">Onderwerp:</span> {subject}
      </p>
      <div className="mail-preview space-y-4 border-t border-stone-200 pt-3 [&_a]:text-brand-700 [&_a]:underline [&_ul]:list-disc [&_ul]:pl-6" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
    </section>
  );
}
