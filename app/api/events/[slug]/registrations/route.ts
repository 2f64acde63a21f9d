import { NextResponse, type NextRequest } from "next/server";
import { afterCommit } from "@/lib/after-commit";
import { env } from "@/lib/env";
import { manageUrl } from "@/lib/mail/registration-mails";
import { clientIp, consumeRegistrationAttempt } from "@/lib/registration/rate-limit";
import { registerForEvent } from "@/lib/registration/register";
import { answeringDatabaseAway } from "@/lib/http/database-away";

/** POST /api/events/[slug]/registrations: the same registration as the form, documented in the README. */
export const POST = answeringDatabaseAway(async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const body: unknown = await request.json().catch(() => undefined);
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return NextResponse.json({ errors: { form: ["Stuur een JSON-object met de aanmelding."] } }, { status: 422 });
  }
  const email = typeof (body as { email?: unknown }).email === "string" ? (body as { email: string }).email : undefined;
  const limit = await consumeRegistrationAttempt({ ip: clientIp(request.headers), email });
  if (!limit.ok) {
    return NextResponse.json({ reason: "rate_limited", message: limit.message }, { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } });
  }

  const { BASE_URL } = env();
  const outcome = await registerForEvent(slug, body, { baseUrl: BASE_URL });
  switch (outcome.kind) {
    case "registered":
      afterCommit(outcome);
      return NextResponse.json({ status: outcome.status, manageUrl: manageUrl(BASE_URL, outcome.manageToken) }, { status: 201 });
    case "refused":
      afterCommit(outcome);
      return NextResponse.json({ reason: outcome.reason, message: outcome.message }, { status: 409 });
    case "invalid":
      return NextResponse.json({ errors: outcome.errors }, { status: 422 });
    case "spam":
      return NextResponse.json({ errors: { website: ["Laat dit veld leeg."] } }, { status: 422 });
    case "not_found":
      return NextResponse.json({ message: "Deze bijeenkomst bestaat niet." }, { status: 404 });
  }
});
