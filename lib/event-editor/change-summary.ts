import { eventFieldLabels } from "@/lib/event-editor/schema";
import { valuesFromEvent, type EditableEvent } from "@/lib/event-editor/values-from-event";

// The audit log's sentence for a save of the event form: the labels of the changed fields.

/** "Gewijzigd: Titel, Plekken op locatie, Workshoprondes en workshops." from the form's view of before and after. */
export function changeSummary(before: EditableEvent, after: EditableEvent): string {
  const old = valuesFromEvent(before);
  const now = valuesFromEvent(after);
  const changed = new Set<string>();
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (key === "version" || /\.id$/.test(key) || String(old[key] ?? "") === String(now[key] ?? "")) continue;
    const top = key.split(".")[0]!;
    const field = top === "venueUnknown" ? "venueName" : top;
    changed.add(eventFieldLabels[field as keyof typeof eventFieldLabels] ?? field);
  }
  if (changed.size === 0) return `"${after.title}" opgeslagen zonder wijzigingen.`;
  // In the order of the form.
  const labels = Object.values(eventFieldLabels).filter((fieldLabel) => changed.has(fieldLabel));
  return `"${after.title}" bewerkt. Gewijzigd: ${labels.join(", ")}.`;
}
