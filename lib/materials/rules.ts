import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, isPlainLine } from "@/lib/forms/plain-text";

// What may be added as material: a link (http or https) or a file of an allowed type up to MAX_MATERIAL_BYTES.
// Files are served back with their stored type, as an attachment and with nosniff, so an upload can never
// run as a page of the site.

export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** Content types organisers share after an event, by file extension: slides, documents, a recording, images. */
export const MATERIAL_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ppt: "application/vnd.ms-powerpoint",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
  txt: "text/plain",
};

export const MATERIAL_ACCEPT = Object.keys(MATERIAL_TYPES)
  .map((extension) => `.${extension}`)
  .join(",");

/** The stored content type for a file name, decided by its extension (a browser's claimed type is not trusted), or null. */
export function materialContentType(fileName: string): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension ? (MATERIAL_TYPES[extension] ?? null) : null;
}

/** A file name safe for a Content-Disposition header: no path, no quotes or control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return cleaned.slice(-150) || "materiaal";
}

/** `attachment; filename="..."; filename*=UTF-8''...`: an ASCII fallback and the real name. */
export function contentDisposition(fileName: string): string {
  const safe = safeFileName(fileName);
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
}

const optionalId = z.preprocess((value) => (value === "" || value === undefined || value === null ? undefined : value), z.coerce.number().int().positive().optional());

/** The add form: a title, optionally a workshop, and either a link or a file. */
export const materialFormSchema = z
  .object({
    title: z.string().trim().min(1, "Geef het materiaal een titel.").max(200, "De titel mag 200 tekens zijn.").refine(isPlainLine, CONTROL_CHARACTER_MESSAGE),
    workshopId: optionalId,
    url: z.preprocess(
      (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
      z
        .url({ protocol: /^https?$/, error: "Vul een webadres in dat begint met https:// (of http://)." })
        .max(2000, "Dit webadres is te lang.")
        .optional(),
    ),
    file: z.preprocess((value) => (value instanceof File && value.size > 0 ? value : undefined), z.instanceof(File).optional()),
  })
  .superRefine((input, context) => {
    if (input.url && input.file) context.addIssue({ code: "custom", path: ["url"], message: "Kies een link of een bestand, niet allebei." });
    if (!input.url && !input.file) context.addIssue({ code: "custom", path: ["file"], message: "Voeg een bestand toe of vul een link in." });
    if (input.file) {
      if (input.file.size > MAX_MATERIAL_BYTES) context.addIssue({ code: "custom", path: ["file"], message: `Dit bestand is ${formatBytes(input.file.size)}; het mag ${formatBytes(MAX_MATERIAL_BYTES)} zijn.` });
      else if (!materialContentType(input.file.name))
        context.addIssue({ code: "custom", path: ["file"], message: "Dit soort bestand kan niet. Kies een pdf, presentatie, document, afbeelding, mp4 of mp3." });
    }
  });
export type MaterialForm = z.infer<typeof materialFormSchema>;

export const materialDeleteSchema = z.object({ materialId: z.coerce.number().int().positive() });
