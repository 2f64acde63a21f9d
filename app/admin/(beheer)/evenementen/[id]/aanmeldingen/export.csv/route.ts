import { attendeesCsv, attendeesCsvFilename, CSV_CONTENT_TYPE } from "@/lib/registration/attendee-csv";
import { findEventForRegistrations, findWorkshop, listAttendees, registrationFilterSchema } from "@/lib/registration/list";
import { requireAdminForRequest } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

// The confirmed attendees of an event, or of one workshop (?workshop=<id>), as a CSV for Dutch Excel.

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requireAdminForRequest(request);
  if (user instanceof Response) return user;
  const event = await findEventForRegistrations(db, (await params).id);
  if (!event) return textResponse(404, "Dit evenement bestaat niet (meer).");
  const { workshop: workshopId } = registrationFilterSchema
    .pick({ workshop: true })
    .parse({ workshop: new URL(request.url).searchParams.get("workshop") ?? undefined });
  const workshop = findWorkshop(event, workshopId);
  if (workshopId !== undefined && !workshop) return textResponse(404, "Deze workshop hoort niet bij dit evenement.");
  const attendees = await listAttendees(db, event.id, { workshopId: workshop?.id });
  const csv = attendeesCsv(event, attendees, { perWorkshop: workshop !== null });
  const filename = attendeesCsvFilename(event.slug, workshop && { roundNumber: workshop.round.number, number: workshop.number });
  return new Response(csv, {
    headers: {
      "content-type": CSV_CONTENT_TYPE,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
