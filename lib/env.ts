import "server-only";
import { z } from "zod";

// Checked once at start-up (instrumentation.ts, scripts) so a bad setting fails loudly and early.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL ontbreekt: zet een PostgreSQL-verbinding (postgresql://…) of start via `npm start`." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL moet beginnen met postgresql://"),
  BASE_URL: z.url("BASE_URL moet een volledige URL zijn, bijvoorbeeld https://bijeen.example.org").default("http://localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL moet beginnen met smtp:// of smtps://, bijvoorbeeld smtps://gebruiker:wachtwoord@smtp.example.org:465")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Bijeen <bijeen@localhost>"),
  /** Where mails go without SMTP_URL: one .eml file each. */
  MAIL_DIR: z.string().default(".data/mail"),
  /** "off" keeps this server from sending mail (another server or `npm run mail:worker` does). */
  MAIL_WORKER: z.enum(["on", "off"]).default("on"),
  /** Registration attempts per IP address per 10 minutes; 0 turns the limit off. */
  REGISTRATION_RATE_LIMIT: z.coerce.number().int().min(0).default(20),
  /** Signs the admin session cookies. `npm start` on the embedded database makes one in .data/auth-secret. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET moet minstens 32 tekens lang zijn (bijvoorbeeld: openssl rand -base64 32)").optional(),
  /** Sign-in attempts per IP address per 15 minutes (and 5 per e-mail address); 0 turns both off. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(0).default(20),
  /** Months after an event ends that its attendees' personal data is kept, unless the event sets its own term. */
  RETENTION_MONTHS: z.coerce.number().int().min(1, "RETENTION_MONTHS moet minstens 1 zijn.").max(120).default(12),
}).superRefine((value, context) => {
  if (value.NODE_ENV === "production" && !value.AUTH_SECRET) {
    context.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET ontbreekt: zet een geheim van minstens 32 tekens (openssl rand -base64 32)." });
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Ongeldige omgevingsvariabelen:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= readEnv();
  return cached;
}
