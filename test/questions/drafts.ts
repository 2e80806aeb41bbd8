import type { Candidate, Draft } from "../../questions/ask/write.ts";
import type { QuestionType } from "../../questions/index.ts";

/** A question as a writer drafts it, for the chooser's rules to judge. */
export const draft = (
  prompt: string,
  answer: string,
  evidence = "",
  type: QuestionType = "fill",
): Draft => ({
  type,
  prompt,
  answer,
  explanation: "",
  evidence: { paragraph: 0, text: evidence },
  difficulty: "easy",
});

/** A drafted question as a candidate of its fact, from the article's second sentence. */
export const candidate = (question: Draft, factKey = "subject:1"): Candidate => ({
  question,
  factKey,
  score: 1,
  sentence: 1,
});
