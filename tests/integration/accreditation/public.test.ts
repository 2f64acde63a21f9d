import { addDays, addHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { addAccreditation } from "@/lib/accreditation/store";
import { db } from "@/lib/db/client";
import { eventDetailJson } from "@/lib/events/api-json";
import { findPublicEventWithPlaces } from "@/lib/events/queries";
import { registerForEvent } from "@/lib/registration/register";
import { makeEvent, makeOrganiser } from "@/tests/factories";

// An accredited event as visitors meet it: the API names its accreditations, and the registration form's
// register and number are checked against them and stored.

const baseUrl = "https://bijeen.example.org";
const person = (email: string) => ({ name: "Noor de Vries", email, consent: true });

async function accredited(slug: string) {
  const organiser = await makeOrganiser(db);
  const admin = { id: organiser.id, name: organiser.name, email: organiser.email, role: "redacteur" as const };
  const startsAt = addDays(new Date(), 20);
  const event = await makeEvent(db, { slug, startsAt, endsAt: addHours(startsAt, 6) });
  const added = await addAccreditation(db, event.id, { body: "registerplein", bodyName: undefined, number: "RP-2027-12", points: 4, scope: "whole_event", roundIds: [] }, admin as never);
  expect(added.ok).toBe(true);
  return event;
}

describe("an accredited event", () => {
  it("lists its accreditations in the API's event", async () => {
    await accredited("geaccrediteerd-api");
    const found = await findPublicEventWithPlaces("geaccrediteerd-api");
    const json = eventDetailJson(found!.event, found!.taken, baseUrl);
    expect(json.accreditations).toEqual([{ body: "registerplein", name: "Registerplein", number: "RP-2027-12", points: 4 }]);
  });

  it("stores the attendee's register and number, without the spaces copied from a card", async () => {
    await accredited("geaccrediteerd-nummer");
    const outcome = await registerForEvent("geaccrediteerd-nummer", { ...person("noor@example.org"), registerBody: "registerplein", registerNumber: " 1234 567 " }, { baseUrl });
    expect(outcome.kind).toBe("registered");
    const stored = await db.registration.findUniqueOrThrow({ where: { id: outcome.kind === "registered" ? outcome.registrationId : 0 } });
    expect(stored).toMatchObject({ registerBody: "registerplein", registerNumber: "1234567" });
  });

  it("refuses a number in the wrong format, and a register that does not accredit the event, next to their fields", async () => {
    await accredited("geaccrediteerd-fout");
    const wrongNumber = await registerForEvent("geaccrediteerd-fout", { ...person("a@example.org"), registerBody: "registerplein", registerNumber: "RP12AB" }, { baseUrl });
    expect(wrongNumber).toEqual({ kind: "invalid", errors: { registerNumber: ["Een registratienummer van Registerplein bestaat alleen uit cijfers."] } });
    const wrongBody = await registerForEvent("geaccrediteerd-fout", { ...person("b@example.org"), registerBody: "skj", registerNumber: "123456" }, { baseUrl });
    expect(wrongBody.kind === "invalid" && wrongBody.errors.registerBody).toEqual(["Dit register accrediteert deze bijeenkomst niet; kies een van de genoemde registers."]);
    expect(await db.registration.count({ where: { event: { slug: "geaccrediteerd-fout" } } })).toBe(0);
  });
});
