import { requireAdminForRequest } from "@/lib/auth/session";
import { doorCounts, doorRoster, loadDoorEvent } from "@/lib/check-in/check-in";
import { parseRoom } from "@/lib/check-in/door-page";
import { checkInBatchSchema, syncCheckIns } from "@/lib/check-in/sync";
import { db } from "@/lib/db/client";

// The door page's sync: GET the counts (every few seconds) and, with ?lijst=1, the roster the browser keeps for
// offline answers; POST a batch of check-ins (the offline queue, or one scan). Door staff (ontvangst) may.

type Context = { params: Promise<{ id: string }> };

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

async function eventFor(request: Request, context: Context) {
  const admin = await requireAdminForRequest(request, "ontvangst");
  if (admin instanceof Response) return admin;
  const id = Number((await context.params).id);
  const event = Number.isSafeInteger(id) && id > 0 ? await loadDoorEvent(db, id) : null;
  if (!event) return json({ error: "Dit evenement bestaat niet (meer)." }, 404);
  return { admin, event };
}

export async function GET(request: Request, context: Context) {
  const found = await eventFor(request, context);
  if (found instanceof Response) return found;
  const url = new URL(request.url);
  const counts = await doorCounts(db, found.event.id, parseRoom(url.searchParams.get("zaal")));
  if (url.searchParams.get("lijst") !== "1") return json({ counts });
  return json({ counts, roster: await doorRoster(db, found.event.id), at: new Date().toISOString() });
}

export async function POST(request: Request, context: Context) {
  const found = await eventFor(request, context);
  if (found instanceof Response) return found;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ error: "Stuur geldige JSON, zoals {\"checkIns\": [{\"code\": \"AB12-CD34\"}]}." }, 400);
  }
  const parsed = checkInBatchSchema.safeParse(body);
  if (!parsed.success) {
    return json({ error: "Deze check-ins kloppen niet.", issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) }, 400);
  }
  const answers = await syncCheckIns(db, found.event.id, parsed.data, { actor: found.admin });
  const url = new URL(request.url);
  return json({ answers, counts: await doorCounts(db, found.event.id, parseRoom(url.searchParams.get("zaal"))) });
}
