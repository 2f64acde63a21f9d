import "server-only";
import { db } from "@/lib/db/client";
import { findQuestionBoard, findVotingView } from "@/lib/questions/queries";

// The pages' doors to the question read models, on the app's one database client.

export function publicQuestionBoard(eventId: number) {
  return findQuestionBoard(db, eventId);
}

export function registrantVotingView(registration: { id: number; eventId: number }) {
  return findVotingView(db, registration);
}
