import { gradeAnswer, normalizeAnswer } from "../../questions/grade.ts";
import type { Question, Quiz } from "../../questions/types.ts";
import { evidenceProblem } from "./evidence.ts";

/** No two of `texts` read the same to a student (case, accents, punctuation and "the" aside). */
const distinct = (texts: readonly string[]) =>
  new Set(texts.map(normalizeAnswer)).size === texts.length;

/** `a` holds exactly the texts of `b`, each once. */
const sameTexts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && distinct(a) && [...a].sort().join("\n") === [...b].sort().join("\n");

/** Answer, options and items fit together as the question's type requires (see `Question`). */
function shapeProblem(q: Question): string | null {
  const { answer, options, items } = q;
  if (items && q.type !== "match") return "only match questions have items";
  if (options && !distinct(options)) return "two of its options are the same";
  if (items && !distinct(items)) return "two of its items are the same";
  if (q.type === "choice" || q.type === "truefalse") {
    if (typeof answer !== "string") return "its answer must be one option's text, not a list";
    if (!options) return "it needs options to choose from";
    if (q.type === "truefalse" && !sameTexts(options, ["True", "False"]))
      return 'a true/false question\'s options are "True" and "False"';
    if (!options.includes(answer)) return `its answer "${answer}" is not one of its options`;
    return null;
  }
  if (q.type === "fill" || q.type === "numeric") {
    if (typeof answer !== "string") return "its answer must be text, not a list";
    if (options) return "students type this answer, so it has no options";
    const unaccepted = [answer, ...(q.accept ?? [])].find(
      (a) => !gradeAnswer({ ...q, answer: a, accept: [] }, a),
    );
    if (unaccepted !== undefined)
      return `"${unaccepted}" is not a number; a numeric answer is a number such as 2,000 or 3.5`;
    return null;
  }
  if (!Array.isArray(answer)) return "its answer must be a list";
  if (!options) return "it needs options";
  if (q.type === "match") {
    if (!items || items.length !== answer.length)
      return "it needs one item for each answer, in the same order";
    if (!sameTexts(answer, options)) return "its answers must be its options, each used once";
    return null;
  }
  if (!sameTexts(answer, options))
    return "its answer must hold every option once, in the right order";
  return null;
}

/** What `question N (id)` gets wrong against the article, or null. */
function questionProblem(paragraphs: readonly string[], q: Question): string | null {
  for (const e of [q.evidence, ...(q.sources ?? [])]) {
    const problem = evidenceProblem(paragraphs, e);
    if (problem) return problem;
  }
  return shapeProblem(q);
}

/**
 * Checks questions against the cleaned article they claim to come from, as POST (questions made in
 * a browser) and PUT (a teacher's edit) both need: unique ids, evidence verbatim from the article,
 * answers that fit their options. Returns the first problem as a message naming the question.
 */
export function questionsProblem(
  paragraphs: readonly string[],
  questions: readonly Question[],
): string | null {
  const seen = new Map<string, number>();
  for (const [i, q] of questions.entries()) {
    const where = `Question ${i + 1} (${q.id})`;
    const earlier = seen.get(q.id);
    if (earlier !== undefined)
      return `${where}: its id is already used by question ${earlier + 1}; ids must be unique.`;
    seen.set(q.id, i);
    const problem = questionProblem(paragraphs, q);
    if (problem) return `${where}: ${problem}.`;
  }
  return null;
}

/**
 * A teacher's edit: the same checks, and a question that keeps its id keeps its type (its recorded
 * answers were of that type).
 */
export function editProblem(quiz: Quiz, questions: readonly Question[]): string | null {
  const problem = questionsProblem(quiz.article.paragraphs, questions);
  if (problem) return problem;
  const types = new Map(quiz.questions.map((q) => [q.id, q.type]));
  for (const [i, q] of questions.entries()) {
    const was = types.get(q.id);
    if (was && was !== q.type) {
      return (
        `Question ${i + 1} (${q.id}): it was a ${was} question and a question keeps its type; ` +
        "give a new question a new id."
      );
    }
  }
  return null;
}
