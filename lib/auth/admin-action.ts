import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { afterCommit } from "@/lib/after-commit";
import { requireAdmin, type AdminRole, type AdminUser } from "@/lib/auth/session";
import type { Effects } from "@/lib/effects";
import { env } from "@/lib/env";
import { fieldErrorsFrom, formValues, type ActionState, type FormValues } from "@/lib/forms/action-state";

// The one guard of every admin server action (after dub's action client): it checks the session and the
// role, parses the ids the page bound to the action and the form with the form's own zod schema, so each
// action holds only its business. A server action is a public POST endpoint: the check happens here, on
// every call, whatever the page did. What a committed write caused goes through the one after-commit path.

type Schemas = readonly z.ZodType[];
type Parsed<T extends Schemas> = { -readonly [K in keyof T]: z.output<T[K]> };

export type AdminActionContext<Args extends Schemas, Input> = {
  admin: AdminUser;
  args: Parsed<Args>;
  input: Input;
  form: FormData;
  /** What was typed, to give back with an error (passwords left out). */
  values: FormValues;
  baseUrl: string;
};

/**
 * A write that committed: follow it up, refresh the admin pages in `revalidate`, then show `redirectTo` or
 * answer `state`.
 */
export type Committed<State> = { committed: Partial<Effects>; redirectTo?: string; state?: State; revalidate?: string[] };

export function committed<State = ActionState>(
  effects: Partial<Effects>,
  then: ({ redirectTo: string } | { state: NoInfer<State> }) & { revalidate?: string[] },
): Committed<State> {
  return { committed: effects, ...then };
}

type Options<Args extends Schemas, Input, State> = {
  /** At least this role; "redacteur" (every organiser) by default. */
  role?: AdminRole;
  /** The values bound to the action by the page (`action.bind(null, event.id)`), in order. */
  args?: Args;
  /** The form's fields, with the schema the form shares. Without one the handler reads the form itself. */
  schema?: z.ZodType<Input>;
  /** How the form becomes the schema's input; all fields as strings by default. */
  fields?: (form: FormData) => unknown;
  /** The answer when the bound values do not parse (a stale or forged page). */
  notFound?: string;
  /** The message above the fields when the schema refuses them. */
  invalid?: string;
  /** Extra fields an error answer must carry (the event form's revision). */
  errorState?: (previous: State | undefined) => Partial<State>;
};

const SECRET_FIELDS = ["password"];

export function adminAction<const Args extends Schemas = [], Input = undefined, State extends ActionState = ActionState>(
  options: Options<Args, Input, State>,
  handler: (context: AdminActionContext<Args, Input>, previous: State | undefined) => Promise<State | Committed<State>>,
): (...callArgs: unknown[]) => Promise<State> {
  const argSchemas = (options.args ?? []) as unknown as Args;
  return async (...callArgs: unknown[]): Promise<State> => {
    const admin = await requireAdmin(options.role);
    // After the bound values come (previous state, form) from useActionState, or (form) from a plain form.
    const rest = callArgs.slice(argSchemas.length);
    const form = rest.find((value): value is FormData => value instanceof FormData) ?? new FormData();
    const previous = rest.length >= 2 ? (rest[0] as State) : undefined;
    const values = Object.fromEntries(Object.entries(formValues(form)).filter(([key]) => !SECRET_FIELDS.includes(key)));
    const extra = options.errorState?.(previous) ?? {};

    const args: unknown[] = [];
    for (const [index, schema] of argSchemas.entries()) {
      const parsed = schema.safeParse(callArgs[index]);
      if (!parsed.success) return { status: "error", message: options.notFound ?? "Dit bestaat niet (meer).", ...extra } as State;
      args.push(parsed.data);
    }
    let input = undefined as Input;
    if (options.schema) {
      const parsed = options.schema.safeParse(options.fields ? options.fields(form) : Object.fromEntries(form.entries()));
      if (!parsed.success) {
        const fieldErrors = fieldErrorsFrom(parsed.error);
        return { status: "error", message: options.invalid ?? "Controleer de gemarkeerde velden.", fieldErrors, values, ...extra } as State;
      }
      input = parsed.data;
    }

    const answer = await handler({ admin, args: args as Parsed<Args>, input, form, values, baseUrl: env().BASE_URL }, previous);
    if (!isCommitted(answer)) return answer;
    afterCommit(answer.committed);
    for (const path of answer.revalidate ?? []) revalidatePath(path);
    if (answer.redirectTo) redirect(answer.redirectTo);
    return answer.state ?? ({ status: "success" } as State);
  };
}

function isCommitted<State>(answer: State | Committed<State>): answer is Committed<State> {
  return typeof answer === "object" && answer !== null && "committed" in answer;
}
