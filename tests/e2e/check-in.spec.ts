import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import QRCode from "qrcode";
import { chromiumFlags } from "@/playwright.config";
import { formatCheckInCode, newCheckInCode } from "@/lib/check-in/code";
import { makeEvent, registrationData } from "@/prisma/factories";
import { expect, test } from "./fixtures";

// The door on a phone: search and tap, a typed code, a QR code scanned through Chromium's fake camera, and a
// check-in made offline that is sent when the connection is back.

const scannedCode = newCheckInCode();

/** A Y4M video of the QR code of `text` (black modules on white, with a quiet zone), for the fake camera. */
function qrVideo(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const scale = 8;
  const size = (modules.size + 8) * scale;
  const width = size + (size % 2);
  const height = width;
  const y = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules.size; row += 1)
    for (let column = 0; column < modules.size; column += 1)
      if (modules.get(row, column))
        for (let dy = 0; dy < scale; dy += 1) y.fill(16, ((row + 4) * scale + dy) * width + (column + 4) * scale, ((row + 4) * scale + dy) * width + (column + 5) * scale);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), y, chroma]);
  const file = path.join(os.tmpdir(), `bijeen-qr-${process.pid}-${scannedCode}.y4m`);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]));
  return file;
}

// The fake camera shows the QR code of `scannedCode` to every page of this file (launch options are per worker).
test.use({ permissions: ["camera"], launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...chromiumFlags, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${qrVideo(formatCheckInCode(scannedCode))}`] } });

async function doorEvent(db: Parameters<typeof makeEvent>[0]) {
  const event = await makeEvent(db, { title: `Inchecken ${newCheckInCode()}`, startsAt: new Date(Date.now() + 60 * 60 * 1000) });
  const people = await Promise.all(
    [
      { name: "Anna de Vries", organisation: "Wijkteam Noord" },
      { name: "Bram Jansen", organisation: "Sociaal Werk Oost" },
      { name: "Carla Smit", organisation: "Gemeente Zwolle" },
    ].map((person, index) => db.registration.create({ data: registrationData(event.id, `deur-${event.id}-${index}@example.org`, person) })),
  );
  return { event, people };
}

test("the door page checks people in by search and by typed code, and undoes", async ({ page, db, login }) => {
  const { event, people } = await doorEvent(db);
  await login({ role: "ontvangst", name: "Dirk Deur" });
  await page.goto("/admin/inchecken");
  await page.getByRole("link", { name: event.title }).click();
  await expect(page.getByRole("heading", { name: `Inchecken: ${event.title}` })).toBeVisible();
  await expect(page.getByTestId("aanwezig")).toHaveText(/0 van 3 aanwezig/);

  await page.getByLabel("Zoek op naam of organisatie").fill("noord");
  await page.getByRole("button", { name: "Anna de Vries inchecken" }).click();
  await expect(page.getByTestId("antwoord")).toContainText("Welkom, Anna de Vries!");
  await expect(page.getByTestId("aanwezig")).toHaveText(/1 van 3 aanwezig/);

  await page.getByLabel("Code intypen").fill(formatCheckInCode(people[1]!.checkInCode!).toLowerCase());
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(page.getByTestId("antwoord")).toContainText("Welkom, Bram Jansen!");
  await page.getByLabel("Code intypen").fill(people[1]!.checkInCode!);
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(page.getByTestId("antwoord")).toContainText(/Bram Jansen: al ingecheckt om \d\d\.\d\d door Dirk Deur/);
  await page.getByLabel("Code intypen").fill("ZZZZ-ZZZZ");
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(page.getByTestId("antwoord")).toContainText("Onbekende code");

  await page.getByLabel("Zoek op naam of organisatie").fill("Bram");
  await page.getByRole("button", { name: "Bram Jansen inchecken" }).click();
  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.getByTestId("antwoord")).toContainText("ongedaan gemaakt");
  expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations).toEqual([]);
});

test("the door page works without JavaScript", async ({ browser, db, login }) => {
  const { event } = await doorEvent(db);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await login({ role: "ontvangst", page });
  await page.goto(`/admin/evenementen/${event.id}/inchecken`);
  await page.getByLabel("Zoek op naam of organisatie").fill("Carla");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await page.getByRole("button", { name: "Carla Smit inchecken" }).click();
  await expect(page.getByTestId("antwoord")).toContainText("Welkom, Carla Smit!");
  expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1);
  await context.close();
});

test("check-ins made offline wait, and are sent when the connection is back", async ({ page, context, db, login }) => {
  const { event, people } = await doorEvent(db);
  await login({ role: "ontvangst" });
  await page.goto(`/admin/evenementen/${event.id}/inchecken`);
  // The list is in the browser once the page has fetched it.
  await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), `bijeen-inchecken-${event.id}-lijst`)).toContain(people[2]!.checkInCode!);
  await context.setOffline(true);
  for (const person of [people[0]!, people[2]!]) {
    await page.getByLabel("Code intypen").fill(formatCheckInCode(person.checkInCode!));
    await page.getByRole("button", { name: "Check in", exact: true }).click();
    await expect(page.getByTestId("antwoord")).toContainText("Bekend, wordt verstuurd");
  }
  await expect(page.getByText("2 check-ins wachten op verbinding")).toBeVisible();
  expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0);
  await context.setOffline(false);
  await expect(page.getByText(/wachten op verbinding/)).toBeHidden();
  await expect.poll(() => db.checkIn.count({ where: { eventId: event.id } })).toBe(2);
});

test.describe("scanning", () => {

  test("a QR code shown to the camera checks the person in", async ({ page, db, login }) => {
    const { event } = await doorEvent(db);
    await db.registration.create({ data: registrationData(event.id, `scan-${event.id}@example.org`, { name: "Sanne Scan", checkInCode: scannedCode }) });
    await login({ role: "ontvangst" });
    await page.goto(`/admin/evenementen/${event.id}/inchecken`);
    await page.getByRole("button", { name: "Scan QR-code met de camera" }).click();
    await expect(page.getByTestId("antwoord")).toContainText("Welkom, Sanne Scan!", { timeout: 15_000 });
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1);
  });
});
