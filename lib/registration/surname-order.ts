// Dutch alphabetical order of people by surname, as a presence list at the door is read: "Noor de Vries"
// under V, "Jan van der Berg" under B (the tussenvoegsels are skipped), "Chaima El Amrani" under E.

/** Words that come between a given name and a surname and are left out when sorting (Dutch practice). */
const TUSSENVOEGSELS = new Set([
  "van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "in", "op", "aan", "bij", "onder", "over", "uit", "uijt",
  "d'", "l'", "la", "le", "les", "du", "des", "von", "vom", "zu", "zum", "zur", "di", "da", "dos", "do",
]);

const isTussenvoegsel = (word: string) => TUSSENVOEGSELS.has(word.toLocaleLowerCase("nl"));

/**
 * The part of a full name a Dutch list sorts by: what follows the given name, without its tussenvoegsels.
 * "Noor de Vries" → "Vries"; "Jan Peter van den Heuvel-de Jong" → "Heuvel-de Jong"; "Anouk Jansen" → "Jansen";
 * a single name is its own key.
 */
export function surnameSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return words.join(" ");
  const rest = words.slice(1);
  // The surname begins after the first run of tussenvoegsels, if there is one (a second given name may come first).
  const start = rest.findIndex(isTussenvoegsel);
  if (start !== -1) {
    let end = start;
    while (end < rest.length && isTussenvoegsel(rest[end]!)) end += 1;
    if (end < rest.length) return rest.slice(end).join(" ");
  }
  return rest.join(" ");
}

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

/** Compares two full names by surname, then by the whole name (the given name decides between two Jansens). */
export function compareBySurname(a: string, b: string): number {
  return collator.compare(surnameSortKey(a), surnameSortKey(b)) || collator.compare(a, b);
}
