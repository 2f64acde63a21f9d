// Plain text plus a simple HTML version of the same message. The HTML is built from escaped text only.

export type MailContent = { subject: string; text: string; html: string };

export type MailBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "facts"; rows: [label: string, value: string][] }
  | { kind: "button"; label: string; url: string };

/** The content id of the check-in QR image a registration mail shows inline (attached by lib/mail/deliver.ts). */
export const CHECK_IN_QR_CID = "incheckcode@bijeen";

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Who signs a mail: the people and organisation behind the event, not the software that sends it. */
export function signatureFor(event: { organiser: string; contactPersons?: { name: string }[] }): string[] {
  const contact = event.contactPersons?.[0]?.name;
  return contact && contact !== event.organiser ? [contact, event.organiser] : [event.organiser];
}

export function composeMail(subject: string, greeting: string, blocks: MailBlock[], signature: string[] = ["Bijeen"]): MailContent {
  const text = [
    greeting,
    ...blocks.map((block) => {
      switch (block.kind) {
        case "paragraph":
          return block.text;
        case "facts":
          return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n");
        case "button":
          return `${block.label}:\n${block.url}`;
      }
    }),
    ["Met vriendelijke groet,", ...signature].join("\n"),
  ].join("\n\n");

  const htmlBlocks = blocks.map((block) => {
    switch (block.kind) {
      case "paragraph":
        return `<p style="margin:0 0 16px">${escapeHtml(block.text).replace(/\n/g, "<br>")}</p>`;
      case "facts":
        return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${block.rows
          .map(([label, value]) => `<tr><th style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(label)}</th><td style="padding:2px 0">${escapeHtml(value)}</td></tr>`)
          .join("")}</table>`;
      case "button":
        return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="display:inline-block;background:#0b564f;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(block.label)}</a></p>`;
    }
  });
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,sans-serif;color:#1c1917;line-height:1.5"><p style="margin:0 0 16px">${escapeHtml(greeting)}</p>${htmlBlocks.join("")}<p style="margin:0">${["Met vriendelijke groet,", ...signature].map(escapeHtml).join("<br>")}</p></body></html>`;
  return { subject, text, html };
}
