import { describe, expect, it } from "vitest";
import { composeMail, escapeHtml } from "@/lib/mail/compose";

describe("composing a mail", () => {
  it("writes the same message as text and as escaped HTML", () => {
    const mail = composeMail("Onderwerp", "Beste <script>alert(1)</script>,", [
      { kind: "paragraph", text: "Regel één\nRegel twee & meer" },
      { kind: "facts", rows: [["Wanneer", "dinsdag 22 november 2022"]] },
      { kind: "button", label: "Bekijk", url: "https://bijeen.example.org/aanmelding/abc?x=1&y=\"2\"" },
    ]);
    expect(mail.text).toBe(
      'Beste <script>alert(1)</script>,\n\nRegel één\nRegel twee & meer\n\nWanneer: dinsdag 22 november 2022\n\nBekijk:\nhttps://bijeen.example.org/aanmelding/abc?x=1&y="2"\n\nMet vriendelijke groet,\nBijeen',
    );
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("Beste &lt;script&gt;alert(1)&lt;/script&gt;,");
    expect(mail.html).toContain("Regel één<br>Regel twee &amp; meer");
    expect(mail.html).toContain('href="https://bijeen.example.org/aanmelding/abc?x=1&amp;y=&quot;2&quot;"');
    expect(mail.html).toContain('<html lang="nl">');
  });

  it("escapes every character that matters in HTML", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
