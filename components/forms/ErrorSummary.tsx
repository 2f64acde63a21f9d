"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import { errorSummaryLinks, errorTitle, type ErrorSummaryOptions } from "@/lib/forms/error-summary";

// The GOV.UK / NL Design System error summary: at the top of the form, the answer's message as its heading
// and every field error as a link to its field. After a failed submit it takes the focus (an effect with
// JavaScript; autoFocus in the server's HTML without) and the page title starts with "Fout: ".

type Props = ErrorSummaryOptions & {
  message: string | undefined;
  fieldErrors: Record<string, string[] | undefined> | undefined;
  /** The page's title, when this form renders it (see Notice): then "Fout: …" is in the server's HTML too. */
  documentTitle?: string;
  /** A new object per answer, so every failed submit moves the focus again. */
  answer: object;
};

export function ErrorSummary({ message, fieldErrors, documentTitle, answer, ...options }: Props) {
  const links = errorSummaryLinks(fieldErrors, options);
  return (
    <div tabIndex={-1} autoFocus role="alert" className={SUMMARY_CLASSES}>
      <SummaryFocus answer={answer} documentTitle={documentTitle} />
      <p data-testid="form-message" className="font-semibold">
        {message ?? "Er ging iets mis."}
      </p>
      {links.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {links.map((link) => (
            <li key={link.key}>
              {link.href ? (
                <a href={link.href} onClick={(event) => focusField(event, link.href!)} className="underline underline-offset-2">
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

export const SUMMARY_CLASSES = "scroll-mt-24 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900 focus:outline-4 focus:outline-offset-2 focus:outline-red-700";

/** Focus the field itself, not only scroll to it: following a link does not focus its target. */
function focusField(event: MouseEvent, href: string) {
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/**
 * Inside a summary (a tabIndex=-1, autoFocus element): moves the focus to it after each answer and puts
 * "Fout: " before the page title, rendered as a <title> when the title is known, else set while it shows.
 */
export function SummaryFocus({ answer, documentTitle }: { answer: object; documentTitle?: string }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    marker.current?.parentElement?.focus();
    if (documentTitle) return;
    const before = document.title;
    document.title = errorTitle(before);
    return () => {
      document.title = before;
    };
  }, [answer, documentTitle]);
  return <span ref={marker} hidden>{documentTitle && <title>{errorTitle(documentTitle)}</title>}</span>;
}
