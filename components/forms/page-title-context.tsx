"use client";

import { createContext, useContext, type ReactNode } from "react";

const PageTitleContext = createContext<string | undefined>(undefined);

export function PageTitleProvider({ title, children }: { title: string; children: ReactNode }) {
  return <PageTitleContext value={title}>{children}</PageTitleContext>;
}

/** The title of the page the form is on, when the page is a TitledPage. */
export function usePageTitle(): string | undefined {
  return useContext(PageTitleContext);
}
