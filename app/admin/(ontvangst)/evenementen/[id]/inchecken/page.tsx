import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DoorDesk } from "@/components/check-in/DoorDesk";
import { requireAdmin } from "@/lib/auth/session";
import { doorCounts, loadDoorEvent, searchDoor } from "@/lib/check-in/check-in";
import { decodeAnswer, parseRoom, roomValue } from "@/lib/check-in/door-page";
import { formatDutchDateTimeRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { doorCheckInAction, doorUndoAction, walkInAction } from "./actions";

export const metadata: Metadata = { title: "Inchecken bij de ingang" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DoorPage({ params, searchParams }: Props) {
  const admin = await requireAdmin("ontvangst");
  const id = Number((await params).id);
  const event = Number.isSafeInteger(id) && id > 0 ? await loadDoorEvent(db, id) : null;
  if (!event) notFound();
  const query = await searchParams;
  const room = parseRoom(query.zaal);
  const validRoom = room && event.rounds.some((round) => round.id === room.roundId && round.workshops.some((workshop) => workshop.id === room.workshopId)) ? room : null;
  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const [counts, results] = await Promise.all([doorCounts(db, event.id, validRoom), q ? searchDoor(db, event.id, q) : Promise.resolve(null)]);
  return (
    <DoorDesk
      event={{ id: event.id, title: event.title, when: formatDutchDateTimeRange(event.startsAt, event.endsAt), rounds: event.rounds }}
      me={admin.name}
      room={roomValue(validRoom)}
      counts={counts}
      query={q}
      results={results}
      answer={decodeAnswer(query.antwoord)}
      actions={{ checkIn: doorCheckInAction.bind(null, event.id), undo: doorUndoAction.bind(null, event.id), walkIn: walkInAction.bind(null, event.id) }}
    />
  );
}
