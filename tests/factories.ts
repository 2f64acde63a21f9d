// The factories live beside the seed, which uses them too; tests import them from here.
export * from "@/prisma/factories";
