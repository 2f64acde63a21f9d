"use client";

import { useEffect, useId, useRef } from "react";
import { errorSummaryLinks, errorTitle, type ErrorSummaryOptions } from "@/lib/forms/error-summary";

// The GOV.UK / NL Design System error summary: at the top of the form, the answer's message as its heading
// and every field error as a link to its field. After a failed submit it takes the focus (an effect with
// JavaScript; autoFocus in the server's HTML without) and the page title starts with "Fout: ".

type Props = ErrorSummaryOptions & {
  message: string | undefined;
  fieldErrors: Record<string, string[] | undefined> | undefined;
  /** The page's title, to render "Fout: …" in the server's HTML too (without JavaScript). */
  documentTitle?: string;
  /** A new object per answer, so every failed submit moves the focus again. */
  answer: object;
};

export function ErrorSummary({ message, fieldErrors, documentTitle, answer, ...options }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const links = errorSummaryLinks(fieldErrors, options);
  useEffect(() => {
    summary.current?.focus();
    if (documentTitle) return;
    const before = document.title;
    document.title = errorTitle(before);
    return () => {
      document.title = before;
    };
  }, [answer, documentTitle]);

  return (
    <div ref={summary} tabIndex={-1} autoFocus role="alert" aria-labelledby={headingId} className="scroll-mt-4 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900 focus:outline-4 focus:outline-offset-2 focus:outline-red-700">
      {documentTitle && <title>{errorTitle(documentTitle)}</title>}
      <p id={headingId} data-testid="form-message" className="font-semibold">
        {message ?? "Er ging iets mis."}
      </p>
      {links.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {links.map((link) => (
            <li key={link.key}>
              {link.href ? (
                <a
                  href={link.href}
                  onClick={(event) => {
                    // Focus the field itself, not only scroll to it: the browser does not focus a link target.
                    const field = document.getElementById(link.href!.slice(1));
                    if (!field) return;
                    event.preventDefault();
                    field.focus();
                    field.scrollIntoView({ block: "center" });
                  }}
                  className="underline underline-offset-2"
                >
                  {link.message}
                </a>
              ) : (
                link.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
