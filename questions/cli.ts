/**
 * Command line: `npm run --silent questions -- FILE [--count N] [--types a,b]` prints the quiz
 * as JSON. Bad input gets one line on stderr and exit code 2. The only Node-specific file.
 * `--article` adds the cleaned article's paragraphs (the whole `Quiz`), `--out FILE` writes the
 * JSON to a file instead of stdout: the build uses both to generate the built-in quiz.
 * `--alternates` adds the ranked questions beyond the quiz that a teacher may swap in.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ALL_TYPES } from "./choose/select.ts";
import { generateQuiz, MAX_ARTICLE_CHARS, QuizError, type QuizOptions } from "./index.ts";
import type { QuestionType } from "./types.ts";

const USAGE =
  "usage: npm run --silent questions -- FILE [--count N] " +
  "[--types choice,truefalse,fill,numeric,match,order] [--article] [--alternates] [--out FILE]";

type CliOptions = {
  file: string;
  options: QuizOptions;
  withArticle: boolean;
  withAlternates: boolean;
  out: string | undefined;
};

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): CliOptions {
  let file: string | undefined;
  let withArticle = false;
  let withAlternates = false;
  let out: string | undefined;
  const options: QuizOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value. ${USAGE}`);
    if (flag === "--count") {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1)
        fail(`--count must be a whole number of at least 1, got "${v}".`);
      options.count = Number(v);
    } else if (flag === "--types") {
      const list = value()
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      const bad = list.filter((x) => !ALL_TYPES.includes(x as QuestionType));
      if (bad.length > 0 || list.length === 0)
        fail(
          `--types takes a comma-separated list of ${ALL_TYPES.join(", ")}; ` +
            `unknown: ${bad.join(", ") || "(empty)"}.`,
        );
      options.types = list as QuestionType[];
    } else if (flag === "--article") {
      withArticle = true;
    } else if (flag === "--alternates") {
      withAlternates = true;
    } else if (flag === "--out") {
      out = value();
    } else if (flag === "--help" || flag === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (flag.startsWith("-") && flag !== "-") {
      fail(`unknown option ${flag}. ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(`one article file at a time, got "${file}" and "${arg}". ${USAGE}`);
    }
  }
  if (file === undefined) fail(`no article file given. ${USAGE}`);
  return { file, options, withArticle, withAlternates, out };
}

function readArticle(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) fail(`${file} is not a file.`);
    size = st.size;
  } catch {
    fail(`cannot read ${file}: no such file.`);
  }
  if (size > MAX_ARTICLE_CHARS)
    fail(
      `${file} is ${Math.round(size / 1024)} KB; ` +
        `articles over ${MAX_ARTICLE_CHARS / 1000} KB are not accepted.`,
    );
  const bytes = readFileSync(file);
  if (bytes.includes(0)) fail(`${file} looks like a binary file, not text.`);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g)?.length ?? 0) > 10) fail(`${file} is not UTF-8 text.`);
  if (text.trim() === "") fail(`${file} is empty.`);
  return text;
}

const { file, options, withArticle, withAlternates, out } = parseArgs(process.argv.slice(2));
const text = readArticle(file);
try {
  const quiz = generateQuiz(text, options);
  // the alternates are for a teacher's review; the built-in quiz (--article) and a plain run print
  // the quiz only
  const { alternates, ...kept } = quiz;
  const printed = withAlternates
    ? { id: quiz.id, title: quiz.title, questions: quiz.questions, alternates: alternates ?? [] }
    : withArticle
      ? kept
      : { id: quiz.id, title: quiz.title, questions: quiz.questions };
  const json = `${JSON.stringify(printed, null, 2)}\n`;
  if (out === undefined) process.stdout.write(json);
  else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, json);
  }
} catch (err) {
  if (err instanceof QuizError) fail(`${file}: ${err.message}`);
  fail(`${file}: could not make a quiz (${err instanceof Error ? err.message : String(err)}).`);
}
