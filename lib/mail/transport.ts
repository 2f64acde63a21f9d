import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// nodemailer to SMTP_URL; without it (the local default) every message is written as an .eml file to
// MAIL_DIR, which any mail program opens, and stays readable in the outbox table.

export type MailTransport = { send: (message: SendMailOptions) => Promise<void>; describe: string };

let cached: MailTransport | undefined;

export function mailTransport(): MailTransport {
  cached ??= createMailTransport(env());
  return cached;
}

export function createMailTransport({ SMTP_URL, MAIL_DIR }: { SMTP_URL?: string; MAIL_DIR: string }): MailTransport {
  if (SMTP_URL) {
    const transporter: Transporter = nodemailer.createTransport(SMTP_URL);
    return { describe: "smtp", send: async (message) => void (await transporter.sendMail(message)) };
  }
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    describe: `files in ${MAIL_DIR}`,
    send: async (message) => {
      const info = await transporter.sendMail(message);
      await mkdir(MAIL_DIR, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${String(info.messageId).replace(/[^a-zA-Z0-9.-]/g, "")}.eml`;
      await writeFile(path.join(MAIL_DIR, name), info.message as Buffer);
    },
  };
}
