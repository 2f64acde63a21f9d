import "server-only";
import { recordAudit } from "@/lib/audit";
import type { AdminUser } from "@/lib/auth/session";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { materialContentType, safeFileName, type MaterialForm } from "@/lib/materials/rules";

// Materials of an event: links and files (kept in PostgreSQL, so several servers serve the same file).

type Client = PrismaClient | Prisma.TransactionClient;

export type MaterialItem = {
  id: number;
  title: string;
  url: string | null;
  fileName: string | null;
  size: number | null;
  workshop: { id: number; title: string; number: number } | null;
};

/** The list without file contents, in the order they were added. */
export async function listMaterials(db: Client, eventId: number): Promise<MaterialItem[]> {
  return db.eventMaterial.findMany({
    where: { eventId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, title: true, url: true, fileName: true, size: true, workshop: { select: { id: true, title: true, number: true } } },
  });
}

/** What the event's public page shows: nothing until the event has ended. */
export async function publicMaterials(db: Client, event: { id: number; endsAt: Date; status: string }, now = new Date()): Promise<MaterialItem[]> {
  return event.status === "published" && event.endsAt <= now ? listMaterials(db, event.id) : [];
}

/** Where a material is fetched: its link, or the file route on this site. */
export function materialHref(baseUrl: string | null, slug: string, material: Pick<MaterialItem, "id" | "url">): string {
  if (material.url) return material.url;
  const path = `/evenementen/${slug}/materialen/${material.id}`;
  return baseUrl ? new URL(path, baseUrl).toString() : path;
}

export type AddMaterialOutcome = { kind: "added"; id: number } | { kind: "not_found" } | { kind: "refused"; field: string; message: string };

export async function addMaterial(db: PrismaClient, eventId: number, input: MaterialForm, { actor }: { actor: AdminUser }): Promise<AddMaterialOutcome> {
  const file = input.file ? { name: safeFileName(input.file.name), type: materialContentType(input.file.name), bytes: new Uint8Array(await input.file.arrayBuffer()) } : null;
  if (file && !file.type) return { kind: "refused", field: "file", message: "Dit soort bestand kan niet." };
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true } });
    if (!event) return { kind: "not_found" } as const;
    if (input.workshopId !== undefined) {
      const workshop = await tx.workshop.findFirst({ where: { id: input.workshopId, round: { eventId } }, select: { id: true } });
      if (!workshop) return { kind: "refused", field: "workshopId", message: "Deze workshop hoort niet bij dit evenement." } as const;
    }
    const last = await tx.eventMaterial.aggregate({ where: { eventId }, _max: { position: true } });
    const created = await tx.eventMaterial.create({
      data: {
        eventId,
        workshopId: input.workshopId ?? null,
        title: input.title,
        url: input.url ?? null,
        fileName: file?.name ?? null,
        contentType: file?.type ?? null,
        size: file?.bytes.byteLength ?? null,
        data: file?.bytes ?? null,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actor, eventId, action: "material.add", summary: `Materiaal toegevoegd: ${input.title}${file ? ` (${file.name})` : ""}` });
    return { kind: "added", id: created.id } as const;
  });
}

export async function deleteMaterial(db: PrismaClient, eventId: number, materialId: number, { actor }: { actor: AdminUser }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const material = await tx.eventMaterial.findFirst({ where: { id: materialId, eventId }, select: { id: true, title: true } });
    if (!material) return false;
    await tx.eventMaterial.delete({ where: { id: material.id } });
    await recordAudit(tx, { actor, eventId, action: "material.delete", summary: `Materiaal verwijderd: ${material.title}` });
    return true;
  });
}

/**
 * A file to download from the event's public page: only files (links go elsewhere), only of a published event
 * that has ended, unless an organiser asks (`preview`).
 */
export async function findMaterialFile(db: PrismaClient, slug: string, materialId: number, { preview, now = new Date() }: { preview: boolean; now?: Date }) {
  const material = await db.eventMaterial.findFirst({
    where: { id: materialId, event: { slug }, data: { not: null } },
    select: { fileName: true, contentType: true, data: true, event: { select: { status: true, endsAt: true } } },
  });
  if (!material?.data) return null;
  const public_ = material.event.status === "published" && material.event.endsAt <= now;
  if (!public_ && !preview) return null;
  return { fileName: material.fileName ?? "materiaal", contentType: material.contentType ?? "application/octet-stream", data: material.data };
}
