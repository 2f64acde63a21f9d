import { z } from "zod";

// The vote form on the manage page: which question, and whether to vote or take the vote back.
export const voteFormSchema = z.object({
  questionId: z.coerce.number({ error: "Onbekende vraag." }).int("Onbekende vraag.").positive("Onbekende vraag."),
  intent: z.enum(["vote", "withdraw"], { error: "Kies stemmen of je stem intrekken." }),
});

export type VoteForm = z.infer<typeof voteFormSchema>;
