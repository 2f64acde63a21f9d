import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseStillAway } from "@/lib/db/availability";
import { databaseAwayResponse } from "@/lib/http/database-away";
import { isCrossOriginPageWrite, isReadablePath } from "@/lib/http/request-guards";

// Runs before routing: requests Next itself would answer with a bare 500 get a Dutch 404 or 403 instead, and
// while the database is away, a Dutch 503.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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

export const config = {
  // Next's own files have well-formed names; everything else is checked.
  matcher: "/((?!_next/static|_next/image).*)",
};
