import { adminFromHeaders } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { findMaterialFile } from "@/lib/materials/materials";
import { contentDisposition } from "@/lib/materials/rules";

// A material's file, from PostgreSQL: public once the event has ended, before that only for organisers.
// Always an attachment with nosniff and a sandboxing CSP, so an uploaded file never runs as a page here.

function notFound(): Response {
  return new Response("Dit materiaal bestaat niet (meer) of is nog niet beschikbaar.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; materialId: string }> }): Promise<Response> {
  const { slug, materialId } = await params;
  if (!/^\d{1,9}$/.test(materialId)) return notFound();
  const preview = (await adminFromHeaders(request.headers)) !== null;
  const file = await findMaterialFile(db, slug, Number(materialId), { preview });
  if (!file) return notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file.fileName),
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      "cache-control": preview ? "private, no-store" : "public, max-age=300",
    },
  });
}
