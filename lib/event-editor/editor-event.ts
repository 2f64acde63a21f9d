import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// An event as the organisers' editor reads it: every list the form edits, in the form's order.

export const editorInclude = {
  contactPersons: { orderBy: { position: "asc" } },
  speakers: { orderBy: { position: "asc" } },
  programmeItems: { orderBy: { position: "asc" } },
  rounds: { orderBy: { number: "asc" }, include: { workshops: { orderBy: { number: "asc" } } } },
  meetings: { orderBy: { number: "asc" } },
  questions: { orderBy: { position: "asc" } },
} satisfies Prisma.EventInclude;
export type EditorEvent = Prisma.EventGetPayload<{ include: typeof editorInclude }>;

export async function findEditorEvent(db: PrismaClient, id: number): Promise<EditorEvent | null> {
  return db.event.findUnique({ where: { id }, include: editorInclude });
}
