import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdminUser } from "@/lib/auth/users";

// The demo organiser account of the README. Never in production: a known password there would be a door.
export const DEMO_ADMIN = { name: "Demo beheerder", email: "beheer@example.org", password: "bijeen-demo-2026", role: "beheerder" } as const;

export async function seedDemoAdmin(db: PrismaClient, nodeEnv = process.env.NODE_ENV): Promise<"created" | "exists" | "refused"> {
  if (nodeEnv === "production") return "refused";
  const result = await createAdminUser(db, DEMO_ADMIN);
  return result.ok ? "created" : "exists";
}
