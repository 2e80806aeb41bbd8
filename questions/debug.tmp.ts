import { splitSentences } from "./nlp.ts";
import { readSentences } from "./extract.ts";
import { analyzeClause, complementClause } from "./clause.ts";
import { spanText } from "./entities.ts";
const text = process.argv[2]!;
const sents = splitSentences([text]);
const { infos } = readSentences(sents);
for (const info of infos) {
  const s = info.sentence;
  console.log(s.tokens.map((t) => `${t.text}/${t.pos}`).join(" "));
  console.log("mentions", info.mentions.map((m) => `${m.text}:${m.kind}${m.title ? "(" + m.title + ")" : ""}`).join(", "));
  console.log("qty", info.quantities.map((q) => `${q.text}:${q.kind}:${q.unit ?? ""}`).join(", "));
  const c = analyzeClause(s);
  const show = (c: any) => c && ["prefix", "source", "subject", "appositive", "verb", "rest"].map((k) => `${k}=[${c[k] ? spanText(s, c[k][0], c[k][1]) : ""}]`).join(" ");
  console.log("clause", show(c));
  if (c) console.log("inner", show(complementClause(c)));
}
