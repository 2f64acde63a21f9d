import type { ActionState, FormValues } from "@/lib/forms/action-state";

// The event form's values as the browser posts them: flat dotted names nested into the object the schema
// reads and back, and the row buttons (add, remove, up, down) done on the server so they work without JavaScript.

type Nested = { [key: string]: Nested | Nested[] | string | string[] | undefined } | Nested[];

/** {"rounds.0.workshops.1.title": "x"} → { rounds: [{ workshops: [undefined, { title: "x" }] }] } */
export function nestValues(values: FormValues): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const parts = key.split(".");
    // Names come from the request: never let one reach Object.prototype.
    if (parts.some((part) => part === "__proto__" || part === "constructor" || part === "prototype" || part === "")) continue;
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const slot = /^\d+$/.test(part) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[slot] = Array.isArray(value) ? value.at(-1) : value;
        return;
      }
      if (container[slot] === undefined || typeof container[slot] !== "object") container[slot] = /^\d+$/.test(parts[index + 1]!) ? [] : {};
      node = container[slot] as Record<string, unknown>;
    });
  }
  return root;
}

export function flattenValues(nested: unknown, prefix = ""): FormValues {
  const values: FormValues = {};
  if (nested === null || nested === undefined) return values;
  if (typeof nested !== "object") {
    values[prefix] = String(nested);
    return values;
  }
  // Array.from, not map: a list with a hole (a row the browser did not send) must not break it.
  const entries: [string, unknown][] = Array.isArray(nested) ? Array.from(nested, (item, index) => [String(index), item]) : Object.entries(nested as Nested);
  for (const [key, item] of entries) Object.assign(values, flattenValues(item, prefix ? `${prefix}.${key}` : key));
  return values;
}

/** The list at a dotted path ("rounds.0.workshops") inside nested values, created when missing. */
function listAt(root: Record<string, unknown>, path: string): unknown[] | null {
  let node: unknown = root;
  const parts = path.split(".");
  for (const [index, part] of parts.entries()) {
    if (node === null || typeof node !== "object") return null;
    const container = node as Record<string, unknown>;
    if (container[part] === undefined) container[part] = index === parts.length - 1 ? [] : {};
    node = container[part];
  }
  if (!Array.isArray(node)) return null;
  // Holes (rows the browser did not send) become empty rows.
  for (let index = 0; index < node.length; index += 1) node[index] ??= {};
  return node;
}

const LIST_PATH = /^(contactPersons|speakers|programme|rounds|meetings|questions|rounds\.\d{1,3}\.workshops)$/;

/**
 * The form's row buttons, done on the server so they work without JavaScript: add:<list>, remove:<list>.<i>,
 * up:<list>.<i>, down:<list>.<i>. Returns the new values, or null for an unknown intent.
 */
export function applyRowIntent(values: FormValues, intent: string): FormValues | null {
  const match = /^(add|remove|up|down):(.+?)(?:\.(\d{1,3}))?$/.exec(intent);
  if (!match) return null;
  const [, verb, path, indexText] = match as unknown as [string, "add" | "remove" | "up" | "down", string, string | undefined];
  if (!LIST_PATH.test(path) || (verb === "add") !== (indexText === undefined)) return null;
  const nested = nestValues(values);
  const list = listAt(nested, path);
  if (!list) return null;
  const index = Number(indexText);
  if (verb === "add") list.push(newRow(path));
  else if (index >= list.length) return null;
  else if (verb === "remove") list.splice(index, 1);
  else {
    const other = verb === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= list.length) return flattenValues(nested);
    [list[index], list[other]] = [list[other], list[index]];
  }
  return flattenValues(nested);
}

function newRow(path: string): Record<string, unknown> {
  if (path === "rounds") return { kind: "workshops", workshops: [{ title: "" }, { title: "" }] };
  if (path === "meetings") return { mode: "physical" };
  if (path === "questions") return { kind: "short_text" };
  return { title: "", name: "" };
}

/** The number of rows a list has in the form's values. */
export function rowCount(values: FormValues, path: string): number {
  const prefix = `${path}.`;
  let count = 0;
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue;
    const index = /^(\d+)\./.exec(key.slice(prefix.length));
    if (index) count = Math.max(count, Number(index[1]) + 1);
  }
  return count;
}

/** The shared ActionState, plus what this form needs: a revision to re-render typed values, preview, confirm, conflict. */
export type EventFormState = ActionState & {
  revision?: number;
  /** Show the Markdown preview of the description. */
  preview?: boolean;
  /** A capacity goes below the places taken: ask for the confirmation checkbox. */
  confirmCapacity?: boolean;
  /** Someone else saved first: offer the newest version. */
  conflict?: boolean;
};
