import type { Question } from "../../../questions/types.ts";

/**
 * What is wrong with an edited question, by the field that must change; empty when it can be saved.
 */
export type Problems = Partial<Record<"prompt" | "options" | "answer" | "explanation", string>>;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The checks a teacher's edit must pass before saving, in plain words. The API checks again;
 * these catch the mistakes an edit can make (an empty prompt, two equal options) where they happen.
 */
export function questionProblems(q: Question): Problems {
  const found: Problems = {};
  if (!q.prompt.trim()) found.prompt = "Write the question.";
  if (!q.explanation.trim())
    found.explanation = "Write why the answer is right (students see it after answering).";
  if (q.type === "choice") {
    const options = q.options ?? [];
    if (options.some((o) => !o.trim())) found.options = "Fill in every option.";
    else if (options.some((o, i) => options.findIndex((p) => same(o, p)) !== i))
      found.options = "Two options are the same: make each one different.";
    else if (!options.includes(String(q.answer))) found.answer = "Choose the right option.";
  }
  if ((q.type === "fill" || q.type === "numeric") && !String(q.answer).trim())
    found.answer = "Type the right answer.";
  if (q.type === "numeric" && !/\d/.test(String(q.answer)))
    found.answer = "A number answer needs a number, for example 2,000 or 3.5.";
  if (q.type === "match" || q.type === "order") {
    const answer = [q.answer].flat();
    const texts = q.type === "match" ? [...answer, ...(q.items ?? [])] : answer;
    if (answer.length < 2)
      found.answer =
        q.type === "match"
          ? "Write at least two pairs, one a line: left — right."
          : "Write at least two events, one a line.";
    else if (texts.some((t) => !t.trim()))
      found.answer = "Each line needs both sides: left — right.";
    else if (new Set(answer.map((a) => a.trim().toLowerCase())).size < answer.length)
      found.answer = "Two lines say the same: make each one different.";
  }
  return found;
}
