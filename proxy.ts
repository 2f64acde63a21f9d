import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseStillAway } from "@/lib/db/availability";
import { databaseAwayResponse } from "@/lib/http/database-away";
import { isCrossOriginPageWrite, isReadablePath } from "@/lib/http/request-guards";
import { securityHeaders } from "@/lib/http/security-headers";

// Runs before routing, for every request: requests Next itself would answer with a bare 500 get a Dutch 404
// or 403 instead, while the database is away a Dutch 503, and every answer gets the security headers.
export async function proxy(request: NextRequest) {
  const response = await answer(request);
  for (const [name, value] of securityHeaders(process.env.BASE_URL ?? "")) response.headers.set(name, value);
  return response;
}

async function answer(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  // Next's own files (scripts, styles) need no database and have well-formed names.
  if (pathname.startsWith("/_next/")) return NextResponse.next();
  if (!isReadablePath(pathname)) {
    if (pathname.startsWith("/api/")) return NextResponse.json({ message: "Dit adres bestaat niet." }, { status: 404 });
    // No route has this name (folders starting with _ are private in app/), so Next renders app/not-found.tsx with 404.
    return NextResponse.rewrite(new URL("/_niet-gevonden", request.url));
  }
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (isCrossOriginPageWrite({ method: request.method, pathname, origin: request.headers.get("origin"), host })) {
    return new NextResponse("Dit formulier kan alleen vanaf Bijeen zelf worden verstuurd.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (await isDatabaseStillAway()) return databaseAwayResponse(pathname);
  return NextResponse.next();
}
