"use server";

import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { resendMailboxMessage } from "@/lib/mail/mailbox";

export const resendMailAction = adminAction(
  { args: [z.number().int()] as const, notFound: "Dit bericht bestaat niet (meer)." },
  async ({ admin, args: [id] }) => {
    const result = await resendMailboxMessage(db, id, admin);
    if (!result.ok) return { status: "error", message: result.message } satisfies ActionState;
    return committed({ mailIds: [result.messageId] }, { redirectTo: `/admin/mailbox/${result.messageId}?opnieuw=1` });
  },
);
