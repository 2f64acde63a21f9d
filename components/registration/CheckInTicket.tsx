import { formatCheckInCode } from "@/lib/check-in/code";

// The check-in code with its QR code, on the manage page and the printable ticket. The SVG comes from the
// qrcode package (our own markup of rectangles), not from user input.

export function CheckInTicket({ code, svg, ticketHref }: { code: string; svg: string; ticketHref?: string }) {
  return (
    <section aria-labelledby="incheckcode" className="flex flex-wrap items-center gap-5 rounded-lg border border-stone-300 bg-white p-4">
      <div role="img" aria-label={`QR-code met je code ${formatCheckInCode(code)}`} className="h-44 w-44 shrink-0" dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="space-y-2">
        <h2 id="incheckcode" className="text-xl font-semibold">
          Je code voor de ingang
        </h2>
        <p className="font-mono text-3xl font-bold tracking-widest">{formatCheckInCode(code)}</p>
        <p>Laat de QR-code zien bij binnenkomst, of noem de code.</p>
        {ticketHref && (
          <p className="print:hidden">
            <a href={ticketHref} className="text-brand-700 underline">
              Toegangsbewijs om te printen
            </a>
          </p>
        )}
      </div>
    </section>
  );
}
