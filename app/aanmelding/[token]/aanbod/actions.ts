"use server";

import { redirect } from "next/navigation";
import { afterCommit } from "@/lib/after-commit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { acceptOffer, declineOffer, type OfferOutcome } from "@/lib/registration/capacity/offers";

// Accepting or declining a place offered from the waitlist. Plain form posts, so they work without
// JavaScript; the answer is a redirect to a page that says what happened. The token is the authorisation.

function finish(token: string, outcome: OfferOutcome): never {
  switch (outcome.kind) {
    case "accepted":
      afterCommit(outcome);
      redirect(`/aanmelding/${token}?aanbod=aangenomen`);
    case "declined":
      afterCommit(outcome);
      redirect(`/aanmelding/${token}?geannuleerd=1`);
    case "refused":
      afterCommit(outcome.effects);
      // A code, not the sentence: the page must not show whatever text a link carries.
      redirect(`/aanmelding/${token}/aanbod?fout=${outcome.message.startsWith("Dit aanbod is verlopen") ? "verlopen" : "vervallen"}`);
    case "not_found":
      redirect("/niet-gevonden");
  }
}

export async function acceptOfferAction(token: string): Promise<void> {
  finish(token, await acceptOffer(db, token, { baseUrl: env().BASE_URL }));
}

export async function declineOfferAction(token: string): Promise<void> {
  finish(token, await declineOffer(db, token, { baseUrl: env().BASE_URL }));
}
