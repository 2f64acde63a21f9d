import { requireAdminForRequest } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { eventIdFrom } from "@/lib/event-editor/overview";
import { evaluationCsv, evaluationCsvFilename } from "@/lib/evaluation/results-csv";
import { evaluationResults } from "@/lib/evaluation/results";
import { CSV_CONTENT_TYPE } from "@/lib/registration/attendee-csv";

// The evaluation's answers as a CSV for Dutch Excel; without names when the evaluation is anonymous.

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requireAdminForRequest(request);
  if (user instanceof Response) return user;
  const id = eventIdFrom((await params).id);
  const results = id === null ? null : await evaluationResults(db, id);
  if (!results) return new Response("Dit evenement bestaat niet (meer).", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(evaluationCsv(results), {
    headers: {
      "content-type": CSV_CONTENT_TYPE,
      "content-disposition": `attachment; filename="${evaluationCsvFilename(results.event.slug)}"`,
      "cache-control": "private, no-store",
    },
  });
}
