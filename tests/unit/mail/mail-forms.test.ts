import { describe, expect, it } from "vitest";
import { bulkMailFields, bulkMailFormSchema } from "@/lib/mail/bulk-schema";
import { templateFields, templateFormSchema } from "@/lib/mail/templates/schema";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const body = "Beste {{ naam }},\r\n\r\nNeem mee:\r\n\r\n- je laptop\r\n-\tje lunch\u0000\n";

describe("the mail forms' text", () => {
  it("keeps the body's line breaks, which make its paragraphs and lists, in a message to attendees", () => {
    const parsed = bulkMailFormSchema.parse(
      bulkMailFields(form([["nonce", "0123456789abcdef"], ["statuses", "confirmed"], ["subject", "Praktisch\r\nnieuws\u0007"], ["body", body]])),
    );
    expect(parsed.body).toBe("Beste {{ naam }},\n\nNeem mee:\n\n- je laptop\n-\tje lunch");
    // A subject is one line.
    expect(parsed.subject).toBe("Praktischnieuws");
  });

  it("keeps them in an automatic mail's wording too", () => {
    const parsed = templateFormSchema.parse(templateFields(form([["subject", "Welkom"], ["body", body]])));
    expect(parsed.body).toBe("Beste {{ naam }},\n\nNeem mee:\n\n- je laptop\n-\tje lunch");
  });

  it("says in Dutch what is missing", () => {
    const result = bulkMailFormSchema.safeParse(bulkMailFields(form([["nonce", "0123456789abcdef"], ["subject", " "], ["body", "\r\n"]])));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["statuses", "Kies ten minste één groep ontvangers."],
      ["subject", "Vul een onderwerp in."],
      ["body", "Schrijf een bericht."],
    ]);
  });
});
