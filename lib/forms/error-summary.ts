// The error summary's links (GOV.UK / NL Design System pattern): every field error of an answer, in the
// form's order, as a link to the input it is about. Error keys follow the schemas' paths ("workshops.1",
// "answers.4", "team.participants.0.name"); the inputs are named as the HTML form sends them
// ("workshop-1", "answer-4", "participant-0-name"), and their ids come from fieldId.

export function fieldId(name: string): string {
  return `veld-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/** Error keys whose input is named differently from the key. */
const INPUT_NAMES: [pattern: RegExp, name: (match: RegExpExecArray) => string][] = [
  [/^workshops\.(\w+)$/, (match) => `workshop-${match[1]}`],
  [/^answers\.(\w+)$/, (match) => `answer-${match[1]}`],
  [/^team\.participants\.(\d+)\.(name|email|role)$/, (match) => `participant-${match[1]}-${match[2]}`],
  [/^team\.participants$/, () => "participant-0-name"],
  [/^team\.(organisation|name)$/, (match) => `team-${match[1]}`],
  [/^team$/, () => "team-organisation"],
];

/** The name of the input an error key is about. */
export function inputNameForError(key: string): string {
  for (const [pattern, name] of INPUT_NAMES) {
    const match = pattern.exec(key);
    if (match) return name(match);
  }
  return key;
}

export type ErrorSummaryLink = { key: string; href: string | null; message: string };

/** Errors that belong to no field: listed, not linked. */
const UNLINKED = new Set(["form", "website"]);

export type ErrorSummaryOptions = {
  /** Overrides the element id for keys whose input is named per instance (a form repeated on one page). */
  targets?: Record<string, string>;
  /** The form's order of keys; an entry ending in "." stands for every key it starts. Others follow as answered. */
  order?: string[];
};

/** One entry per field with errors, in the form's order when given, else in the answer's. */
export function errorSummaryLinks(fieldErrors: Record<string, string[] | undefined> | undefined, { targets = {}, order = [] }: ErrorSummaryOptions = {}): ErrorSummaryLink[] {
  const rank = (key: string) => {
    const index = order.findIndex((entry) => (entry.endsWith(".") ? key.startsWith(entry) : key === entry));
    return index === -1 ? order.length : index;
  };
  return Object.entries(fieldErrors ?? {})
    .filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length))
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.position - b.position)
    .map(({ entry: [key, messages] }) => ({
      key,
      href: targets[key] ? `#${targets[key]}` : UNLINKED.has(key) ? null : `#${fieldId(inputNameForError(key))}`,
      message: messages.join(" "),
    }));
}

/** GOV.UK's "Error: " before the page title, once. */
export function errorTitle(title: string): string {
  return title.startsWith("Fout: ") ? title : `Fout: ${title}`;
}
