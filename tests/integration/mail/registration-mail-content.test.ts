import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { addDays, addHours, addMinutes } from "date-fns";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { formatCheckInCode } from "@/lib/check-in/code";
import { checkInQrPng } from "@/lib/check-in/qr";
import { db } from "@/lib/db/client";
import { deliverOutboxMessage } from "@/lib/mail/deliver";
import { createMailTransport } from "@/lib/mail/transport";
import { registerForEvent } from "@/lib/registration/register";
import { outboxContent } from "@/lib/mail/render";
import { makeEvent } from "@/tests/factories";

const baseUrl = "https://bijeen.example.org";

/** A hybrid day whose activities round (number 3) was added last but falls between the two workshop rounds. */
async function congrestival(slug: string) {
  const startsAt = addDays(new Date(), 20);
  return makeEvent(db, {
    slug,
    title: "Congrestival Samen",
    organiser: "Movisie",
    attendanceMode: "hybrid",
    capacityOnline: 20,
    venueName: "Krachtstation",
    venueAddress: "Kanaleneiland 2",
    venuePostcode: "3526 AB",
    venueCity: "Utrecht",
    contactPersons: [{ name: "Anouk Visser", email: "a.visser@example.org" }],
    startsAt,
    endsAt: addHours(startsAt, 6),
    rounds: [
      {
        number: 1,
        startsAt: addHours(startsAt, 1),
        endsAt: addHours(startsAt, 2),
        workshops: [{ number: 6, title: "Handen ineen", room: "Zaal 6" }],
      },
      {
        number: 2,
        startsAt: addHours(startsAt, 4),
        endsAt: addHours(startsAt, 5),
        workshops: [{ number: 1, title: "Jongerenwerk", room: "Zaal 1" }],
      },
      {
        number: 3,
        kind: "activities",
        title: "Speeddates, wijkwandeling of posters",
        startsAt: addMinutes(addHours(startsAt, 2), 50),
        endsAt: addMinutes(addHours(startsAt, 3), 50),
        workshops: [{ number: 1, title: "Speeddates met vakgenoten", room: "Foyer" }],
      },
    ],
  });
}

async function confirmationText(slug: string, attendanceMode: "physical" | "online", email: string) {
  const outcome = await registerForEvent(
    slug,
    { name: "Noor de Vries", email, attendanceMode, consent: true, workshops: { "1": 6, "2": 1, "3": 1 } },
    { baseUrl },
  );
  if (outcome.kind !== "registered") throw new Error(JSON.stringify(outcome));
  const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: outcome.mailIds[0]! } });
  return (await db.$transaction((tx) => outboxContent(tx, row, baseUrl)))!.text;
}

describe("a confirmation mail", () => {
  it("lists the rounds in the order of the day, as the site names them, with the room and the street address", async () => {
    await congrestival("mail-rondes");
    const text = await confirmationText("mail-rondes", "physical", "noor@example.org");
    const lines = text.split("\n");
    const rounds = lines.filter((line) => /^(Workshop ronde|Speeddates)/.test(line));
    expect(rounds).toEqual([
      "Workshop ronde 1: nr. 6: Handen ineen (Zaal 6)",
      "Speeddates, wijkwandeling of posters: nr. 1: Speeddates met vakgenoten (Foyer)",
      "Workshop ronde 2: nr. 1: Jongerenwerk (Zaal 1)",
    ]);
    expect(text).toContain("Waar: Krachtstation, Kanaleneiland 2, 3526 AB Utrecht");
    expect(text).toMatch(/Met vriendelijke groet,\nAnouk Visser\nMovisie$/);
    expect(text).not.toMatch(/^Bijeen$/m);
  });

  it("shows no room to someone who joins online", async () => {
    await congrestival("mail-online");
    const text = await confirmationText("mail-online", "online", "online@example.org");
    expect(text).toContain("Workshop ronde 1: nr. 6: Handen ineen\n");
    expect(text).not.toMatch(/Zaal|Foyer/);
  });
});

describe("the check-in code in a confirmation mail", () => {
  it("comes as an inline QR image of the code, with the code in text beside it, for someone with a place on site", async () => {
    await congrestival("mail-qr");
    const outcome = await registerForEvent("mail-qr", { name: "Noor de Vries", email: "qr@example.org", attendanceMode: "physical", consent: true }, { baseUrl });
    if (outcome.kind !== "registered") throw new Error(JSON.stringify(outcome));
    const dir = await mkdtemp(path.join(tmpdir(), "bijeen-qr-"));
    expect(await deliverOutboxMessage(db, outcome.mailIds[0]!, createMailTransport({ MAIL_DIR: dir }), baseUrl)).toBe("sent");
    const [file] = await readdir(dir);
    const mail = await simpleParser(await readFile(path.join(dir, file!)), { keepCidLinks: true });
    const { checkInCode } = await db.registration.findUniqueOrThrow({ where: { id: outcome.registrationId } });
    const code = formatCheckInCode(checkInCode!);

    expect(mail.text).toContain(`Je code voor de ingang: ${code}`);
    const image = mail.attachments.find((attachment) => attachment.contentType === "image/png");
    expect(image).toMatchObject({ contentType: "image/png", contentDisposition: "inline" });
    expect(mail.html).toContain(`cid:${image!.cid}`);
    expect(mail.html).toContain(`alt="QR-code met je code ${code}"`);
    // The very image the ticket and the manage page show for this code.
    expect(image!.content.equals(await checkInQrPng(checkInCode!))).toBe(true);
  });

  it("is left out for someone who joins online", async () => {
    await congrestival("mail-qr-online");
    const text = await confirmationText("mail-qr-online", "online", "qr-online@example.org");
    expect(text).not.toContain("Je code voor de ingang");
  });
});
