import { eventPhrases } from "./causes.ts";
import { cleanArticle } from "./clean.ts";
import { buildPools } from "./distractors.ts";
import { extractFacts, readSentences } from "./extract.ts";
import { hashId } from "./hash.ts";
import { splitSentences } from "./nlp.ts";
import { ALL_TYPES, selectQuestions } from "./select.ts";
import { isSelfContained } from "./roles.ts";
import { makeTitle } from "./title.ts";
import type { QuestionType, Quiz } from "./types.ts";
import { type Candidate, writeFactQuestions, writeMatchQuestion, writeOrderQuestion, writeRoleQuestions } from "./write.ts";

export { cleanArticle } from "./clean.ts";
export { gradeAnswer } from "./grade.ts";
export type * from "./types.ts";

export type QuizErrorCode = "too_short" | "too_long" | "too_few_facts";

/** A reason the article cannot make a quiz; the worker answers it with a 4xx. */
export class QuizError extends Error {
  readonly code: QuizErrorCode;
  constructor(code: QuizErrorCode, message: string) {
    super(message);
    this.name = "QuizError";
    this.code = code;
  }
}

export type QuizOptions = {
  /** How many questions at most; default: as many good ones as the article supports, up to 30. */
  count?: number;
  /** Which question types to write; default all. */
  types?: QuestionType[];
  /** A title to use instead of the headline or the generated one. */
  title?: string;
};

export const MAX_QUESTIONS = 30;
export const MIN_QUESTIONS = 3;
export const MAX_ARTICLE_CHARS = 100_000;
const MIN_WORDS = 60;

/** Every candidate question the article supports, before selection. */
export function candidateQuestions(text: string) {
  const article = cleanArticle(text);
  const sentences = splitSentences(article.paragraphs);
  const { infos, entities } = readSentences(sentences);
  const { facts, roles, events, speakers } = extractFacts(infos, entities);
  const pools = buildPools([...entities.values()], infos.flatMap((i) => i.quantities), speakers, eventPhrases(infos), roles);
  const candidates: Candidate[] = [];
  for (const f of facts) candidates.push(...writeFactQuestions(f, pools));
  const usableRoles = roles.filter((r) => isSelfContained(r.role));
  for (const r of usableRoles) candidates.push(...writeRoleQuestions(r, usableRoles, pools));
  const match = writeMatchQuestion(usableRoles);
  if (match) candidates.push(match);
  const order = writeOrderQuestion(events);
  if (order) candidates.push(order);
  return { article, sentences, infos, candidates, facts, roles, events };
}

/**
 * Turns a news article into a quiz: clean → sentences → entities → facts → questions →
 * distractors → selection. Deterministic: the same text gives the same quiz and ids.
 * Throws `QuizError` when the article is too short or has too few facts.
 */
export function generateQuiz(text: string, options: QuizOptions = {}): Quiz {
  if (text.length > MAX_ARTICLE_CHARS) throw new QuizError("too_long", `The article is over ${MAX_ARTICLE_CHARS / 1000} KB.`);
  const { article, infos, candidates } = candidateQuestions(text);
  const words = article.paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);
  if (words < MIN_WORDS) throw new QuizError("too_short", `The article has ${words} words; a quiz needs at least ${MIN_WORDS}.`);
  const count = Math.max(1, Math.min(options.count ?? MAX_QUESTIONS, MAX_QUESTIONS));
  const types = options.types?.length ? options.types : ALL_TYPES;
  const questions = selectQuestions(candidates, count, types);
  if (questions.length < Math.min(MIN_QUESTIONS, count)) {
    throw new QuizError("too_few_facts", `The article has too few clear facts for a quiz (found ${questions.length} good questions).`);
  }
  const cleaned = [article.headline ?? "", ...article.paragraphs].join("\n");
  const title = options.title?.trim() || makeTitle(article.headline, infos[0]);
  return { id: hashId(cleaned), title, article: { paragraphs: article.paragraphs }, questions };
}
