import { z } from "zod";

// The vote form on the manage page: which question, and whether to vote or take the vote back.
export const voteFormSchema = z.object({
  questionId: z.coerce.number({ error: "Onbekende vraag." }).int("Onbekende vraag.").positive("Onbekende vraag."),
  intent: z.enum(["vote", "withdraw"], { error: "Kies stemmen of je stem intrekken." }),
});

export type VoteForm = z.infer<typeof voteFormSchema>;

const questionId = z.coerce.number({ error: "Onbekende vraag." }).int("Onbekende vraag.").positive("Onbekende vraag.");

// The organiser's form per question: one button per intent; merging also names the question to merge into.
export const moderationFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["approve", "hide", "panel_on", "panel_off"]), questionId }),
  z.object({
    intent: z.literal("merge"),
    questionId,
    intoId: z.coerce.number({ error: "Kies de vraag om mee samen te voegen." }).int().positive("Kies de vraag om mee samen te voegen."),
  }),
], { error: "Kies wat je met deze vraag wilt doen." });

export type ModerationForm = z.infer<typeof moderationFormSchema>;
