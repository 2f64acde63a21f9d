import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { addDays, addHours } from "date-fns";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeEvent, registrationData } from "@/prisma/factories";
import { expect, test } from "./fixtures";

// The certificate of attendance from the registrant's side: downloaded from the manage page after an accredited
// event and read back with a real PDF parser; before the end or without a check-in the Dutch page says why.
// The manage page also leads to the evaluation after the event, and thanks once it is answered.

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, label).toEqual([]);
}

/** The text of every page of a PDF, as pdf.js reads it, with runs of white space made one space. */
async function pdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // The certificate uses the standard Helvetica fonts; pdf.js reads their metrics from its own folder.
  const standardFontDataUrl = `${path.join(process.cwd(), "node_modules/pdfjs-dist/standard_fonts")}/`;
  const document = await pdfjs.getDocument({ data, standardFontDataUrl, useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return pages.join(" ").replace(/\s+/g, " ");
}

type Timing = "ended" | "upcoming";

/** A three-hour event accredited by Registerplein (4 points) for the whole day, and one registrant, checked in or not. */
async function accreditedEvent(db: PrismaClient, { timing, checkedIn, tag }: { timing: Timing; checkedIn: boolean; tag: string }) {
  const startsAt = timing === "ended" ? addHours(addDays(new Date(), -1), -3) : addDays(new Date(), 7);
  const event = await makeEvent(db, { slug: `bewijs-${tag}-${Date.now()}`, title: `Buurtwerk in de praktijk ${tag}`, startsAt, endsAt: addHours(startsAt, 3), organiser: "Movisie" });
  const number = `RP-2026-${String(Date.now() % 10_000).padStart(4, "0")}`;
  await db.eventAccreditation.create({ data: { eventId: event.id, body: "registerplein", number, points: 4, scope: "whole_event" } });
  const registration = await db.registration.create({
    data: registrationData(event.id, `noor-${tag}-${Date.now()}@example.org`, { name: "Noor de Vries", registerBody: "registerplein", registerNumber: "40210137" }),
  });
  if (checkedIn) await db.checkIn.create({ data: { registrationId: registration.id, eventId: event.id, byName: "Ontvangst" } });
  return { event, registration, number };
}

test.describe("the certificate of attendance", () => {
  test("is downloaded from the manage page after the event and says who, what, how long and which points", async ({ page, db }) => {
    const { event, registration, number } = await accreditedEvent(db, { timing: "ended", checkedIn: true, tag: "pdf" });
    await page.goto(`/aanmelding/${registration.manageToken}`);
    const section = page.getByRole("region", { name: "Bewijs van deelname" });
    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Download je bewijs van deelname (pdf)" }).click()]);
    expect(download.suggestedFilename()).toBe(`bewijs-van-deelname-${event.slug}.pdf`);
    const bytes = new Uint8Array(await readFile(await download.path()));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");

    const text = await pdfText(bytes);
    expect(text).toContain("Noor de Vries");
    expect(text).toContain(event.title);
    expect(text).toContain("3 uur");
    expect(text).toContain(`Registerplein: 4 punten, accreditatienummer ${number}`);
    expect(text).toContain("Movisie");
  });

  const unavailable = [
    { when: "before the end", timing: "upcoming", checkedIn: true, tag: "vooraf", reason: "Het bewijs van deelname is beschikbaar nadat de bijeenkomst is afgelopen." },
    { when: "without a check-in", timing: "ended", checkedIn: false, tag: "afwezig", reason: "We hebben je niet als aanwezig geregistreerd, dus er is geen bewijs van deelname." },
  ] as const;
  for (const { when, timing, checkedIn, tag, reason } of unavailable) {
    test(`${when}: no link and no PDF, the Dutch page says why`, async ({ page, db }) => {
      const { event, registration } = await accreditedEvent(db, { timing, checkedIn, tag });
      await page.goto(`/aanmelding/${registration.manageToken}`);
      await expect(page.getByRole("heading", { name: "Je aanmelding", level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: /Download je bewijs van deelname/ })).toHaveCount(0);
      await expect(page.getByRole("region", { name: "Evaluatie" })).toHaveCount(0);

      const response = await page.goto(`/aanmelding/${registration.manageToken}/bewijs.pdf`);
      expect(response?.headers()["content-type"]).toContain("text/html");
      await expect(page).toHaveURL(new RegExp(`/aanmelding/${registration.manageToken}/bewijs$`));
      await expect(page.getByRole("heading", { name: "Bewijs van deelname", level: 1 })).toBeVisible();
      await expect(page.getByTestId("certificate-reason")).toHaveText(`${event.title}: ${reason}`);
      await expect(page.getByRole("link", { name: /Download je bewijs van deelname/ })).toHaveCount(0);
      // Someone who was there but not checked in is told whom to ask.
      await expect(page.getByText(/dan kan de organisatie je alsnog als aanwezig registreren/)).toHaveCount(checkedIn ? 0 : 1);
      await expectNoAxeViolations(page, `certificate not available ${when}`);
    });
  }
});

test.describe("the manage page after the event", () => {
  test("leads someone who was there to the evaluation, and thanks them once it is answered", async ({ page, db }) => {
    const { event, registration } = await accreditedEvent(db, { timing: "ended", checkedIn: true, tag: "evaluatie" });
    await page.goto(`/aanmelding/${registration.manageToken}`);
    const section = page.getByRole("region", { name: "Evaluatie" });
    await section.getByRole("link", { name: "Vul de evaluatie in" }).click();
    await expect(page).toHaveURL(new RegExp(`/aanmelding/${registration.manageToken}/evaluatie$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Evaluatie");

    // Answered (the form's own journey is in evaluation.spec.ts): the link makes way for a thank-you.
    await db.evaluationResponse.create({ data: { eventId: event.id, registrationId: registration.id } });
    await page.goto(`/aanmelding/${registration.manageToken}`);
    await expect(section).toContainText("Bedankt voor het invullen van de evaluatie.");
    await expect(section.getByRole("link", { name: "Vul de evaluatie in" })).toHaveCount(0);
    await expectNoAxeViolations(page, "manage page after the event");
  });
});
