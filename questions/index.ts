import { sentenceQuestions } from "./ask/blanks.ts";
import { writeFigureMatch } from "./ask/figure-match.ts";
import { makeTitle } from "./ask/title.ts";
import {
  type Candidate,
  writeFactQuestions,
  writeMatchQuestion,
  writeOrderQuestion,
  writeRoleQuestions,
} from "./ask/write.ts";
import { rankAlternates } from "./choose/alternates.ts";
import { chooseQuestions, defaultCount } from "./choose/pick.ts";
import { rankSentences } from "./choose/rank.ts";
import { ALL_TYPES } from "./choose/select.ts";
import { buildPools } from "./distractors/distractors.ts";
import { eventPhrases } from "./facts/causes.ts";
import { extractFacts, readSentences } from "./facts/extract.ts";
import type { RoleFact, SentenceInfo } from "./facts/facts.ts";
import { isSelfContained } from "./facts/roles.ts";
import { yearEvents } from "./facts/timeline.ts";
import { normalizeCached } from "./grade.ts";
import { hashId } from "./hash.ts";
import { type CleanArticle, cleanArticle } from "./read/clean.ts";
import type { Entity } from "./read/entities.ts";
import { looksEnglish } from "./read/language.ts";
import { splitSentences } from "./read/nlp.ts";
import type { QuestionType, Quiz } from "./types.ts";

export { fillInQuestion, questionsAboutSentence } from "./ask/ask-sentence.ts";
export { gradeAnswer } from "./grade.ts";
export { type CleanArticle, cleanArticle } from "./read/clean.ts";
export type * from "./types.ts";

export type QuizErrorCode = "too_short" | "too_long" | "too_few_facts" | "not_english";

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
/** The fewest questions of a quiz from a text shorter than real news (a paragraph or two). */
export const MIN_QUESTIONS = 2;
export const MAX_ARTICLE_CHARS = 100_000;
/**
 * From this many words an article is taken for real news: it gets a quiz while one good question
 * can be asked.
 */
export const NEWS_WORDS = 150;
/**
 * The fewest words (of the cleaned article) the engine makes a quiz from; fewer is a `too_short`
 * QuizError.
 */
export const MIN_ARTICLE_WORDS = 60;

/**
 * The quiz id `generateQuiz` gives an article: a content address (60-bit hash, 12 base32
 * characters) of the cleaned article, headline included. Takes the `cleanArticle` result, or the
 * raw text, which it cleans first; junk lines and line endings do not change it.
 */
export function quizIdOf(article: CleanArticle | string): string {
  const a = typeof article === "string" ? cleanArticle(article) : article;
  return hashId([a.headline ?? "", ...a.paragraphs].join("\n"));
}

/**
 * Facts come from the first 400 sentences (some 9,000 words): a quiz holds 30 questions at most,
 * and
 * a 100 KB paste of one sentence repeated must not cost more than a long article.
 */
const MAX_FACT_SENTENCES = 400;

/**
 * The most characters the language stages read (some 8,000 words); the quiz keeps the whole
 * article.
 */
const MAX_READ_CHARS = 50_000;

/**
 * The paragraphs the language stages read: all of an article, or its first 50,000 characters, the
 * last paragraph cut after a sentence's end. Sentences stay verbatim parts of the article's
 * paragraphs, with the same paragraph numbers.
 */
function leadingText(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (used + p.length <= MAX_READ_CHARS) {
      out.push(p);
      used += p.length;
      continue;
    }
    // the last sentence end that fits, found from the end (a regular expression would scan the rest
    // for each one)
    let end = Math.min(p.length - 1, Math.max(0, MAX_READ_CHARS - used));
    while (end > 0 && !(/[.!?]/.test(p[end - 1]!) && /\s/.test(p[end] ?? " "))) end--;
    if (end > 0) out.push(p.slice(0, end));
    break;
  }
  return out;
}

/** A question that ends on a word that needs more after it. */
const CUT_SHORT = new RegExp(
  String.raw`\b(that|which|who|whose|the|a|an|of|to|and|or|but|with|for|in|on|at|by|from|as|than` +
    String.raw`|if|because|while)[?.]$|^True or false: .*\b(said|says|told|added|asked|warned)\.$`,
  "i",
);

/**
 * A true/false statement that opens on someone the sentence before named ("The 25-year-old
 * was...").
 */
const LEANING_STATEMENT = /^True or false: (the \d+-year-old|he|she|they|it|this|these|those)\b/i;

/** A question a teacher could ask as written: not cut short, not leaning on the sentence before. */
const readsWhole = (c: Candidate) =>
  !CUT_SHORT.test(c.question.prompt) && !LEANING_STATEMENT.test(c.question.prompt);

/**
 * The most roles the role questions compare with each other (each role is checked against every
 * other).
 */
const ROLE_LIMIT = 40;

/**
 * Each person's role once (the first time the article states it), for at most `ROLE_LIMIT` people:
 * an
 * article that repeats one role sentence 800 times has one role, not 800 to compare pairwise.
 */
function distinctRoles(roles: RoleFact[]): RoleFact[] {
  const seen = new Set<string>();
  const out: RoleFact[] = [];
  for (const r of roles) {
    const key = `${r.person}\u0000${normalizeCached(r.role)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length >= ROLE_LIMIT) break;
  }
  return out;
}

/**
 * Bodies no option should name: those the article names only as where its news came from ("told BBC
 * News", "speaking to the BBC's Today programme", "according to Reuters"), and names cut short at
 * "and".
 */
function newsSources(infos: SentenceInfo[], entities: Map<string, Entity>): Set<string> {
  const out = new Set<string>();
  for (const e of entities.values()) {
    if (e.kind !== "org" || e.mentions.length === 0) continue;
    const asSource = e.mentions.every((m) => {
      const t = infos[m.sentence]?.sentence.tokens;
      if (!t) return false;
      let k = m.start - 1;
      if (t[k]?.lower === "the") k--;
      const before = t[k]?.lower ?? "";
      return (
        before === "told" ||
        (before === "to" &&
          /^(speaking|spoke|talking|talked|according)$/.test(t[k - 1]?.lower ?? ""))
      );
    });
    // "the Association of Payment" read from "...of Payment and Clearing Services": half a name
    // ("the Department for Culture" and "Sport" from "the Department for Culture, Media and Sport")
    const cutShort = e.mentions.every((m) => {
      const t = infos[m.sentence]?.sentence.tokens;
      if (!t) return false;
      const cap = (k: number) => /^\p{Lu}/u.test(t[k]?.text ?? "");
      const runsOn =
        (t[m.end]?.lower === "and" || t[m.end]?.text === ",") &&
        cap(m.end + 1) &&
        / (of|for) /.test(` ${e.name} `);
      const tail =
        (t[m.start - 1]?.lower === "and" || t[m.start - 1]?.text === ",") &&
        cap(m.start - 2) &&
        !e.name.includes(" ");
      return runsOn || tail;
    });
    if (asSource || cutShort) out.add(e.key);
  }
  return out;
}

/** Every candidate question the article supports, before selection. */
export function candidateQuestions(text: string) {
  const article = cleanArticle(text);
  const sentences = splitSentences(leadingText(article.paragraphs));
  const { infos, entities } = readSentences(sentences);
  const { facts, roles, events, speakers } = extractFacts(
    infos.slice(0, MAX_FACT_SENTENCES),
    entities,
  );
  const pools = buildPools(
    [...entities.values()],
    infos.flatMap((i) => i.quantities),
    speakers,
    eventPhrases(infos),
    roles,
    newsSources(infos, entities),
    new Set(infos.flatMap((i) => i.sentence.tokens.map((t) => t.lower))),
  );
  const candidates: Candidate[] = [];
  for (const f of facts) candidates.push(...writeFactQuestions(f, pools));
  const usableRoles = distinctRoles(roles.filter((r) => isSelfContained(r.role) && !r.matchOnly));
  for (const r of usableRoles) candidates.push(...writeRoleQuestions(r, usableRoles, pools));
  // A match may pair any role the article states beside a name; roles no other question asks go
  // first.
  const asked = new Set(usableRoles.map((r) => r.person));
  const allRoles = distinctRoles(roles.filter((r) => r.matchOnly || isSelfContained(r.role)));
  const unasked = allRoles.filter((r) => !asked.has(r.person));
  const match = writeMatchQuestion(
    unasked.length >= 3 ? unasked : [...unasked, ...allRoles.filter((r) => asked.has(r.person))],
  );
  if (match) candidates.push(match);
  // explicit years of sentences the clause rules cannot read order too, when the clause events are
  // too few
  const order =
    writeOrderQuestion(events) ??
    writeOrderQuestion([
      ...events.filter((e) => e.when < 10_000_000),
      ...yearEvents(infos.slice(0, MAX_FACT_SENTENCES)),
    ]);
  if (order) candidates.push(order);
  const figures = writeFigureMatch(infos.slice(0, MAX_FACT_SENTENCES));
  if (figures) candidates.push(figures);
  // "Who said that the structure of silicon meant that?": a question cut short before its end is no
  // question
  return {
    article,
    sentences,
    infos,
    candidates: candidates.filter(readsWhole),
    facts,
    roles,
    events,
    entities,
    pools,
  };
}

/**
 * Turns a news article into a quiz: clean → sentences → entities → facts → questions →
 * distractors → selection. Deterministic: the same text gives the same quiz and ids.
 * Throws `QuizError` when the article is too short or has too few facts.
 */
export function generateQuiz(text: string, options: QuizOptions = {}): Quiz {
  if (text.length > MAX_ARTICLE_CHARS)
    throw new QuizError("too_long", `The article is over ${MAX_ARTICLE_CHARS / 1000} KB.`);
  const { article, infos, candidates, entities, pools } = candidateQuestions(text);
  const words = article.paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);
  if (words < MIN_ARTICLE_WORDS)
    throw new QuizError(
      "too_short",
      `The article has ${words} words; a quiz needs at least ${MIN_ARTICLE_WORDS}.`,
    );
  if (!looksEnglish(article.paragraphs)) {
    throw new QuizError(
      "not_english",
      "The article does not look like English text; " +
        "factquiz writes questions for English articles only.",
    );
  }
  const count = Math.max(1, Math.min(options.count ?? defaultCount(words), MAX_QUESTIONS));
  const types = options.types?.length ? options.types : ALL_TYPES;
  const title = options.title?.trim() || makeTitle(article.headline, infos.slice(0, 5));
  const sentences = infos.slice(0, MAX_FACT_SENTENCES);
  const all = [
    ...candidates,
    ...sentenceQuestions(sentences, entities, pools, new Set(), article.headline).filter(
      readsWhole,
    ),
  ];
  const ranks = rankSentences(
    infos.map((i) => i.sentence),
    article.headline,
  );
  const choice = chooseQuestions({
    candidates: all,
    sentences: infos.map((i) => i.sentence),
    ranks,
    title,
    count,
    types,
  });
  const { questions } = choice;
  // the engine's own ranked rest first, then shakier ones, so "Another question" rarely runs dry
  const alternates = [
    ...choice.alternates,
    ...rankAlternates(all, questions, choice.alternates, types),
  ];
  // a real news article (150 words or more) is never refused while one good question can be asked
  // of it
  const fewest = words >= NEWS_WORDS ? 1 : Math.min(MIN_QUESTIONS, count);
  if (questions.length < fewest) {
    throw new QuizError(
      "too_few_facts",
      `The article has too few clear facts for a quiz (found ${questions.length} good questions).`,
    );
  }
  return {
    id: quizIdOf(article),
    title,
    article: { paragraphs: article.paragraphs },
    questions,
    alternates,
  };
}
