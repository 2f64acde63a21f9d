import { findCertificate } from "@/lib/accreditation/certificate-data";
import { renderCertificatePdf } from "@/lib/accreditation/certificate-pdf";
import { db } from "@/lib/db/client";
import { NOT_FOUND_PATH } from "@/lib/http/request-guards";

// The certificate of attendance as a PDF; before it exists, the page next to it says why.

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const found = await findCertificate(db, token);
  if (found.kind === "not_found") return Response.redirect(new URL(NOT_FOUND_PATH, request.url), 303);
  if (found.kind === "unavailable") return Response.redirect(new URL(`/aanmelding/${encodeURIComponent(token)}/bewijs`, request.url), 303);
  const pdf = await renderCertificatePdf(found.document);
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${found.filename}"`,
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
