import { describeAnswer, type DoorAnswer, type Tone } from "@/lib/check-in/answer";

// The big answer at the door, in words and colour (the colour never alone: the words say it too).

const TONES: Record<Tone, string> = {
  good: "border-green-800 bg-green-700 text-white",
  warn: "border-amber-700 bg-amber-200 text-stone-950",
  bad: "border-red-900 bg-red-700 text-white",
};

type Props = { answer: DoorAnswer | null; room: string; undo: (form: FormData) => Promise<void>; onUndo: (registrationId: number) => void };

export function AnswerPanel({ answer, room, undo, onUndo }: Props) {
  if (!answer) {
    return (
      <div role="status" aria-live="polite" className="rounded-lg border-2 border-dashed border-stone-400 p-5 text-lg text-stone-700">
        Scan een QR-code, typ een code of zoek iemand op.
      </div>
    );
  }
  const { tone, headline, details } = describeAnswer(answer);
  const undoable = answer.kind === "welcome" || answer.kind === "already" || answer.kind === "queued" ? answer.person.id : null;
  return (
    <div role="status" aria-live="polite" data-testid="antwoord" data-kind={answer.kind} className={`rounded-lg border-2 p-5 ${TONES[tone]}`}>
      <p className="text-3xl leading-tight font-bold">{headline}</p>
      {details.length > 0 && (
        <ul className="mt-2 space-y-0.5 text-lg">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {undoable !== null && (
        <form
          action={undo}
          onSubmit={(submitEvent) => {
            submitEvent.preventDefault();
            onUndo(undoable);
          }}
          className="mt-3"
        >
          <input type="hidden" name="registrationId" value={undoable} />
          <input type="hidden" name="room" value={room} />
          <button type="submit" className="rounded border-2 border-current bg-white/10 px-4 py-2 font-semibold">
            Ongedaan maken
          </button>
        </form>
      )}
    </div>
  );
}
