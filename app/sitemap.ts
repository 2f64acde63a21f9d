import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { eventUrl } from "@/lib/events/api-json";
import { listSitemapEvents } from "@/lib/events/queries";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const { BASE_URL } = env();
  const events = await listSitemapEvents();
  return [
    { url: new URL("/", BASE_URL).toString(), changeFrequency: "daily", priority: 1 },
    { url: new URL("/archief", BASE_URL).toString(), changeFrequency: "weekly", priority: 0.3 },
    ...events.map((event) => ({ url: eventUrl(BASE_URL, event.slug), lastModified: event.updatedAt, changeFrequency: "weekly" as const })),
  ];
}
