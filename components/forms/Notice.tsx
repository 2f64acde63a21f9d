import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { usePageTitle } from "@/components/forms/page-title-context";
import type { ActionState } from "@/lib/forms/action-state";
import type { ErrorSummaryOptions } from "@/lib/forms/error-summary";

/**
 * A form's last answer: the error summary after a failed submit, a status line after success. With
 * documentTitle the form owns the page's <title> (the page sets no metadata title): "Fout: …" after a failed
 * submit, in the server's HTML too, where a metadata title would always come first. On a TitledPage the form
 * that answered renders the page's title ("Fout: …" or plain) and an idle one renders none (see TitledPage).
 */
export function Notice({ state, documentTitle, ...options }: { state: ActionState; documentTitle?: string } & ErrorSummaryOptions) {
  const pageTitle = usePageTitle();
  if (state.status === "error")
    return <ErrorSummary answer={state} message={state.message} fieldErrors={state.fieldErrors} documentTitle={documentTitle ?? pageTitle} {...options} />;
  const ownTitle = documentTitle ?? (state.status === "idle" ? undefined : pageTitle);
  const title = ownTitle && <title>{ownTitle}</title>;
  if (state.status === "idle" || !state.message) return title || null;
  return (
    <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3 text-brand-900">
      {title}
      {state.message}
    </p>
  );
}
