import type { Question, QuestionType } from "../../../questions/types.ts";

/** A sentence of the article: its paragraph number and its text, verbatim. */
export type ArticleSentence = { paragraph: number; text: string };

/**
 * Where a sentence may end: the worker accepts evidence cut at the same places
 * (worker/quizzes/evidence.ts).
 */
const SENTENCE_END = /(?<=[.!?…]["”’')\]]*)\s+/;

/** A paragraph's sentences, each verbatim, cut where the API accepts a sentence's end. */
export const sentencesOf = (paragraph: string, index: number): ArticleSentence[] =>
  paragraph
    .split(SENTENCE_END)
    .filter(Boolean)
    .map((text) => ({ paragraph: index, text }));

/** A fresh id for a question the teacher writes (the API takes letters, digits, - and _). */
const newId = () => `own-${crypto.getRandomValues(new Uint32Array(2)).join("-")}`;

/**
 * A question of `type` for the teacher to write, with the chosen sentence as its evidence: empty
 * where the teacher must write, the sentence itself as a true/false statement to edit.
 */
export function ownQuestion(type: QuestionType, at: ArticleSentence): Question {
  const base = {
    id: newId(),
    type,
    explanation: `The article says: “${at.text}”`,
    evidence: { paragraph: at.paragraph, text: at.text },
    difficulty: "medium" as const,
  };
  switch (type) {
    case "truefalse":
      return {
        ...base,
        prompt: `True or false: ${at.text}`,
        options: ["True", "False"],
        answer: "True",
      };
    case "choice":
      return { ...base, prompt: "", options: ["", "", "", ""], answer: "" };
    case "match":
      return {
        ...base,
        prompt: "Match each one to what the article says about them.",
        items: [],
        options: [],
        answer: [],
      };
    case "order":
      return {
        ...base,
        prompt: "Put these events from the article in order, earliest first.",
        options: [],
        answer: [],
      };
    default:
      return { ...base, prompt: "", answer: "" };
  }
}
