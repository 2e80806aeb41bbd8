import { readFileSync } from "node:fs";
import { candidateQuestions } from "./index.ts";
const { candidates, sentences } = candidateQuestions(readFileSync(process.argv[2]!, "utf8"));
const filter = process.argv[3] ? Number(process.argv[3]) : -2;
for (const c of candidates) {
  if (filter !== -2 && c.sentence !== filter) continue;
  const q = c.question;
  console.log(`${c.score.toFixed(2)} s${c.sentence} [${q.type}] ${q.prompt} => ${JSON.stringify(q.answer)} ${q.options && q.type !== "truefalse" ? JSON.stringify(q.options) : ""}`);
}
if (filter !== -2) console.log(sentences[filter]?.text);
