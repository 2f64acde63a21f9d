"use client";

import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
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
            <li key={link.key}>{link.href ? <SummaryLink href={link.href}>{link.message}</SummaryLink> : link.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const SUMMARY_CLASSES =
  "scroll-mt-24 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900 focus:outline-4 focus:outline-offset-2 focus:outline-red-700";

/** A summary's link to a field with an error: a plain link without JavaScript, with it focusField. */
export function SummaryLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} onClick={(event) => focusField(event, href)} className="underline underline-offset-2">
      {children}
    </a>
  );
}

/**
 * Focus the field itself, not only scroll to it: following a link does not focus its target. Then show its
 * label (or its group's legend) at the top, as GOV.UK's summary does: scrolling to the field alone left the label
 * under the event form's sticky save bar. Labels and legends keep a scroll margin clear of that bar (globals.css).
 */
function focusField(event: MouseEvent, href: string) {
  const field = document.getElementById(href.slice(1));
  if (!field) return;
  event.preventDefault();
  const label = field.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(field.id)}"]`) : null;
  const legend = field.closest("fieldset")?.querySelector<HTMLElement>("legend") ?? null;
  field.focus({ preventScroll: true });
  (label ?? legend ?? field).scrollIntoView({ block: "start" });
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
  return (
    <span ref={marker} hidden>
      {documentTitle && <title>{errorTitle(documentTitle)}</title>}
    </span>
  );
}
