import { describe, expect, it } from "vitest";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { pageOfRegistrations, sortRegistrations } from "@/lib/registration/table-order";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 19, minute));
const row = (id: number, name: string, status: RegistrationStatus = "confirmed", organisation: string | null = null) => ({
  id,
  name,
  status,
  organisation,
  teamName: null,
  createdAt: at(id),
});

const rows = [
  row(1, "Noor de Vries", "waitlisted", "Gemeente Utrecht"),
  row(2, "Bram Visser", "confirmed", null),
  row(3, "Chaima El Amrani", "pending", "Aedes"),
  row(4, "Daan van den Berg", "confirmed", "Wijkteam Zuid"),
];
const names = (sorted: typeof rows) => sorted.map((item) => item.name);

describe("the registrations table's order", () => {
  it("sorts by registration time unless asked otherwise, oldest or newest first", () => {
    expect(names(sortRegistrations(rows, "registered"))).toEqual(["Noor de Vries", "Bram Visser", "Chaima El Amrani", "Daan van den Berg"]);
    expect(names(sortRegistrations(rows, "registered-desc"))).toEqual(["Daan van den Berg", "Chaima El Amrani", "Bram Visser", "Noor de Vries"]);
  });

  it("sorts names by surname, Dutch style, both ways", () => {
    expect(names(sortRegistrations(rows, "name"))).toEqual(["Daan van den Berg", "Chaima El Amrani", "Bram Visser", "Noor de Vries"]);
    expect(names(sortRegistrations(rows, "name-desc"))).toEqual(["Noor de Vries", "Bram Visser", "Chaima El Amrani", "Daan van den Berg"]);
  });

  it("sorts by organisation with the rows without one last, and by status in the order of the counts", () => {
    expect(names(sortRegistrations(rows, "organisation"))).toEqual(["Chaima El Amrani", "Noor de Vries", "Daan van den Berg", "Bram Visser"]);
    expect(names(sortRegistrations(rows, "organisation-desc"))).toEqual(["Daan van den Berg", "Noor de Vries", "Chaima El Amrani", "Bram Visser"]);
    expect(names(sortRegistrations(rows, "status"))).toEqual(["Bram Visser", "Daan van den Berg", "Chaima El Amrani", "Noor de Vries"]);
  });
});

describe("the registrations table's pages", () => {
  const many = Array.from({ length: 102 }, (_, index) => index + 1);

  it("shows 50 rows a page and says which", () => {
    expect(pageOfRegistrations(many, 1)).toMatchObject({ total: 102, page: 1, pageCount: 3, first: 1, last: 50 });
    const third = pageOfRegistrations(many, 3);
    expect(third).toMatchObject({ page: 3, first: 101, last: 102 });
    expect(third.rows).toEqual([101, 102]);
  });

  it("shows the last page for a page past the end, and one empty page for no rows", () => {
    expect(pageOfRegistrations(many, 99)).toMatchObject({ page: 3, first: 101, last: 102 });
    expect(pageOfRegistrations([], 2)).toEqual({ rows: [], total: 0, page: 1, pageCount: 1, first: 0, last: 0 });
  });
});
