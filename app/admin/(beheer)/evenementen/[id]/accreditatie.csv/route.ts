import { z } from "zod";
import { ACCREDITATION_BODIES } from "@/lib/accreditation/bodies";
import { accreditationExport } from "@/lib/accreditation/attendance";
import { accreditationCsv, accreditationCsvFilename } from "@/lib/accreditation/csv";
import { requireAdminForRequest } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { eventIdFrom } from "@/lib/event-editor/overview";
import { CSV_CONTENT_TYPE } from "@/lib/registration/attendee-csv";

// The presence list of one accrediting body (?body=registerplein) as a CSV for its portal.

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requireAdminForRequest(request);
  if (user instanceof Response) return user;
  const id = eventIdFrom((await params).id);
  const body = z.enum(ACCREDITATION_BODIES).safeParse(new URL(request.url).searchParams.get("body"));
  if (!body.success) return textResponse(400, "Kies een register: ?body=registerplein, skj, kwaliteitsregister_vv of other.");
  const found = id === null ? null : await accreditationExport(db, id, body.data);
  if (!found) return textResponse(404, "Dit evenement bestaat niet (meer).");
  return new Response(accreditationCsv(found.event, body.data, found.accreditations, found.attendees), {
    headers: {
      "content-type": CSV_CONTENT_TYPE,
      "content-disposition": `attachment; filename="${accreditationCsvFilename(found.event.slug, body.data)}"`,
      "cache-control": "private, no-store",
    },
  });
}
