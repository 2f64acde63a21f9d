import { describe, expect, it } from "vitest";
import { compareBySurname, surnameSortKey } from "@/lib/registration/surname-order";

describe("Dutch surname order", () => {
  it("sorts by what follows the given name, skipping tussenvoegsels", () => {
    expect(surnameSortKey("Noor de Vries")).toBe("Vries");
    expect(surnameSortKey("Jan van der Berg")).toBe("Berg");
    expect(surnameSortKey("Anne-Marie van 't Hof")).toBe("Hof");
    expect(surnameSortKey("Kees ter Horst")).toBe("Horst");
    expect(surnameSortKey("Els Van Den Broek")).toBe("Broek");
    expect(surnameSortKey("Anouk Jansen")).toBe("Jansen");
    expect(surnameSortKey("Chaima El Amrani")).toBe("El Amrani");
    expect(surnameSortKey("Koen de Boer-Smit")).toBe("Boer-Smit");
  });

  it("finds the surname after a second given name, and keeps a tussenvoegsel inside a double surname", () => {
    expect(surnameSortKey("Jan Peter de Vries")).toBe("Vries");
    expect(surnameSortKey("Maria van den Heuvel-de Jong")).toBe("Heuvel-de Jong");
  });

  it("keeps a single name, stray spaces and a name that is only tussenvoegsels after the given name", () => {
    expect(surnameSortKey("Prince")).toBe("Prince");
    expect(surnameSortKey("  Noor   de  Vries ")).toBe("Vries");
    expect(surnameSortKey("Jan de")).toBe("de");
  });

  it("orders a presence list as a Dutch reader expects", () => {
    const names = ["Noor de Vries", "Bram Visser", "Anouk Jansen", "Chaima El Amrani", "Daan van den Berg", "Zoë Öztürk", "Anna Jansen", "Jan van 't Hek"];
    expect([...names].sort(compareBySurname)).toEqual([
      "Daan van den Berg",
      "Chaima El Amrani",
      "Jan van 't Hek",
      "Anna Jansen",
      "Anouk Jansen",
      "Zoë Öztürk",
      "Bram Visser",
      "Noor de Vries",
    ]);
  });
});
