/** The kinds of question the engine writes. */
export type QuestionType = "choice" | "truefalse" | "fill" | "numeric" | "match" | "order";

export type Difficulty = "easy" | "medium" | "hard";

/** Where in the cleaned article a question's answer stands. */
export type Evidence = {
  /** Index into `Quiz.article.paragraphs`. */
  paragraph: number;
  /** The sentence, verbatim from that paragraph. */
  text: string;
  /**
   * The part of `text` that carries the answer, verbatim, for highlighting; absent when none fits.
   */
  highlight?: string;
};

/**
 * One question. Answers follow DESIGN.md: choice and true/false answers are option text, fill-in
 * and numeric answers are strings, match and order answers are arrays.
 *
 * - choice: `options` are 4 texts, `answer` one of them.
 * - truefalse: `options` are ["True", "False"], `answer` one of them.
 * - fill / numeric: no options; `answer` is the canonical text, `accept` more accepted forms.
 * - match: `items` are the left column (e.g. people), `options` the right column shuffled
 *   (e.g. roles); `answer[i]` is the option that belongs to `items[i]`.
 * - order: `options` are the events in a shuffled order; `answer` is the same texts in the right
 *   order.
 */
export type Question = {
  id: string;
  type: QuestionType;
  prompt: string;
  options?: string[];
  items?: string[];
  answer: string | string[];
  accept?: string[];
  explanation: string;
  evidence: Evidence;
  /** Every sentence a multi-fact question (match, order) draws on; `evidence` is the first. */
  sources?: Evidence[];
  difficulty: Difficulty;
};

/** A question as a student sees it before answering: no answer, explanation or evidence. */
export type PublicQuestion = Pick<Question, "id" | "type" | "prompt" | "options" | "items">;

export type Article = { paragraphs: string[] };

export type Quiz = {
  /** Content address: a hash of the cleaned article. */
  id: string;
  title: string;
  article: Article;
  questions: Question[];
  /** Further questions ranked best first, which a teacher may swap in; never shown to students. */
  alternates?: Question[];
  /**
   * When learning mode may reveal a question: "open" at once, "after-answering" only once the
   * student's scored attempt has answered it. Set by the worker for a teacher's quiz, never by the
   * engine.
   */
  practice?: "open" | "after-answering";
};

/** Strips everything a student must not see before answering. */
export function toPublicQuestion(q: Question): PublicQuestion {
  const pub: PublicQuestion = { id: q.id, type: q.type, prompt: q.prompt };
  if (q.options) pub.options = q.options;
  if (q.items) pub.items = q.items;
  return pub;
}
