import { Liquid } from "liquidjs";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { escapeHtml, type MailContent } from "@/lib/mail/compose";
import { BODY_MAX, SUBJECT_MAX } from "@/lib/mail/templates/limits";
import { PLACEHOLDERS, type MailTemplateSource, type MailVariables, type Placeholder } from "@/lib/mail/templates/registry";

// Liquid (a maintained template engine) fills the placeholders, strictly: an unknown placeholder or filter is
// an error, never an empty hole in a mail. Markdown becomes HTML through the same sanitiser as event bodies
// (rehype-sanitize, raw HTML dropped); the plain-text part is the filled-in Markdown itself.

const liquid = new Liquid({ strictVariables: true, strictFilters: true, jsTruthy: true, ownPropertyOnly: true, cache: 200 });

const markdownToHtml = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export { BODY_MAX, SUBJECT_MAX };

/** A value typed by a person or an organiser, safe inside Markdown: every punctuation mark that shapes it is escaped. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]{}<>#|~!]/g, (char) => `\\${char}`);
}

export type RenderedMail = MailContent & { bodyHtml: string };

/**
 * Fills a template. `text` and `markdown` hold the same values, the second escaped for Markdown (and with the
 * overview as a list); throws on anything Liquid refuses.
 */
export function renderTemplate(source: MailTemplateSource, variables: { text: MailVariables; markdown: MailVariables }, signature: string[]): RenderedMail {
  const subject = liquid.parseAndRenderSync(source.subject, variables.text).replace(/\s+/g, " ").trim();
  const markdown = liquid.parseAndRenderSync(source.body, variables.markdown).trim();
  const plain = liquid.parseAndRenderSync(source.body, variables.text).trim();
  const bodyHtml = String(markdownToHtml.processSync(markdown));
  const closing = ["Met vriendelijke groet,", ...signature];
  const text = `${plainText(plain)}\n\n${closing.join("\n")}`;
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,sans-serif;color:#1c1917;line-height:1.5">${bodyHtml}<p style="margin:0">${closing.map(escapeHtml).join("<br>")}</p></body></html>`;
  return { subject, text, html, bodyHtml };
}

/** Markdown read as plain text: a link shows its address on the next line, emphasis marks go. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1:\n$2")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\\([\\`*_[\]{}<>#|~!])/g, "$1");
}

export type TemplateErrors = { subject?: string[]; body?: string[] };

const KNOWN = new Set(Object.keys(PLACEHOLDERS));
const KNOWN_LIST = Object.keys(PLACEHOLDERS).join(", ");

/** Why a template cannot go out, per field, in Dutch; empty when it renders. Checked on save and before sending. */
export function checkTemplate(source: MailTemplateSource, sample: MailVariables, required: readonly Placeholder[] = []): TemplateErrors {
  const errors: TemplateErrors = {};
  for (const field of ["subject", "body"] as const) {
    const message = checkField(source[field], sample, field === "subject" ? SUBJECT_MAX : BODY_MAX);
    if (message) errors[field] = [message];
  }
  const missing = errors.body ? [] : missingPlaceholders(source.body, required);
  if (missing.length > 0) {
    const names = missing.map((name) => `{{ ${name} }}`).join(" en ");
    errors.body = [`Deze mail moet ${names} bevatten; zonder ${missing.length === 1 ? "die link" : "die links"} heeft hij geen zin.`];
  }
  return errors;
}

function missingPlaceholders(template: string, required: readonly Placeholder[]): Placeholder[] {
  if (required.length === 0) return [];
  const used = new Set(liquid.globalVariablesSync(liquid.parse(template)));
  return required.filter((name) => !used.has(name));
}

function checkField(template: string, sample: MailVariables, max: number): string | null {
  if (template.trim() === "") return "Vul dit veld in.";
  if (template.length > max) return `Dit is te lang (hooguit ${max.toLocaleString("nl-NL")} tekens).`;
  try {
    const parsed = liquid.parse(template);
    // Every placeholder in every branch, also those the sample would not reach.
    const unknown = liquid.globalVariablesSync(parsed).filter((name) => !KNOWN.has(name));
    if (unknown.length > 0) {
      const names = [...new Set(unknown)].map((name) => `{{ ${name} }}`).join(", ");
      return `${unknown.length === 1 ? "De plaatshouder" : "De plaatshouders"} ${names} ${unknown.length === 1 ? "bestaat" : "bestaan"} niet. Je kunt gebruiken: ${KNOWN_LIST}.`;
    }
    for (const flags of [true, false]) liquid.renderSync(parsed, { ...sample, ...flagged(sample, flags) });
    return null;
  } catch (error) {
    return liquidErrorMessage(error);
  }
}

/** The sample once with every yes/no true and once with every one false, so both branches are tried. */
function flagged(sample: MailVariables, value: boolean): Partial<MailVariables> {
  return Object.fromEntries(Object.entries(sample).filter(([, v]) => typeof v === "boolean").map(([key]) => [key, value]));
}

export function liquidErrorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const where = /line:(\d+)/.exec(raw);
  const line = where ? ` (regel ${where[1]})` : "";
  const filter = /undefined filter: ([^,]+)/.exec(raw);
  if (filter) return `Het filter "${filter[1]}" bestaat niet${line}. Laat het weg of gebruik een standaardfilter zoals upcase.`;
  const variable = /undefined variable: ([^,]+)/.exec(raw);
  if (variable) return `De plaatshouder {{ ${variable[1]} }} bestaat niet${line}. Je kunt gebruiken: ${KNOWN_LIST}.`;
  const tag = /tag "?([^"\s]+)"? not found|tag ([^\s]+) not found/.exec(raw);
  if (tag) return `De opdracht {% ${tag[1] ?? tag[2]} %} bestaat niet${line}.`;
  if (/not closed/.test(raw)) return `Een plaatshouder of opdracht is niet afgesloten${line}: zet }} achter elke {{ en sluit elke {% if %} af met {% endif %}.`;
  return `Deze tekst kan niet worden gemaakt${line}: controleer de plaatshouders tussen {{ en }} en de opdrachten tussen {% en %}.`;
}
