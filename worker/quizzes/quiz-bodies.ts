import * as v from "valibot";
import { ALL_TYPES } from "../../questions/choose/select.ts";
import { MAX_QUESTIONS } from "../../questions/index.ts";
import { ID_PATTERN } from "../http/ids-and-bodies.ts";
import { PRACTICE_POLICIES } from "../learn/practice-policy.ts";
import {
  ARTICLE_MESSAGES,
  looksLikeText,
  MAX_ARTICLE_CHARS,
  MIN_ARTICLE_CHARS,
} from "./article-text.ts";

/**
 * Letters no text of a quiz may contain: control characters (but line breaks) and lone surrogates.
 */
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cs}]/u;

/** Text a student reads: trimmed, not empty, at most `max` characters, nothing unprintable. */
const Text = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.trim(),
    v.minLength(1, `${what} is empty.`),
    v.maxLength(max, `${what} is too long: ${max} characters at most.`),
    v.check((s) => !UNPRINTABLE.test(s), `${what} contains characters that cannot be shown.`),
  );

const TextList = (what: string, each: string, max: number) =>
  v.pipe(
    v.array(Text(each, max), `${what} must be a list of texts.`),
    v.minLength(2, `${what} need at least two entries.`),
    v.maxLength(10, `${what} hold 10 entries at most.`),
  );

/**
 * A quiz title: one line, whitespace runs folded; fits the 1 KB of metadata KV keeps with a quiz.
 */
export const Title = v.pipe(
  v.string("The title must be text."),
  v.transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim()),
  v.maxGraphemes(120, "The title is too long: 120 characters at most."),
  v.maxBytes(480, "The title is too long: 120 characters at most."),
  v.check((s) => !UNPRINTABLE.test(s), "The title contains characters that cannot be shown."),
);

/** Where a question's answer stands; checked against the article by `evidenceProblem`. */
export const EvidenceSchema = v.object(
  {
    paragraph: v.pipe(
      v.number("The evidence's paragraph must be a number."),
      v.integer("The evidence's paragraph must be a whole number."),
      v.minValue(0, "The evidence's paragraph is counted from 0."),
    ),
    text: v.pipe(
      v.string("The evidence must be the article's sentence, as text."),
      v.maxLength(5000, "The evidence is too long to be one sentence."),
    ),
    highlight: v.optional(
      v.pipe(
        v.string("The evidence's highlight must be text."),
        v.maxLength(1000, "The evidence's highlight is too long."),
      ),
    ),
  },
  "The evidence must be an object: {paragraph, text}.",
);

/**
 * One question as the engine writes it (see `Question` in questions/types.ts), whether the engine
 * ran in a browser or a teacher edited it. Unknown fields are dropped. How the parts fit together
 * and whether the evidence is the article's is `questionsProblem`'s job.
 */
export const QuestionSchema = v.object(
  {
    id: v.pipe(
      v.string("A question's id must be text."),
      v.regex(ID_PATTERN, "A question's id is 1 to 64 letters, digits, - or _."),
    ),
    type: v.picklist(ALL_TYPES, `A question's type is one of ${ALL_TYPES.join(", ")}.`),
    prompt: Text("The question", 1500),
    options: v.optional(TextList("Options", "An option", 500)),
    items: v.optional(TextList("Items", "An item", 500)),
    answer: v.union(
      [Text("The answer", 1000), TextList("The answers", "An answer", 1000)],
      "The answer must be text, or a list of texts for match and order questions.",
    ),
    accept: v.optional(
      v.pipe(
        v.array(Text("An accepted answer", 1000), "Accepted answers must be a list of texts."),
        v.maxLength(20, "20 accepted answers at most."),
      ),
    ),
    explanation: Text("The explanation", 2000),
    evidence: EvidenceSchema,
    sources: v.optional(
      v.pipe(
        v.array(EvidenceSchema, "Sources must be a list of evidence."),
        v.maxLength(10, "10 sources at most."),
      ),
    ),
    difficulty: v.optional(
      v.picklist(["easy", "medium", "hard"], "Difficulty is easy, medium or hard."),
      "medium",
    ),
  },
  "Each question must be an object.",
);

/** A quiz's questions: 1 to 30 (the engine's most). */
export const Questions = v.pipe(
  v.array(QuestionSchema, "The questions must be a list."),
  v.minLength(1, "A quiz needs at least one question."),
  v.maxLength(MAX_QUESTIONS, `A quiz holds ${MAX_QUESTIONS} questions at most.`),
);

/** A pasted article: text, not a binary file, between 200 and 100,000 characters. */
const ArticleText = v.pipe(
  v.string("Send the article as text."),
  v.check(looksLikeText, ARTICLE_MESSAGES.notText),
  v.maxLength(MAX_ARTICLE_CHARS, ARTICLE_MESSAGES.tooLong),
  v.check((s) => s.trim().length >= MIN_ARTICLE_CHARS, ARTICLE_MESSAGES.tooShort),
);

const Count = v.pipe(
  v.number("count must be a number."),
  v.integer("count must be a whole number."),
  v.minValue(1, "count is at least 1."),
  v.maxValue(MAX_QUESTIONS, `count is at most ${MAX_QUESTIONS}.`),
);

const Types = v.pipe(
  v.array(
    v.picklist(ALL_TYPES, `types are some of ${ALL_TYPES.join(", ")}.`),
    "types must be a list.",
  ),
  v.minLength(1, "types needs at least one type."),
  v.maxLength(ALL_TYPES.length, "types lists each type once."),
);

/** The engine's other questions, sent with the ones it chose, for the teacher to swap in later. */
const Alternates = v.pipe(
  v.array(QuestionSchema, "The alternates must be a list."),
  v.maxLength(40, "A quiz keeps 40 alternates at most."),
);

/**
 * Whether students may practise a question before answering it in the scored quiz (see
 * `practiceOf`).
 */
const Practice = v.picklist(PRACTICE_POLICIES, 'practice is "open" or "after-answering".');

/**
 * Body of POST /api/quizzes. Without `questions` the Worker writes them (`count`, `types` as the
 * engine takes them); with `questions` (written in the teacher's browser) it checks and stores
 * them.
 */
export const NewQuizBody = v.pipe(
  v.object(
    {
      title: v.optional(Title),
      article: ArticleText,
      count: v.optional(Count),
      types: v.optional(Types),
      questions: v.optional(Questions),
      practice: v.optional(Practice),
      alternates: v.optional(Alternates),
    },
    'Send a JSON object such as {"article": "(the article text)"}.',
  ),
  v.check(
    (b) => !b.alternates || Boolean(b.questions),
    "Send alternates only with the questions they stand beside.",
  ),
  v.check(
    (b) => !b.questions || (b.count === undefined && b.types === undefined),
    "Send either questions, or count and types for the server to write them, not both.",
  ),
);

/**
 * Body of PUT /api/quizzes/:id: the reviewed title and questions (edited, deleted, reordered), and
 * the practice policy when it changes (absent keeps the current one).
 */
export const QuizEditBody = v.object(
  {
    title: v.pipe(Title, v.minLength(1, "The title is empty.")),
    questions: Questions,
    practice: v.optional(Practice),
  },
  'Send a JSON object such as {"title": "Quake in Sulawesi", "questions": [...]}.',
);

/** Query of GET /api/quizzes/:id/results: JSON by default, or a CSV download. */
export const ResultsQuery = v.object({
  format: v.optional(v.picklist(["json", "csv"], "format is json (the default) or csv.")),
  layout: v.optional(
    v.picklist(
      ["wide", "long"],
      "layout is wide (one row per student, the default) or long (one row per answer).",
    ),
  ),
});

export type NewQuizInput = v.InferInput<typeof NewQuizBody>;
export type QuizEditInput = v.InferInput<typeof QuizEditBody>;
