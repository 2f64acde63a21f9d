"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { consumeSignInAttempt, forgiveSignInAttempt, signIn, signInSchema } from "@/lib/auth/sign-in";
import { fieldErrorsFrom, formValues, type ActionState } from "@/lib/forms/action-state";
import { clientIp } from "@/lib/rate-limit";

/** Public by nature (it is the door); limited per IP and per e-mail address. */
export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { password: _password, ...values } = formValues(form);
  const parsed = signInSchema.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "" });
  if (!parsed.success) {
    return { status: "error", message: "Vul je e-mailadres en wachtwoord in.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  }
  const requestHeaders = await headers();
  const who = { ip: clientIp(requestHeaders), email: parsed.data.email };
  const limit = await consumeSignInAttempt(who);
  if (!limit.ok) return { status: "error", message: limit.message, values };
  const result = await signIn(parsed.data.email, parsed.data.password, requestHeaders);
  if (!result.ok) return { status: "error", message: result.message, values };
  await forgiveSignInAttempt(who);
  redirect(result.home);
}
