// Question quality over a set of articles: `node test/bench/quality.mjs LIST|DIR|FILE... [--dump]`.
// A list file holds one article path a line (relative to the list file). Prints, per article, its
// words, questions, types and any failure reason, then the totals: mean questions, the share of
// articles that give a quiz, the type distribution. `--dump` also prints every question as text, to
// read as a teacher would. As a bench module (`npm run bench -- quality`) it reports on the
// built-in article and the committed fixtures. It holds no article text of its own.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const name = "question quality (built-in article and fixtures)";

const ALL_TYPES = ["choice", "truefalse", "fill", "numeric", "match", "order"];

function articlesFrom(arg) {
  if (statSync(arg).isDirectory()) {
    return readdirSync(arg, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".txt") && !/readme/i.test(f))
      .sort()
      .map((f) => join(arg, f));
  }
  // a list: every line names a .txt file
  const lines = readFileSync(arg, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 0 && lines.every((l) => /^\S+\.txt$/.test(l)))
    return lines.map((l) => resolve(dirname(resolve(arg)), l));
  return [arg];
}

/** One question as a teacher reads it. */
function questionText(q, n) {
  const lines = [`${n}. [${q.type}] ${q.prompt}`];
  if (q.items)
    q.items.forEach((item, i) => {
      lines.push(`     ${item} → ${q.answer[i]}`);
    });
  else if (q.type === "order")
    q.answer.forEach((e, i) => {
      lines.push(`     ${i + 1}) ${e}`);
    });
  else if (q.options && q.type === "choice")
    lines.push(
      `     options: ${q.options.map((o) => (o === q.answer ? `*${o}*` : o)).join(" | ")}`,
    );
  else
    lines.push(
      `     answer: ${q.answer}${q.accept?.length ? ` (also ${q.accept.join(", ")})` : ""}`,
    );
  lines.push(`     evidence: ${q.evidence.text}`);
  return lines.join("\n");
}

/** Generates a quiz for every file and prints the report; `dump` prints every question too. */
export async function report(files, dump = false) {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const { QuizError, cleanArticle, generateQuiz } = await import(join(root, "questions/index.ts"));
  const typeTotals = new Map(ALL_TYPES.map((t) => [t, 0]));
  let withQuiz = 0;
  let questionTotal = 0;
  let wordTotal = 0;
  let slowest = 0;
  const counts = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const words = cleanArticle(text).paragraphs.reduce(
      (n, p) => n + (p.match(/\S+/g)?.length ?? 0),
      0,
    );
    wordTotal += words;
    const label = file.split("/").slice(-2).join("/").padEnd(26);
    const t0 = performance.now();
    try {
      const quiz = generateQuiz(text);
      slowest = Math.max(slowest, performance.now() - t0);
      const types = new Map();
      for (const q of quiz.questions) types.set(q.type, (types.get(q.type) ?? 0) + 1);
      for (const [t, k] of types) typeTotals.set(t, typeTotals.get(t) + k);
      withQuiz++;
      questionTotal += quiz.questions.length;
      counts.push(quiz.questions.length);
      const typeList = ALL_TYPES.filter((t) => types.has(t))
        .map((t) => `${t} ${types.get(t)}`)
        .join(", ");
      console.log(
        `${label} ${String(words).padStart(5)} words ` +
          `${String(quiz.questions.length).padStart(3)} questions, ` +
          `${types.size} types (${typeList})`,
      );
      if (dump) {
        console.log(`   title: ${quiz.title}`);
        quiz.questions.forEach((q, i) => {
          console.log(questionText(q, i + 1));
        });
        console.log("");
      }
    } catch (err) {
      counts.push(0);
      const reason =
        err instanceof QuizError
          ? `${err.code}: ${err.message}`
          : `error: ${err instanceof Error ? err.stack : String(err)}`;
      console.log(`${label} ${String(words).padStart(5)} words   0 questions  FAILED ${reason}`);
    }
  }
  const n = files.length;
  const sorted = [...counts].sort((a, b) => a - b);
  console.log("");
  console.log(`articles: ${n}, mean words ${(wordTotal / n).toFixed(0)}`);
  console.log(
    `mean questions: ${(questionTotal / n).toFixed(1)} ` +
      `(median ${sorted[Math.floor(n / 2)]}, min ${sorted[0]}, max ${sorted[n - 1]}); ` +
      `with 20 or more: ${counts.filter((c) => c >= 20).length}`,
  );
  console.log(`articles with a quiz: ${withQuiz} of ${n} (${((100 * withQuiz) / n).toFixed(0)}%)`);
  const share = (t) => (questionTotal ? ((100 * typeTotals.get(t)) / questionTotal).toFixed(0) : 0);
  const typeShares = ALL_TYPES.map((t) => `${t} ${typeTotals.get(t)} (${share(t)}%)`);
  console.log(`types: ${typeShares.join(", ")}`);
  console.log(`slowest article: ${slowest.toFixed(0)} ms wall`);
}

/** As a bench module: the built-in article and the committed fixture articles. */
export async function run() {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const files = [join(root, "questions/article.txt"), ...articlesFrom(join(root, "test/fixtures"))];
  await report(files);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith("--")).flatMap(articlesFrom);
  if (files.length === 0) {
    process.stderr.write("usage: node test/bench/quality.mjs LIST|DIR|FILE... [--dump]\n");
    process.exit(2);
  }
  await report(files, args.includes("--dump"));
}
