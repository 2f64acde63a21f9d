import { addMinutes } from "date-fns";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listPresence, parseRegistrationFilters, registrationsTablePage } from "@/lib/registration/list";
import { makeEvent, registrationData } from "@/tests/factories";

// The organiser's lists of an event's registrations: the presence list by surname, and the table in pages
// and in the order asked for in the URL.

const names = ["Noor de Vries", "Bram Visser", "Anouk Jansen", "Chaima El Amrani", "Daan van den Berg"];

async function eventWith(people: string[]) {
  const event = await makeEvent(db, { capacityPhysical: null });
  const start = new Date("2026-11-01T09:00:00Z");
  await db.registration.createMany({
    data: people.map((name, index) => registrationData(event.id, `p${index}-${event.id}@example.org`, { name, createdAt: addMinutes(start, index) })),
  });
  return event;
}

describe("the presence list", () => {
  it("lists the confirmed attendees by surname, Dutch style: 'de Vries' under V", async () => {
    const event = await eventWith(names);
    expect((await listPresence(db, event.id)).map((row) => row.name)).toEqual([
      "Daan van den Berg",
      "Chaima El Amrani",
      "Anouk Jansen",
      "Bram Visser",
      "Noor de Vries",
    ]);
  });
});

describe("the registrations table", () => {
  it("shows 50 registrations a page, in order of registration, and the page asked for in the URL", async () => {
    const event = await eventWith(Array.from({ length: 102 }, (_, index) => `Deelnemer ${String(index + 1).padStart(3, "0")}`));
    const first = await registrationsTablePage(db, event.id, parseRegistrationFilters({}));
    expect(first).toMatchObject({ total: 102, page: 1, pageCount: 3, first: 1, last: 50 });
    expect(first.rows.at(0)?.name).toBe("Deelnemer 001");
    const third = await registrationsTablePage(db, event.id, parseRegistrationFilters({ page: "3" }));
    expect(third.rows.map((row) => row.name)).toEqual(["Deelnemer 101", "Deelnemer 102"]);
    expect((await registrationsTablePage(db, event.id, parseRegistrationFilters({ page: "abc" }))).page).toBe(1);
  });

  it("sorts by surname, newest first, or organisation when the URL asks, and ignores an unknown order", async () => {
    const event = await eventWith(names);
    const order = async (sort: string) => (await registrationsTablePage(db, event.id, parseRegistrationFilters({ sort }))).rows.map((row) => row.name);
    expect(await order("name")).toEqual(["Daan van den Berg", "Chaima El Amrani", "Anouk Jansen", "Bram Visser", "Noor de Vries"]);
    expect(await order("registered-desc")).toEqual([...names].reverse());
    expect(await order("onzin")).toEqual(names);
  });
});
