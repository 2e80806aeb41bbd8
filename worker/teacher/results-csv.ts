import type { AnswerValue } from "../../questions/grade.ts";
import type { Question, Quiz } from "../../questions/types.ts";
import type { QuizResults, StudentAnswer, StudentResult } from "./results.ts";

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * What a spreadsheet skips before deciding a cell is a formula: spaces and invisible characters.
 */
const IGNORED_START = /^[\s\p{Cc}\p{Cf}]+/u;

/**
 * One CSV field (RFC 4180): a cell a spreadsheet would run as a formula, even behind spaces or
 * invisible characters, gets a leading apostrophe (so a student named "=HYPERLINK(...)" stays
 * text), and a field with a comma, quote or line break is quoted with its quotes doubled. Names
 * and answers are cleaned of invisible characters on input already; this holds for older rows too.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text) || FORMULA_START.test(text.replace(IGNORED_START, "")))
    text = `'${text}`;
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
 * Whether an answer was right: "yes", "no", a match's pairs right ("3/5"), or empty when
 * unanswered.
 */
function verdict(q: Question, given: StudentAnswer | undefined): string {
  if (!given) return "";
  if (q.type === "match" && !given.correct && given.points > 0) {
    const pairs = q.items?.length ?? 0;
    return `${Math.round(given.points * pairs)}/${pairs}`;
  }
  return given.correct ? "yes" : "no";
}

/** A time a spreadsheet reads as a date: "2026-12-03 20:15:04" (UTC). */
const when = (ms: number | null) =>
  ms === null ? "" : new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/** A prompt cut to a column heading's length. */
const heading = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Each student's attempt number (1 for a name's first attempt, 2 for its second…), by start time.
 */
function attemptNumbers(students: StudentResult[]): Map<string, number> {
  const seen = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const s of [...students].sort((a, b) => a.startedAt - b.startedAt)) {
    const n = (seen.get(s.name) ?? 0) + 1;
    seen.set(s.name, n);
    numbers.set(s.attemptId, n);
  }
  return numbers;
}

const document = (rows: string[][]) =>
  `\uFEFF${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;

/**
 * The results for a grade book: one row per student in the dashboard's order (name, attempt
 * number, started, finished, score, out of), then two columns per question in quiz order: the
 * answer given and whether it was right. CRLF line ends and a UTF-8 byte order mark so
 * spreadsheets read accents right.
 */
export function resultsCsv(quiz: Quiz, results: QuizResults): string {
  const header = ["student", "attempt", "kind", "started", "finished", "score", "out of"];
  for (const [i, q] of quiz.questions.entries())
    header.push(`Q${i + 1} ${heading(q.prompt)}`, `Q${i + 1} right`);
  const numbers = attemptNumbers(results.students);
  const rows = results.students.map((s) => {
    const row = [
      s.name,
      String(numbers.get(s.attemptId)),
      s.practice ? "practice" : "scored",
      when(s.startedAt),
      when(s.finishedAt),
      String(s.score),
      String(s.total),
    ];
    for (const q of quiz.questions)
      row.push(answerText(q, s.answers[q.id]?.answer), verdict(q, s.answers[q.id]));
    return row;
  });
  return document([header, ...rows]);
}

const LONG_HEADER = [
  "student",
  "attempt id",
  "finished",
  "score",
  "total",
  "question number",
  "question",
  "answer given",
  "correct",
  "attempt",
];

/**
 * The long layout (`?layout=long`): one row per student and question, unanswered questions
 * included.
 */
export function resultsCsvLong(quiz: Quiz, results: QuizResults): string {
  const rows = [LONG_HEADER];
  for (const s of results.students) {
    for (const [i, q] of quiz.questions.entries()) {
      const given = s.answers[q.id];
      rows.push([
        s.name,
        s.attemptId,
        s.finished ? "yes" : "no",
        String(s.score),
        String(s.total),
        String(i + 1),
        q.prompt,
        answerText(q, given?.answer),
        verdict(q, given),
        s.practice ? "practice" : "scored",
      ]);
    }
  }
  return document(rows);
}

/**
 * `Content-Disposition` for the download: an ASCII `filename` any browser takes, and the exact
 * title as `filename*`.
 */
export function csvDisposition(title: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/\p{M}|['’]/gu, "")
    .replace(/[^A-Za-z0-9._-]+/g, " ")
    .trim()
    .replace(/^[.-]+/, "")
    .slice(0, 80)
    .trim();
  const name = `${ascii || "quiz"}-results.csv`;
  const exact = encodeURIComponent(
    `${Array.from(title).slice(0, 80).join("")}-results.csv`,
  ).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${name}"; filename*=UTF-8''${exact}`;
}
