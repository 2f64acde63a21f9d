"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerPanel } from "@/components/check-in/AnswerPanel";
import { QrScanner } from "@/components/check-in/QrScanner";
import { WalkInForm } from "@/components/check-in/WalkInForm";
import { answerFromRoster, type DoorAnswer, type DoorCounts, type RosterEntry } from "@/lib/check-in/answer";
import { normaliseCheckInCode } from "@/lib/check-in/code";
import { parseRoom } from "@/lib/check-in/door-page";
import type { ActionState } from "@/lib/forms/action-state";
import { registrationStatusLabels } from "@/lib/status-labels";

// The door page, for a phone in one hand. Without JavaScript its forms post to the server actions. With it, every
// check-in goes into a queue kept in localStorage and is sent to the sync endpoint at once; offline, the answer
// comes from the event's list kept in the browser ("bekend, wordt verstuurd") and the queue waits for the
// connection. The server makes check-ins idempotent, so a queue sent twice does no harm.

type QueueItem = { code?: string; registrationId?: number; at: string; roundId?: number; workshopId?: number; undo?: boolean };
type Round = { id: number; name: string; workshops: { id: number; number: number; title: string; room: string | null }[] };
type Props = {
  event: { id: number; title: string; when: string; rounds: Round[] };
  me: string;
  room: string;
  counts: DoorCounts;
  query: string;
  results: RosterEntry[] | null;
  answer: DoorAnswer | null;
  actions: { checkIn: (form: FormData) => Promise<void>; undo: (form: FormData) => Promise<void>; walkIn: (state: ActionState, form: FormData) => Promise<ActionState> };
};

const POLL_MS = 8000;

function load<T>(key: string, fallback: T): T {
  try {
    const stored = window.localStorage.getItem(key);
    return stored ? (JSON.parse(stored) as T) : fallback;
  } catch {
    return fallback;
  }
}

function store(key: string, value: unknown) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or blocked storage only costs the offline copy.
  }
}

export function DoorDesk({ event, me, room, counts: initialCounts, query, results, answer: initialAnswer, actions }: Props) {
  const rosterKey = `bijeen-inchecken-${event.id}-lijst`;
  const queueKey = `bijeen-inchecken-${event.id}-wachtrij`;
  const chosenRoom = parseRoom(room);
  const endpoint = `/api/admin/events/${event.id}/check-ins${room ? `?zaal=${encodeURIComponent(room)}` : ""}`;

  const [answer, setAnswer] = useState<DoorAnswer | null>(initialAnswer);
  const [counts, setCounts] = useState(initialCounts);
  const [roster, setRoster] = useState<RosterEntry[] | null>(null);
  const [queue, setQueue] = useState<QueueItem[]>([]);
  const [search, setSearch] = useState(query);
  const [code, setCode] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const queueRef = useRef<QueueItem[]>([]);
  const rosterRef = useRef<RosterEntry[] | null>(null);
  const flushing = useRef(false);

  const saveQueue = useCallback(
    (items: QueueItem[]) => {
      queueRef.current = items;
      setQueue(items);
      store(queueKey, items);
    },
    [queueKey],
  );
  const saveRoster = useCallback(
    (entries: RosterEntry[]) => {
      rosterRef.current = entries;
      setRoster(entries);
      store(rosterKey, entries);
    },
    [rosterKey],
  );

  /** What the server said about a person, copied into the browser's list. */
  const remember = useCallback(
    (answers: DoorAnswer[]) => {
      const entries = rosterRef.current;
      if (!entries) return;
      const byId = new Map(entries.map((entry) => [entry.id, entry]));
      for (const item of answers) {
        if (item.kind === "welcome" || item.kind === "already") {
          const entry = byId.get(item.person.id);
          if (entry && !item.room) byId.set(entry.id, { ...entry, checkIn: { at: item.at, byName: item.byName } });
        } else if (item.kind === "undone") {
          const entry = byId.get(item.person.id);
          if (entry && !chosenRoom) byId.set(entry.id, { ...entry, checkIn: null });
        }
      }
      saveRoster([...byId.values()]);
    },
    [chosenRoom, saveRoster],
  );

  /** Sends the queue; returns the server's answers, or null when there is no connection. */
  const flush = useCallback(async (): Promise<DoorAnswer[] | null> => {
    const items = queueRef.current;
    if (items.length === 0 || flushing.current) return [];
    flushing.current = true;
    try {
      const response = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ checkIns: items }) });
      if (!response.ok) return null;
      const body = (await response.json()) as { answers: DoorAnswer[]; counts: DoorCounts };
      // Items queued while this batch was under way stay in the queue.
      saveQueue(queueRef.current.slice(items.length));
      setCounts(body.counts);
      remember(body.answers);
      return body.answers;
    } catch {
      return null;
    } finally {
      flushing.current = false;
    }
  }, [endpoint, remember, saveQueue]);

  const refresh = useCallback(
    async (withRoster: boolean) => {
      try {
        const response = await fetch(`${endpoint}${endpoint.includes("?") ? "&" : "?"}${withRoster ? "lijst=1" : "tellen=1"}`, { cache: "no-store" });
        if (!response.ok) return;
        const body = (await response.json()) as { counts: DoorCounts; roster?: RosterEntry[] };
        setCounts(body.counts);
        if (body.roster && queueRef.current.length === 0) saveRoster(body.roster);
      } catch {
        // Offline: the counts stay as they were.
      }
    },
    [endpoint, saveRoster],
  );

  useEffect(() => {
    // localStorage exists only in the browser, so the stored list and queue are read after hydration.
    void Promise.resolve().then(() => {
      setHydrated(true);
      const stored = load<RosterEntry[] | null>(rosterKey, null);
      if (stored) {
        rosterRef.current = stored;
        setRoster(stored);
      }
      const waiting = load<QueueItem[]>(queueKey, []);
      queueRef.current = waiting;
      setQueue(waiting);
      return flush().then(() => refresh(true));
    });
    const onOnline = () => void flush().then(() => refresh(true));
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(() => {
      if (navigator.onLine) void flush().then(() => refresh(false));
    }, POLL_MS);
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearInterval(timer);
    };
  }, [flush, refresh, rosterKey, queueKey]);

  /** One check-in (or undo): queued, sent at once, answered by the server or, offline, by the browser's list. */
  async function submit(item: Omit<QueueItem, "at" | "roundId" | "workshopId">, entry: RosterEntry | undefined, typedCode: string | null) {
    const full: QueueItem = { ...item, at: new Date().toISOString(), ...(chosenRoom ?? {}) };
    const local = item.undo ? (entry ? ({ kind: "undone", person: entry } as DoorAnswer) : null) : answerFromRoster(entry, typedCode);
    // Offline, only a known person with a place (or an undo) is worth queueing; the rest is answered at once.
    const worthQueueing = item.undo || local?.kind === "queued";
    if (navigator.onLine) {
      saveQueue([...queueRef.current, full]);
      const answers = await flush();
      if (answers && answers.length > 0) {
        setAnswer(answers[answers.length - 1]!);
        return;
      }
      if (!worthQueueing) saveQueue(queueRef.current.filter((queued) => queued !== full));
    } else if (worthQueueing) {
      saveQueue([...queueRef.current, full]);
    }
    if (worthQueueing && entry && rosterRef.current) {
      saveRoster(rosterRef.current.map((other) => (other.id === entry.id ? { ...other, checkIn: item.undo ? null : (other.checkIn ?? { at: full.at, byName: me }) } : other)));
    }
    setAnswer(local ?? { kind: "unknown", code: typedCode });
  }

  function handleCode(raw: string) {
    const normalised = normaliseCheckInCode(raw);
    if (!normalised) {
      setAnswer({ kind: "unknown", code: null });
      return;
    }
    const entry = rosterRef.current?.find((candidate) => candidate.code === normalised);
    void submit({ code: normalised }, entry, `${normalised.slice(0, 4)}-${normalised.slice(4)}`);
  }

  function handlePerson(entry: RosterEntry | undefined, registrationId: number, undo = false) {
    void submit({ registrationId, ...(undo ? { undo: true } : {}) }, entry ?? rosterRef.current?.find((candidate) => candidate.id === registrationId), null);
  }

  const text = search.trim().toLowerCase();
  const shown: RosterEntry[] | null =
    hydrated && roster && text.length >= 2
      ? roster.filter((entry) => [entry.name, entry.organisation ?? "", entry.code ?? ""].some((value) => value.toLowerCase().includes(text))).slice(0, 25)
      : hydrated && roster && text.length < 2
        ? null
        : results;
  const roomName = chosenRoom ? event.rounds.flatMap((round) => round.workshops.map((workshop) => ({ round, workshop }))).find(({ workshop }) => workshop.id === chosenRoom.workshopId) : undefined;

  return (
    <div className="mx-auto max-w-xl space-y-5">
      <header>
        <h1 className="text-2xl font-bold">Inchecken: {event.title}</h1>
        <p className="text-stone-700">{event.when}</p>
        <p className="mt-2 text-xl font-semibold" data-testid="aanwezig">
          {counts.present} van {counts.expected} aanwezig
          {counts.room && roomName ? (
            <span className="block text-base font-normal">
              In {roomName.workshop.title}: {counts.room.present} van {counts.room.expected}
            </span>
          ) : null}
        </p>
        {queue.length > 0 && (
          <p role="status" className="mt-2 rounded border border-amber-600 bg-amber-50 p-2 font-semibold text-amber-950">
            {queue.length === 1 ? "1 check-in wacht op verbinding" : `${queue.length} check-ins wachten op verbinding`}
          </p>
        )}
      </header>

      <AnswerPanel answer={answer} room={room} undo={actions.undo} onUndo={(registrationId) => handlePerson(undefined, registrationId, true)} />

      {hydrated && <QrScanner onCode={handleCode} />}

      <form
        action={actions.checkIn}
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault();
          handleCode(code);
          setCode("");
        }}
        className="space-y-2"
      >
        <input type="hidden" name="room" value={room} />
        <label htmlFor="door-code" className="block text-lg font-semibold">
          Code intypen
        </label>
        <div className="flex gap-2">
          <input
            id="door-code"
            name="code"
            value={code}
            onChange={(change) => setCode(change.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXX-XXXX"
            className="w-full rounded border border-stone-500 px-3 py-3 font-mono text-xl uppercase tracking-widest"
          />
          <button type="submit" className="rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
            Check in
          </button>
        </div>
      </form>

      <form method="get" role="search" className="space-y-2" onSubmit={(submitEvent) => hydrated && roster && submitEvent.preventDefault()}>
        {room && <input type="hidden" name="zaal" value={room} />}
        <label htmlFor="door-search" className="block text-lg font-semibold">
          Zoek op naam of organisatie
        </label>
        <div className="flex gap-2">
          <input id="door-search" name="q" type="search" value={search} onChange={(change) => setSearch(change.target.value)} autoComplete="off" className="w-full rounded border border-stone-500 px-3 py-3 text-lg" />
          <button type="submit" className="rounded border border-stone-500 bg-white px-4 py-3 font-semibold hover:bg-stone-100">
            Zoeken
          </button>
        </div>
      </form>

      {shown && (
        <section aria-label="Gevonden">
          {shown.length === 0 ? (
            <p>Niemand gevonden.</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded border border-stone-300 bg-white">
              {shown.map((entry) => (
                <li key={entry.id} className="flex items-center justify-between gap-3 p-3">
                  <div>
                    <p className="font-semibold">{entry.name}</p>
                    <p className="text-sm text-stone-700">
                      {[entry.organisation, registrationStatusLabels[entry.status], entry.checkIn ? "al binnen" : null].filter(Boolean).join(" · ")}
                    </p>
                  </div>
                  <form
                    action={actions.checkIn}
                    onSubmit={(submitEvent) => {
                      submitEvent.preventDefault();
                      handlePerson(entry, entry.id);
                    }}
                  >
                    <input type="hidden" name="registrationId" value={entry.id} />
                    <input type="hidden" name="room" value={room} />
                    <button type="submit" className="rounded bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800" aria-label={`${entry.name} inchecken`}>
                      Inchecken
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {event.rounds.length > 0 && (
        <form method="get" className="space-y-2 rounded border border-stone-300 bg-stone-50 p-3">
          <label htmlFor="door-room" className="block font-semibold">
            Waar sta je?
          </label>
          <select id="door-room" name="zaal" defaultValue={room} className="w-full rounded border border-stone-500 bg-white px-3 py-2">
            <option value="">Bij de ingang</option>
            {event.rounds.map((round) => (
              <optgroup key={round.id} label={round.name}>
                {round.workshops.map((workshop) => (
                  <option key={workshop.id} value={`${round.id}:${workshop.id}`}>
                    {round.name}: {workshop.title}
                    {workshop.room ? ` (${workshop.room})` : ""}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="submit" className="rounded border border-stone-500 bg-white px-4 py-2 font-semibold hover:bg-stone-100">
            Kies
          </button>
        </form>
      )}

      <WalkInForm action={actions.walkIn} room={room} />
    </div>
  );
}
