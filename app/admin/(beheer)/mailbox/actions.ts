"use server";

import { redirect } from "next/navigation";
import { resendMailboxMessage } from "@/lib/mail/mailbox";
import { requireAdmin } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { dispatchMail } from "@/lib/mail/worker";

export async function resendMailAction(id: number, _previous: ActionState, _form: FormData): Promise<ActionState> {
  const user = await requireAdmin();
  if (!Number.isInteger(id)) return { status: "error", message: "Dit bericht bestaat niet (meer)." };
  const result = await resendMailboxMessage(db, id, user);
  if (!result.ok) return { status: "error", message: result.message };
  dispatchMail([result.messageId]);
  redirect(`/admin/mailbox/${result.messageId}?opnieuw=1`);
}
