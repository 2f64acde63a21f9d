import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Rendered per request, not at build time: BASE_URL belongs to the server that runs, not the one that built.
  await connection();
  return {
    // Manage links carry a personal secret and the admin is private: neither belongs in a search engine.
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/aanmelding/", "/api/"] },
    sitemap: new URL("/sitemap.xml", env().BASE_URL).toString(),
  };
}
