import { requireAdminForRequest } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { personalDataReport, recordDataRequest, reportCsv, searchSchema } from "@/lib/privacy/requests";

// A request for inspection (inzage): everything about one address as JSON or CSV, posted from /admin/privacy so
// the address never stands in a URL. Audited without the address.

export async function POST(request: Request): Promise<Response> {
  const admin = await requireAdminForRequest(request, "beheerder");
  if (admin instanceof Response) return admin;
  const form = await request.formData();
  const parsed = searchSchema.safeParse({ email: form.get("email") ?? "" });
  const format = form.get("format") === "csv" ? "CSV" : "JSON";
  if (!parsed.success) return new Response("Vul een geldig e-mailadres in.", { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
  const report = await personalDataReport(db, parsed.data.email);
  await recordDataRequest(db, admin, report, format);
  const body = format === "CSV" ? reportCsv(report) : JSON.stringify(report, null, 2);
  return new Response(body, {
    headers: {
      "content-type": format === "CSV" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="gegevens.${format === "CSV" ? "csv" : "json"}"`,
      "cache-control": "private, no-store",
    },
  });
}
