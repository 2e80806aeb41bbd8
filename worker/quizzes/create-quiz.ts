import { cleanArticle, generateQuiz, QuizError, quizIdOf } from "../../questions/index.ts";
import type { Question, Quiz } from "../../questions/types.ts";
import { ApiError } from "../http/errors.ts";
import type { PracticePolicy } from "../learn/practice-policy.ts";
import { ARTICLE_MESSAGES, MIN_ARTICLE_WORDS } from "./article-text.ts";
import { questionsProblem } from "./check-questions.ts";

/** What POST /api/quizzes carries, once its schema has passed it. */
export type NewQuiz = {
  title?: string;
  article: string;
  count?: number;
  types?: Question["type"][];
  questions?: Question[];
  practice?: PracticePolicy;
  alternates?: Question[];
};

const tooShort = (words: number) =>
  new ApiError(
    422,
    "article_too_short",
    `The article has ${words} words; a quiz needs at least ${MIN_ARTICLE_WORDS}. ` +
      ARTICLE_MESSAGES.tooShort,
  );

/** The engine's refusal as a 4xx that says what to do next. */
function refusal(err: QuizError, typesChosen: boolean): ApiError {
  if (err.code === "too_long")
    return new ApiError(400, "article_too_long", ARTICLE_MESSAGES.tooLong);
  if (err.code === "too_short")
    return new ApiError(422, "article_too_short", `${err.message} ${ARTICLE_MESSAGES.tooShort}`);
  if (err.code === "not_english") return new ApiError(422, "not_english", err.message);
  const more = typesChosen ? ", or allow more question types" : "";
  return new ApiError(
    422,
    "too_few_facts",
    `${err.message} Try a news article with more names, places, numbers and dates${more}.`,
  );
}

/** Runs the engine in this request (needs the paid plan's CPU; see README). */
function generated(body: NewQuiz): Quiz {
  try {
    return generateQuiz(body.article, {
      count: body.count,
      types: body.types,
      title: body.title || undefined,
    });
  } catch (err) {
    if (err instanceof QuizError) throw refusal(err, Boolean(body.types));
    // An engine bug on odd input is still the input's quiz failing, never a server error to retry.
    console.error("generateQuiz failed", err);
    throw new ApiError(
      422,
      "generation_failed",
      "No quiz could be made from this article. Try another article.",
    );
  }
}

/**
 * The first words of a paragraph, for a quiz whose article has no headline and whose teacher gave
 * no title.
 */
function titleFrom(paragraph: string): string {
  const words = paragraph.split(" ");
  return words.length <= 10 ? paragraph : `${words.slice(0, 10).join(" ")}…`;
}

/**
 * Questions written elsewhere (the teacher's browser) for this article: cheap to check, so this
 * path fits a free-plan Worker. The id is the article's content address, computed here.
 */
function supplied(body: NewQuiz & { questions: Question[] }): Quiz {
  const article = cleanArticle(body.article);
  const words = article.paragraphs.join(" ").split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS) throw tooShort(words);
  const problem = questionsProblem(article.paragraphs, body.questions);
  if (problem) throw new ApiError(400, "invalid_questions", problem);
  const alternatesProblem = questionsProblem(article.paragraphs, body.alternates ?? []);
  if (alternatesProblem)
    throw new ApiError(400, "invalid_questions", `Alternates: ${alternatesProblem}`);
  const title = body.title || article.headline || titleFrom(article.paragraphs[0]!);
  const quiz: Quiz = {
    id: quizIdOf(article),
    title,
    article: { paragraphs: article.paragraphs },
    questions: body.questions,
  };
  return body.alternates ? { ...quiz, alternates: body.alternates } : quiz;
}

/**
 * The quiz a POST asks for: its own questions checked against the article, or the engine's.
 * `generateHere` is false on a Worker that must not spend the engine's CPU (GENERATE_IN_WORKER).
 * Practice opens after answering unless the teacher asks for it open: a teacher's scores mean
 * something only if the answers cannot be collected before playing.
 */
export function newQuiz(body: NewQuiz, generateHere: boolean): Quiz {
  const practice = body.practice ?? "after-answering";
  if (body.questions) return { ...supplied({ ...body, questions: body.questions }), practice };
  if (!generateHere) {
    throw new ApiError(
      422,
      "generate_in_browser",
      "This server does not write quizzes itself. Send the questions with the article " +
        "(the create page writes them in your browser).",
    );
  }
  return { ...generated(body), practice };
}
