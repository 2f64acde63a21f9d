import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseStillAway } from "@/lib/db/availability";
import { pool } from "@/lib/db/pool";
import { databaseAwayResponse } from "@/lib/http/database-away";
import { hasSessionCookie, pageCaching } from "@/lib/http/page-caching";
import { isCrossOriginPageWrite, isReadablePath, NOT_FOUND_PATH } from "@/lib/http/request-guards";
import { securityHeaders } from "@/lib/http/security-headers";

// Runs before routing: requests Next itself would answer with a bare 500 get a Dutch 404 or 403 instead, and
// while the database is away a Dutch 503. The answers made here carry the security headers themselves; Next's
// own get them from next.config.js. It also says which answers browsers and proxies may keep, and sends a
// signed-in organiser to the per-request event page instead of the cached one (lib/http/page-caching.ts), and gives
// the pages rendered per request a nonce for their scripts (docs/decisions/005).
export async function proxy(request: NextRequest) {
  const { response, nonce } = await answer(request);
  for (const [name, value] of securityHeaders(process.env.BASE_URL ?? "", { pathname: request.nextUrl.pathname, nonce })) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not Next's own files (well-formed names, no database), nor a registration under a plain slug: a rush of those
  // pays for no middleware; its route answers 503 itself while the database is away.
  matcher: ["/((?!_next/|api/events/[A-Za-z0-9-]+/registrations$).*)"],
};

async function answer(request: NextRequest): Promise<{ response: Response; nonce?: string }> {
  const { pathname } = request.nextUrl;
  if (!isReadablePath(pathname)) {
    if (pathname.startsWith("/api/")) return { response: NextResponse.json({ message: "Dit adres bestaat niet." }, { status: 404 }) };
    // The address stays as typed; Next renders app/not-found.tsx with 404.
    return { response: NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url)) };
  }
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (isCrossOriginPageWrite({ method: request.method, pathname, origin: request.headers.get("origin"), host })) {
    return { response: new NextResponse("Dit formulier kan alleen vanaf Bijeen zelf worden verstuurd.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } }) };
  }
  if (await isDatabaseStillAway(pool())) return { response: databaseAwayResponse(pathname) };
  const caching = pageCaching({ method: request.method, pathname, search: request.nextUrl.search, signedIn: hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name)) });
  // Next reads the nonce from the request's Content-Security-Policy header and puts it on every script it writes.
  const nonce = caching.renderedPerRequest ? Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64") : undefined;
  const forwarded = nonce ? { request: { headers: withPolicy(request.headers, nonce) } } : undefined;
  const response = caching.rewriteTo ? NextResponse.rewrite(new URL(caching.rewriteTo + request.nextUrl.search, request.url), forwarded) : NextResponse.next(forwarded);
  if (caching.cacheControl) response.headers.set("Cache-Control", caching.cacheControl);
  return { response, nonce };
}

function withPolicy(requestHeaders: Headers, nonce: string): Headers {
  const headers = new Headers(requestHeaders);
  const policy = securityHeaders("", { nonce }).find(([name]) => name === "Content-Security-Policy")![1];
  headers.set("Content-Security-Policy", policy);
  return headers;
}
