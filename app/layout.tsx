import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(process.env.BASE_URL || "http://localhost:3000"),
    title: { default: "Bijeen: bijeenkomsten voor het sociaal domein", template: "%s | Bijeen" },
    description: "Congrestivals, minisymposia, leercafés, themabijeenkomsten en leerkringen voor professionals in het sociaal domein.",
    alternates: {
      types: {
        "application/atom+xml": [{ url: "/atom.xml", title: "Bijeen: nieuwe bijeenkomsten" }],
        "text/calendar": [{ url: "/agenda.ics", title: "Bijeen: agenda" }],
      },
    },
    openGraph: { type: "website", locale: "nl_NL", siteName: "Bijeen" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col">
        <a href="#inhoud" className="sr-only print:hidden focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Naar de inhoud
        </a>
        <header className="border-b border-brand-100 bg-white print:hidden">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-4">
            <Link href="/" className="text-2xl font-bold tracking-tight text-brand-700">
              Bijeen
            </Link>
            <nav aria-label="Hoofdmenu">
              <ul className="flex gap-4 text-sm font-medium">
                <li>
                  <Link href="/" className="text-stone-700 underline-offset-4 hover:underline">
                    Agenda
                  </Link>
                </li>
                <li>
                  <Link href="/archief" className="text-stone-700 underline-offset-4 hover:underline">
                    Archief
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="inhoud" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 print:max-w-none print:p-0">
          {children}
        </main>
        <footer className="border-t border-stone-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-stone-600">
            <p>Bijeen is de evenementensite van een kennisinstituut voor het sociaal domein.</p>
            <Link href="/admin" prefetch={false} className="underline underline-offset-2">
              Voor organisatoren
            </Link>
          </div>
        </footer>
      </body>
    </html>
  );
}
