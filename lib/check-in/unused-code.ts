import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newCheckInCode } from "@/lib/check-in/code";

/**
 * A check-in code no registration has yet, for writes through Prisma (add-by-hand): a taken code (1 in 2^40)
 * is drawn again instead of failing the transaction on the unique key. The registration hot path retries on
 * the key itself (register.ts).
 */
export async function unusedCheckInCode(tx: Prisma.TransactionClient): Promise<string> {
  for (;;) {
    const code = newCheckInCode();
    if (!(await tx.registration.findUnique({ where: { checkInCode: code }, select: { id: true } }))) return code;
  }
}
