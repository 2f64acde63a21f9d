import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deliverOutboxMessage } from "@/lib/mail/deliver";
import { queueReminders } from "@/lib/mail/reminders";
import type { MailTransport } from "@/lib/mail/transport";

// Mail goes out through pg-boss, a maintained job queue in PostgreSQL: one job per outbox message, retried
// with back-off; a sweep each minute picks up messages whose job was never sent (a crash right after the
// commit), and a schedule queues the day-before reminders.

const QUEUE = { mail: "mail", sweep: "mail-sweep", reminders: "mail-reminders" } as const;

export type MailWorker = { boss: PgBoss; dispatch: (ids: number[]) => Promise<void>; stop: () => Promise<void> };

const globalForWorker = globalThis as unknown as { bijeenMailWorker?: Promise<MailWorker> };

export function runningMailWorker(): Promise<MailWorker> | undefined {
  return globalForWorker.bijeenMailWorker;
}

export function startMailWorker(options: Parameters<typeof createMailWorker>[0]): Promise<MailWorker> {
  globalForWorker.bijeenMailWorker ??= createMailWorker(options);
  return globalForWorker.bijeenMailWorker;
}

/** Hands freshly committed outbox messages to the worker; without one running here, the sweep finds them. */
export async function dispatchMail(ids: number[]): Promise<void> {
  const worker = runningMailWorker();
  if (!worker || ids.length === 0) return;
  await (await worker).dispatch(ids).catch((error: unknown) => console.error("[mail] dispatch failed; the sweep will retry", error));
}

export async function createMailWorker({
  db,
  connectionString,
  transport,
  baseUrl,
  pollingIntervalSeconds = 2,
}: {
  db: PrismaClient;
  connectionString: string;
  transport: MailTransport;
  baseUrl: string;
  pollingIntervalSeconds?: number;
}): Promise<MailWorker> {
  const boss = new PgBoss({ connectionString, max: 4, application_name: "bijeen-mail" });
  boss.on("error", (error) => console.error("[mail] queue error", error));
  await boss.start();
  await boss.createQueue(QUEUE.mail, { name: QUEUE.mail, retryLimit: 8, retryDelay: 20, retryBackoff: true });
  await boss.createQueue(QUEUE.sweep, { name: QUEUE.sweep });
  await boss.createQueue(QUEUE.reminders, { name: QUEUE.reminders });

  const dispatch = async (ids: number[]) => {
    await boss.insert(ids.map((id) => ({ name: QUEUE.mail, data: { id }, retryLimit: 8, retryDelay: 20, retryBackoff: true })));
  };

  await boss.work<{ id: number }>(QUEUE.mail, { batchSize: 5, pollingIntervalSeconds }, async (jobs) => {
    for (const job of jobs) {
      const result = await deliverOutboxMessage(db, job.data.id, transport);
      if (result === "retry") throw new Error(`mail ${job.data.id} not delivered yet`);
    }
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
  await boss.schedule(QUEUE.sweep, "* * * * *");
  await boss.schedule(QUEUE.reminders, "*/10 * * * *");

  return { boss, dispatch, stop: () => boss.stop({ graceful: true, wait: true }) };
}
