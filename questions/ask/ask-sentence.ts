import { givesAnswerAway } from "../choose/select.ts";
import { candidateQuestions } from "../index.ts";
import type { Evidence, Question } from "../types.ts";
import { sentenceQuestions } from "./blanks.ts";
import { finishCandidate, sentenceKey } from "./finish.ts";
import { withId } from "./write.ts";

/** A sentence of a stored quiz's article: its paragraph number and its text, verbatim. */
export type SentenceRef = { paragraph: number; text: string };

/** The most questions offered for one sentence. */
const MAX_OFFERED = 8;

let lastRead: { text: string; found: ReturnType<typeof candidateQuestions> } | null = null;

/**
 * The engine's reading of a stored article's paragraphs, kept for the next sentence a teacher asks
 * about. A one-word first line reads as a headline, so the article's own first paragraph stays
 * paragraph 0.
 */
function read(paragraphs: readonly string[]) {
  const text = ["Article", ...paragraphs].join("\n");
  if (lastRead?.text !== text) lastRead = { text, found: candidateQuestions(text) };
  return lastRead.found;
}

/**
 * The questions the engine can write about one sentence of the article, best first, whether or
 * not it chose them for the quiz: for a teacher who wants a fact the quiz skipped.
 */
export function questionsAboutSentence(paragraphs: readonly string[], at: SentenceRef): Question[] {
  const { candidates, infos, entities, pools } = read(paragraphs);
  const here = (e: { text: string }) => e.text.includes(at.text) || at.text.includes(e.text);
  const others = new Set(
    infos.filter((i) => !here(i.sentence)).map((i) => sentenceKey(i.sentence)),
  );
  const found = [
    ...candidates.filter((c) => c.sentence >= 0 && here(c.question.evidence)),
    ...sentenceQuestions(infos, entities, pools, others, null),
  ].filter((c) => !c.pairOnly && !givesAnswerAway(c.question));
  const out: Question[] = [];
  for (const c of found.sort((a, b) => b.score - a.score)) {
    if (out.length >= MAX_OFFERED) break;
    const q = finishCandidate(c);
    if (!q || out.some((o) => o.id === q.id || o.prompt === q.prompt)) continue;
    out.push({ ...q, evidence: { ...q.evidence, paragraph: at.paragraph } });
  }
  return out;
}

/**
 * A fill-in question on a word (or words) the teacher picked in a sentence; a number becomes a
 * numeric question.
 */
export function fillInQuestion(at: SentenceRef, words: string): Question {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const start = words.trim()
    ? at.text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u"))
    : -1;
  if (start < 0) throw new Error(`"${words}" is not a word of the sentence`);
  const blanked = `${at.text.slice(0, start)}___${at.text.slice(start + words.length)}`;
  const evidence: Evidence = { paragraph: at.paragraph, text: at.text, highlight: words };
  return withId({
    type: /^\d[\d,.]*$/.test(words) ? "numeric" : "fill",
    prompt: `Complete the sentence from the article: “${blanked}”`,
    answer: words,
    explanation: `The article says so: “${at.text}”`,
    evidence,
    difficulty: "medium",
  });
}
