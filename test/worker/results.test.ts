import { beforeAll, describe, expect, it } from "vitest";
import type { Question, Quiz } from "../../questions/types.ts";
import type { QuizResults } from "../../worker/teacher/results.ts";
import { csvDisposition, csvField } from "../../worker/teacher/results-csv.ts";
import { answer, finish, startAttempt } from "./support/api.ts";
import { everyTypeQuiz } from "./support/engine-quiz.ts";
import { articles, type Created, createOpenQuiz, errorOf, getResults } from "./support/teacher.ts";

const wrong = (q: Question) =>
  Array.isArray(q.answer)
    ? [...q.answer].reverse()
    : (q.options?.find((o) => o !== q.answer) ?? "nothing like it");

let created: Created;
let quiz: Quiz;
let q1: Question, q2: Question, q3: Question;
const names = {
  ana: "Ana",
  comma: 'Smith, "Jo"\nthe second',
  formula: '=HYPERLINK("http://evil.test","x")',
  accents: "Zoë Ñúñez",
};
const ids: Record<string, string> = {};

beforeAll(async () => {
  const engine = everyTypeQuiz(articles.disaster);
  const [choice, tf, fill] = ["choice", "truefalse", "fill"].map(
    (t) => engine.questions.find((q) => q.type === t)!,
  );
  created = await createOpenQuiz({
    article: articles.disaster,
    title: "Palu, quake: results",
    questions: [choice!, tf!, fill!],
  });
  quiz = created.quiz;
  [q1, q2, q3] = quiz.questions as [Question, Question, Question];
  // Ana: all right, finished. The comma student: 1 right, 1 wrong, finished. Formula: one wrong,
  // still playing. Accents: nothing yet.
  const ana = await startAttempt(quiz.id, names.ana);
  for (const q of [q1, q2, q3]) await answer(ana.attemptId, ana.token, q.id, q.answer);
  await finish(ana.attemptId, ana.token);
  const comma = await startAttempt(quiz.id, names.comma.replace("\n", " "));
  await answer(comma.attemptId, comma.token, q1.id, q1.answer);
  await answer(comma.attemptId, comma.token, q2.id, wrong(q2));
  await finish(comma.attemptId, comma.token);
  const formula = await startAttempt(quiz.id, names.formula);
  await answer(formula.attemptId, formula.token, q2.id, wrong(q2));
  await answer(formula.attemptId, formula.token, q3.id, "-1+1");
  const accents = await startAttempt(quiz.id, names.accents);
  Object.assign(ids, {
    ana: ana.attemptId,
    comma: comma.attemptId,
    formula: formula.attemptId,
    accents: accents.attemptId,
  });
});

describe("GET /api/quizzes/:id/results", () => {
  it("lists every student, those still playing too, with their answers and verdicts", async () => {
    const res = await getResults(quiz.id, created.teacherKey);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const results = (await res.json()) as QuizResults;
    expect(results).toMatchObject({
      quizId: quiz.id,
      title: "Palu, quake: results",
      questionCount: 3,
    });
    expect(results.students).toEqual([
      {
        attemptId: ids.ana,
        name: "Ana",
        score: 3,
        total: 3,
        finished: true,
        practice: false,
        startedAt: expect.any(Number),
        finishedAt: expect.any(Number),
        answers: Object.fromEntries(
          [q1, q2, q3].map((q) => [q.id, { answer: q.answer, correct: true, points: 1 }]),
        ),
        order: expect.arrayContaining([q1.id, q2.id, q3.id]),
      },
      expect.objectContaining({
        attemptId: ids.comma,
        name: 'Smith, "Jo" the second',
        score: 1,
        total: 3,
        finished: true,
      }),
      {
        attemptId: ids.formula,
        name: names.formula,
        score: 0,
        total: 3,
        finished: false,
        practice: false,
        startedAt: expect.any(Number),
        finishedAt: null,
        answers: {
          [q2.id]: { answer: wrong(q2), correct: false, points: 0 },
          [q3.id]: { answer: "-1+1", correct: false, points: 0 },
        },
        order: expect.arrayContaining([q1.id, q2.id, q3.id]),
      },
      expect.objectContaining({
        attemptId: ids.accents,
        name: names.accents,
        score: 0,
        finished: false,
        answers: {},
      }),
    ]);
  });

  it("sums up each question: answered, right, percent right, commonest wrong answer", async () => {
    const results = (await (await getResults(quiz.id, created.teacherKey)).json()) as QuizResults;
    expect(results.questions).toEqual([
      {
        questionId: q1.id,
        number: 1,
        type: q1.type,
        prompt: q1.prompt,
        answered: 2,
        correct: 2,
        percentRight: 100,
        mostCommonWrong: null,
      },
      {
        questionId: q2.id,
        number: 2,
        type: q2.type,
        prompt: q2.prompt,
        answered: 3,
        correct: 1,
        percentRight: 33,
        mostCommonWrong: { answer: wrong(q2), count: 2 },
      },
      {
        questionId: q3.id,
        number: 3,
        type: q3.type,
        prompt: q3.prompt,
        answered: 2,
        correct: 1,
        percentRight: 50,
        mostCommonWrong: { answer: "-1+1", count: 1 },
      },
    ]);
  });

  it("answers 401 without the key and 403 with a wrong one, as JSON or CSV", async () => {
    for (const format of [undefined, "csv"]) {
      const none = await getResults(quiz.id, undefined, format);
      expect(none.status).toBe(401);
      expect((await errorOf(none)).code).toBe("unauthorized");
      const wrongKey = await getResults(
        quiz.id,
        created.teacherKey.replace(/^./, (c) => (c === "A" ? "B" : "A")),
        format,
      );
      expect(wrongKey.status).toBe(403);
      expect(wrongKey.headers.get("content-type")).toContain("application/json");
    }
    const other = await createOpenQuiz({ article: articles.science, count: 3 });
    expect((await getResults(quiz.id, other.teacherKey)).status).toBe(403);
  });

  it("refuses an unknown format", async () => {
    const res = await getResults(quiz.id, created.teacherKey, "xml");
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain("csv");
  });
});

describe("GET /api/quizzes/:id/results?format=csv", () => {
  it("is a UTF-8 CSV download with a byte order mark, named after the quiz", async () => {
    const res = await getResults(quiz.id, created.teacherKey, "csv", "long");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="Palu quake results-results.csv"; ' +
        "filename*=UTF-8''Palu%2C%20quake%3A%20results-results.csv",
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(bytes);
    expect(
      text.startsWith(
        "\uFEFFstudent,attempt id,finished,score,total," +
          "question number,question,answer given,correct,attempt\r\n",
      ),
    ).toBe(true);
    expect(text).toContain(`Zoë Ñúñez,${ids.accents},no,0,3,1,`);
  });

  it("has a row per student by default, in dashboard order, two columns per question", async () => {
    const text = (await (await getResults(quiz.id, created.teacherKey, "csv")).text()).replace(
      /^\uFEFF/,
      "",
    );
    const rows = parseCsv(text);
    expect(rows[0]!.slice(0, 7)).toEqual([
      "student",
      "attempt",
      "kind",
      "started",
      "finished",
      "score",
      "out of",
    ]);
    expect(rows[0]!.slice(7, 9)).toEqual([
      `Q1 ${q1.prompt.length > 60 ? `${q1.prompt.slice(0, 57)}…` : q1.prompt}`,
      "Q1 right",
    ]);
    expect(rows).toHaveLength(1 + 4);
    expect(rows.every((r) => r.length === 7 + 2 * 3)).toBe(true);
    const results = (await (await getResults(quiz.id, created.teacherKey)).json()) as QuizResults;
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      results.students.map((s) => s.name.replace(/^=/, "'=")),
    );
    expect(rows[1]!.slice(0, 3)).toEqual(["Ana", "1", "scored"]);
    expect(rows[1]![3]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(rows[1]!.slice(5)).toEqual([
      "3",
      "3",
      String(q1.answer),
      "yes",
      String(q2.answer),
      "yes",
      String(q3.answer),
      "yes",
    ]);
    expect(rows[3]!.slice(4)).toEqual([
      "",
      "0",
      "3",
      "",
      "",
      String(wrong(q2)),
      "no",
      "'-1+1",
      "no",
    ]);
    expect(text).not.toContain(ids.ana);
  });

  it("has a row per student and question (?layout=long), RFC 4180, formulas defused", async () => {
    const text = (
      await (await getResults(quiz.id, created.teacherKey, "csv", "long")).text()
    ).replace(/^\uFEFF/, "");
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toHaveLength(10);
    expect(rows).toHaveLength(1 + 4 * 3);
    expect(rows.slice(1).every((r) => r.length === 10)).toBe(true);
    const prompt = (q: Question) => (/^[=+\-@]/.test(q.prompt) ? `'${q.prompt}` : q.prompt);
    expect(rows[1]).toEqual([
      "Ana",
      ids.ana,
      "yes",
      "3",
      "3",
      "1",
      prompt(q1),
      String(q1.answer),
      "yes",
      "scored",
    ]);
    expect(rows[5]).toEqual([
      'Smith, "Jo" the second',
      ids.comma,
      "yes",
      "1",
      "3",
      "2",
      prompt(q2),
      String(wrong(q2)),
      "no",
      "scored",
    ]);
    expect(rows[7]).toEqual([
      `'${names.formula}`,
      ids.formula,
      "no",
      "0",
      "3",
      "1",
      prompt(q1),
      "",
      "",
      "scored",
    ]);
    expect(rows[9]).toEqual([
      `'${names.formula}`,
      ids.formula,
      "no",
      "0",
      "3",
      "3",
      prompt(q3),
      "'-1+1",
      "no",
      "scored",
    ]);
    expect(text).toContain(`"Smith, ""Jo"" the second"`);
  });
});

describe("CSV cells", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    [3, "3"],
  ])("%j is written %s", (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it("names the file with ASCII and keeps the exact title in filename*", () => {
    expect(csvDisposition('Zoë\'s "quiz"/\\')).toBe(
      'attachment; filename="Zoes quiz-results.csv"; ' +
        "filename*=UTF-8''Zo%C3%AB%27s%20%22quiz%22%2F%5C-results.csv",
    );
    expect(csvDisposition("日本語")).toContain('filename="quiz-results.csv"');
  });
});

/** A small RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}
