"use server";

import { z } from "zod";
import { adminAction, committed } from "@/lib/auth/admin-action";
import { db } from "@/lib/db/client";
import type { ActionState } from "@/lib/forms/action-state";
import { addMaterial, deleteMaterial } from "@/lib/materials/materials";
import { materialDeleteSchema, materialFormSchema } from "@/lib/materials/rules";

const eventIdArg = z.number().int().positive();
const page = (eventId: number) => `/admin/evenementen/${eventId}/materialen`;

/** A link or a file for the event's archived page and its follow-up mail. */
export const addMaterialAction = adminAction(
  {
    args: [eventIdArg] as const,
    schema: materialFormSchema,
    // The file stays a File; the other fields as strings.
    fields: (form) => ({ title: form.get("title") ?? "", workshopId: form.get("workshopId") ?? "", url: form.get("url") ?? "", file: form.get("file") }),
    notFound: "Dit evenement bestaat niet (meer).",
  },
  async ({ admin, args: [eventId], input, values }) => {
    const outcome = await addMaterial(db, eventId, input, { actor: admin });
    if (outcome.kind === "not_found") return { status: "error", message: "Dit evenement bestaat niet (meer).", values } satisfies ActionState;
    if (outcome.kind === "refused") return { status: "error", message: outcome.message, fieldErrors: { [outcome.field]: [outcome.message] }, values } satisfies ActionState;
    return committed({ eventIds: [eventId] }, { state: { status: "success", message: `"${input.title}" is toegevoegd.` }, revalidate: [page(eventId)] });
  },
);

export const deleteMaterialAction = adminAction(
  { args: [eventIdArg] as const, schema: materialDeleteSchema, notFound: "Dit evenement bestaat niet (meer)." },
  async ({ admin, args: [eventId], input }) => {
    const deleted = await deleteMaterial(db, eventId, input.materialId, { actor: admin });
    if (!deleted) return { status: "error", message: "Dit materiaal bestaat niet (meer)." } satisfies ActionState;
    return committed({ eventIds: [eventId] }, { state: { status: "success", message: "Het materiaal is verwijderd." }, revalidate: [page(eventId)] });
  },
);
