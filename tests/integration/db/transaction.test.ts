import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

const backendPid = async (client: Parameters<typeof inTransaction>[0]) =>
  inTransaction(client, async (tx) => {
    const [row] = await tx.$queryRaw<
      { pid: number; inTransaction: boolean }[]
    >`SELECT pg_backend_pid() AS pid, now() <> statement_timestamp() AS "inTransaction"`;
    return row!;
  });

describe("inTransaction", () => {
  it("opens a transaction on the shared client (a Proxy), and joins the caller's inside one", async () => {
    expect((await backendPid(db)).inTransaction).toBe(true);
    await db.$transaction(async (tx) => {
      const [outer] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      expect((await backendPid(tx)).pid).toBe(outer!.pid);
    });
  });
});
