import type { AnswerValue } from "../../questions/grade.ts";
import type { Question, Quiz } from "../../questions/types.ts";
import type { QuizResults } from "./results.ts";

const HEADER = ["student", "attempt id", "finished", "score", "total", "question number", "question", "answer given", "correct", "attempt"];

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What a spreadsheet skips before deciding a cell is a formula: spaces and invisible characters. */
const IGNORED_START = /^[\s\p{Cc}\p{Cf}]+/u;

/**
 * One CSV field (RFC 4180): a cell a spreadsheet would run as a formula, even behind spaces or
 * invisible characters, gets a leading apostrophe (so a student named "=HYPERLINK(...)" stays
 * text), and a field with a comma, quote or line break is quoted with its quotes doubled. Names
 * and answers are cleaned of invisible characters on input already; this holds for older rows too.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text) || FORMULA_START.test(text.replace(IGNORED_START, ""))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An answer as one cell: match pairs each item with the option given, order numbers the events. */
function answerText(q: Question, answer: AnswerValue | undefined): string {
  if (answer === undefined) return "";
  if (!Array.isArray(answer)) return answer;
  if (q.type === "match") return answer.map((a, i) => `${q.items?.[i] ?? i + 1}: ${a}`).join("; ");
  return answer.map((a, i) => `${i + 1}. ${a}`).join("; ");
}

/**
 * The results as CSV, one row per student and question (unanswered questions included, with empty
 * answer and verdict), CRLF line ends, and a UTF-8 byte order mark so spreadsheets read accents right.
 */
export function resultsCsv(quiz: Quiz, results: QuizResults): string {
  const rows = [HEADER];
  for (const s of results.students) {
    for (const [i, q] of quiz.questions.entries()) {
      const given = s.answers[q.id];
      const verdict = given ? (given.correct ? "yes" : "no") : "";
      rows.push([s.name, s.attemptId, s.finished ? "yes" : "no", String(s.score), String(s.total), String(i + 1), q.prompt, answerText(q, given?.answer), verdict, s.practice ? "practice" : "scored"]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** `Content-Disposition` for the download: an ASCII `filename` any browser takes, and the exact title as `filename*`. */
export function csvDisposition(title: string): string {
  const ascii = title.normalize("NFKD").replace(/\p{M}|['’]/gu, "").replace(/[^A-Za-z0-9._-]+/g, " ").trim().replace(/^[.-]+/, "").slice(0, 80).trim();
  const name = `${ascii || "quiz"}-results.csv`;
  const exact = encodeURIComponent(`${Array.from(title).slice(0, 80).join("")}-results.csv`).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${name}"; filename*=UTF-8''${exact}`;
}
