import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen scrolls sideways; keyboard users must be able to reach and scroll it too.
 * `relative` keeps visually hidden text (position: absolute) inside, so it cannot widen the page.
 */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-700" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
