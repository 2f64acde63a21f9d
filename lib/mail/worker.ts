import "server-only";
import PgBoss from "pg-boss";
import { pagesChangedBy } from "@/lib/events/invalidate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deliverOutboxMessage } from "@/lib/mail/deliver";
import { queueFollowUps } from "@/lib/mail/follow-up";
import { queueReminders } from "@/lib/mail/reminders";
import { purgeExpiredPersonalData } from "@/lib/privacy/retention";
import { expireOffers } from "@/lib/registration/capacity/offers";
import type { MailTransport } from "@/lib/mail/transport";

// Mail goes out through pg-boss, a maintained job queue in PostgreSQL: one job per outbox message, retried
// with back-off; a sweep each minute picks up messages whose job was never sent (a crash right after the
// commit), and schedules queue the reminders and the after-event follow-up mails. The same queue passes
// expired waitlist offers on (each minute) and removes personal data past its retention term (each night).

const QUEUE = { mail: "mail", sweep: "mail-sweep", reminders: "mail-reminders", followUps: "mail-follow-ups", offers: "waitlist-offers", retention: "privacy-retention" } as const;

export type MailWorker = { boss: PgBoss; dispatch: (ids: number[]) => Promise<void>; stop: () => Promise<void> };

const globalForWorker = globalThis as unknown as { bijeenMailWorker?: Promise<MailWorker> };

export function runningMailWorker(): Promise<MailWorker> | undefined {
  return globalForWorker.bijeenMailWorker;
}

export function startMailWorker(options: Parameters<typeof createMailWorker>[0]): Promise<MailWorker> {
  // A start that failed (the database away) is forgotten, so the next call tries again.
  globalForWorker.bijeenMailWorker ??= createMailWorker(options).catch((error: unknown) => {
    globalForWorker.bijeenMailWorker = undefined;
    throw error;
  });
  return globalForWorker.bijeenMailWorker;
}

/**
 * Hands freshly committed outbox messages to the worker, gathered for 50 ms so a rush of registrations
 * costs one queue insert rather than one each; without a worker here, the sweep finds them within a minute.
 */
export function dispatchMail(ids: number[]): void {
  if (!runningMailWorker() || ids.length === 0) return;
  pending.push(...ids);
  flushTimer ??= setTimeout(flushDispatch, 50);
}

const pending: number[] = [];
let flushTimer: ReturnType<typeof setTimeout> | undefined;

async function flushDispatch() {
  flushTimer = undefined;
  const ids = pending.splice(0);
  const worker = runningMailWorker();
  if (!worker || ids.length === 0) return;
  await (await worker).dispatch(ids).catch((error: unknown) => console.error("[mail] dispatch failed; the sweep will retry", error));
}

/**
 * Starts the queue. With `work` (the default) this process also delivers, sweeps and sends reminders;
 * without it (MAIL_WORKER=off) it only puts jobs on the queue for `npm run mail:worker` elsewhere.
 */
export async function createMailWorker({
  db,
  connectionString,
  transport,
  baseUrl,
  pollingIntervalSeconds = 1,
  work = true,
}: {
  db: PrismaClient;
  connectionString: string;
  transport: MailTransport;
  baseUrl: string;
  pollingIntervalSeconds?: number;
  work?: boolean;
}): Promise<MailWorker> {
  const boss = new PgBoss({ connectionString, max: 4, application_name: "bijeen-mail", supervise: work, schedule: work });
  let stopping = false;
  let lastError = { message: "", at: 0 };
  // One line per error, not the whole pg client, and the same error once per ten seconds (each of the queue's
  // connections reports a database restart); while stopping, the database going away is expected.
  boss.on("error", (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (stopping || (message === lastError.message && Date.now() - lastError.at < 10_000)) return;
    lastError = { message, at: Date.now() };
    console.error(`[mail] queue error: ${message}`);
  });
  try {
    await boss.start();
  } catch (error) {
    stopping = true;
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
  await boss.createQueue(QUEUE.mail, { name: QUEUE.mail, retryLimit: 8, retryDelay: 20, retryBackoff: true });
  await boss.createQueue(QUEUE.sweep, { name: QUEUE.sweep });
  await boss.createQueue(QUEUE.reminders, { name: QUEUE.reminders });
  await boss.createQueue(QUEUE.followUps, { name: QUEUE.followUps });
  await boss.createQueue(QUEUE.offers, { name: QUEUE.offers });
  await boss.createQueue(QUEUE.retention, { name: QUEUE.retention });

  const dispatch = async (ids: number[]) => {
    await boss.insert(ids.map((id) => ({ name: QUEUE.mail, data: { id }, retryLimit: 8, retryDelay: 20, retryBackoff: true })));
  };

  const stop = async () => {
    stopping = true;
    await boss.stop({ graceful: true, wait: true });
  };
  if (!work) return { boss, dispatch, stop };

  // A batch fails as a whole when one message must be retried; delivery skips the ones already sent.
  await boss.work<{ id: number }>(QUEUE.mail, { batchSize: 25, pollingIntervalSeconds }, async (jobs) => {
    const results = await mapWithConcurrency(jobs, 5, (job) => deliverOutboxMessage(db, job.data.id, transport, baseUrl));
    const retry = jobs.filter((_job, index) => results[index] === "retry");
    if (retry.length > 0) throw new Error(`mail ${retry.map((job) => job.data.id).join(", ")} not delivered yet`);
  });
  await boss.work(QUEUE.sweep, { pollingIntervalSeconds: 30 }, async () => {
    const stuck = await db.outboxMessage.findMany({
      where: { status: "queued", attempts: 0, createdAt: { lt: new Date(Date.now() - 60_000) } },
      select: { id: true },
      take: 500,
    });
    await dispatch(stuck.map((row) => row.id));
    await db.$executeRaw`DELETE FROM rate_limits WHERE expire < ${Date.now() - 60 * 60 * 1000}`;
  });
  await boss.work(QUEUE.reminders, { pollingIntervalSeconds: 30 }, async () => {
    await dispatch(await queueReminders(db, { baseUrl }));
  });
  // Both find their work from the database's state, so a run that comes late or twice does no harm.
  await boss.work(QUEUE.offers, { pollingIntervalSeconds: 30 }, async () => {
    await passExpiredOffersOn(db, { baseUrl, dispatch });
  });
  await boss.work(QUEUE.retention, { pollingIntervalSeconds: 60 }, async () => {
    await purgeExpiredPersonalData(db);
  });
  await boss.schedule(QUEUE.sweep, "* * * * *");
  await boss.work(QUEUE.followUps, { pollingIntervalSeconds: 30 }, async () => {
    await dispatch(await queueFollowUps(db, { baseUrl }));
  });
  await boss.schedule(QUEUE.reminders, "*/10 * * * *");
  await boss.schedule(QUEUE.followUps, "*/10 * * * *");
  await boss.schedule(QUEUE.offers, "* * * * *");
  await boss.schedule(QUEUE.retention, "30 3 * * *", undefined, { tz: "Europe/Amsterdam" });

  return { boss, dispatch, stop };
}

/** The queue's offers job: expired offers passed on, their mails queued, and the pages that show the places expired. */
export async function passExpiredOffersOn(db: PrismaClient, { baseUrl, dispatch }: { baseUrl: string; dispatch: (ids: number[]) => Promise<void> }): Promise<void> {
  const effects = await expireOffers(db, { baseUrl });
  // A lapsed offer with nobody left waiting frees a place: the event's pages show it at once.
  pagesChangedBy(effects);
  await dispatch(effects.mailIds);
}

async function mapWithConcurrency<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await map(items[index]!);
      }
    }),
  );
  return results;
}
