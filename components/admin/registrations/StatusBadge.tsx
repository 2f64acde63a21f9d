import { formatDutchShortDateTime } from "@/lib/dates";
import { registrationStatusLabels } from "@/lib/status-labels";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";

const colours: Record<RegistrationStatus, string> = {
  confirmed: "border-green-700 bg-green-50 text-green-900",
  waitlisted: "border-amber-700 bg-amber-50 text-amber-900",
  pending: "border-sky-700 bg-sky-50 text-sky-900",
  cancelled: "border-stone-400 bg-stone-100 text-stone-700",
  rejected: "border-stone-400 bg-stone-100 text-stone-700",
  offered: "border-violet-700 bg-violet-50 text-violet-900",
};

/** A registration's status in words, with a colour as a second cue (never the only one). */
export function StatusBadge({ status, offerExpiresAt }: { status: RegistrationStatus; offerExpiresAt?: Date | null }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-medium ${colours[status]}`}>
      {registrationStatusLabels[status]}
      {status === "offered" && offerExpiresAt && <span className="block text-xs font-normal">aanbod tot {formatDutchShortDateTime(offerExpiresAt)}</span>}
    </span>
  );
}
