import type { AttendanceMode, EventFormat, ParticipationMode } from "@/lib/generated/prisma/enums";

// The one place that turns the model's English identifiers into the interface's Dutch words.

export const EVENT_FORMATS = ["congrestival", "minisymposium", "leercafe", "themabijeenkomst", "leerkring"] as const satisfies readonly EventFormat[];

export const formatLabels: Record<EventFormat, string> = {
  congrestival: "Congrestival",
  minisymposium: "Minisymposium",
  leercafe: "Leercafé",
  themabijeenkomst: "Themabijeenkomst",
  leerkring: "Leerkring",
};

/** "Andere leercafés": the plural as a sentence uses it, lower case. */
export const formatPlurals: Record<EventFormat, string> = {
  congrestival: "congrestivals",
  minisymposium: "minisymposia",
  leercafe: "leercafés",
  themabijeenkomst: "themabijeenkomsten",
  leerkring: "leerkringen",
};

export const formatDescriptions: Record<EventFormat, string> = {
  congrestival: "Een dag vol ontmoeting, op locatie en online, met workshops in rondes.",
  minisymposium: "Een kort online symposium; je brengt vooraf een vraag in en stemt mee.",
  leercafe: "Een kleine bijeenkomst op locatie om met vakgenoten te leren.",
  themabijeenkomst: "Een plenair deel en workshops rond één thema, met lunch.",
  leerkring: "Een reeks bijeenkomsten waarin teams van organisaties samen leren.",
};

export const attendanceModeLabels: Record<AttendanceMode, string> = {
  physical: "Op locatie",
  online: "Online",
  hybrid: "Hybride (op locatie of online)",
};

export const participationModeLabels: Record<ParticipationMode, string> = {
  physical: "Op locatie",
  online: "Online",
};
