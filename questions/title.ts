import { analyzeClause, complementClause, type Clause } from "./clause.ts";
import { spanText } from "./entities.ts";
import type { SentenceInfo } from "./facts.ts";
import { SPEECH_VERBS } from "./gazetteer.ts";
import type { Token } from "./nlp.ts";

const MAX_WORDS = 10;
const STOP_AT = new Set(["after", "before", "because", "as", "when", "while", "although", "though", "since", "until", "amid", "despite", "following", "that", "which", "who", "where", "thanks"]);
const REGION_NOUNS = /^(region|province|city|town|village|district|island|state|territory|enclave|area|county|country|capital)$/;

/** "reclaim" → "reclaims", "carry" → "carries", "push" → "pushes". */
function thirdPerson(lemma: string): string {
  if (lemma === "be") return "is";
  if (lemma === "have") return "has";
  if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + "ies";
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) return lemma + "es";
  return lemma + "s";
}

/** Words of the predicate up to the first subordinate clause, with "the breakaway region of X" shortened to "X". */
function objectWords(c: Clause): string[] {
  const s = c.sentence;
  const t = s.tokens;
  const out: Token[] = [];
  for (let j = c.rest[0]; j < c.rest[1]; j++) {
    const x = t[j]!;
    if (x.text === "," || x.text === ";" || STOP_AT.has(x.lower) || (x.pos === "SCONJ" && x.lower !== "of")) break;
    out.push(x);
  }
  const words = out.map((x) => x.text);
  // "the (adjective) region of X" → "X"
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.lower !== "the") continue;
    let k = i + 1;
    while (k < out.length && out[k]!.pos === "ADJ") k++;
    if (k < out.length && REGION_NOUNS.test(out[k]!.lower) && out[k + 1]?.lower === "of" && out[k + 2]?.pos === "PROPN") {
      words.splice(i, k + 2 - i);
      break;
    }
  }
  return joinHyphens(words);
}

function joinHyphens(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "-" && out.length > 0 && words[i + 1]) out[out.length - 1] += "-" + words[++i];
    else out.push(words[i]!);
  }
  return out;
}

/** Cuts a title to a few words, ending on a word that can end a phrase. */
function trimTitle(words: string[]): string {
  let w = words.slice(0, MAX_WORDS);
  while (w.length > 3 && /^(of|the|a|an|and|or|to|in|on|at|for|with|by|from|over|his|her|its|their|into|as|than|record|new|more|most)$/i.test(w[w.length - 1]!)) w = w.slice(0, -1);
  return w.join(" ").replace(/[,;:]$/, "");
}

/** A headline-style title from the main fact of the first sentence: "Azerbaijan reclaims authority over Nagorno-Karabakh". */
function titleFromFact(info: SentenceInfo): string | null {
  const s = info.sentence;
  const t = s.tokens;
  const outer = analyzeClause(s);
  if (!outer) return null;
  let c: Clause = outer;
  let subject = spanText(s, outer.subject[0], outer.subject[1]);
  const outerSubjectMention = info.mentions.find((m) => m.start >= outer.subject[0] && m.end <= outer.subject[1] && m.kind === "person");
  if (SPEECH_VERBS.has(t[outer.verb[1] - 1]!.lemma)) {
    const inner = complementClause(outer);
    if (inner) {
      const innerSubject = spanText(s, inner.subject[0], inner.subject[1]);
      const country = info.mentions.find((m) => m.start >= outer.subject[0] && m.end <= outer.subject[1] && m.kind === "country");
      if (/^(his|her|their|its) (nation|country|government)$/i.test(innerSubject) && country) subject = country.text;
      else if (/^(he|she)$/i.test(innerSubject) && outerSubjectMention) subject = outerSubjectMention.text;
      else if (!/^(it|they|this|these|we|i|you)$/i.test(innerSubject)) subject = innerSubject;
      else return null;
      c = inner;
    }
  }
  if (subject.split(" ").length > 5) {
    const m = info.mentions.find((x) => x.start >= c.subject[0] && x.end <= c.subject[1]);
    if (!m) return null;
    subject = m.text;
  }
  if (/^(he|she|it|they|this|these|we|i|you)$/i.test(subject)) return null;
  const verbs = t.slice(c.verb[0], c.verb[1]);
  const main = verbs[verbs.length - 1]!;
  const passive = verbs.length > 1 && verbs.some((v) => v.lemma === "be") && main.pos === "VERB";
  // "Secretary Damian Hinds" ends on a name: one person, though the name ends in "s"
  const plural = (/s$/.test(subject) && !info.mentions.some((m) => subject.endsWith(m.text))) || / and /.test(subject);
  let verb: string;
  if (passive) verb = main.text;
  else if (verbs.some((v) => v.lower === "not" || v.lower === "n't")) return null;
  else if (!/^[a-z]+$/.test(main.lemma)) return null;
  else verb = plural ? main.lemma : thirdPerson(main.lemma);
  // "EDUCATION Secretary": a first word in capitals is the paper's style, not an acronym
  const words = subject.split(" ");
  if (words.length > 1 && /^\p{Lu}{4,}$/u.test(words[0]!)) words[0] = words[0]!.charAt(0) + words[0]!.slice(1).toLowerCase();
  const first = words.join(" ").charAt(0).toUpperCase() + words.join(" ").slice(1);
  const title = trimTitle([...first.split(" "), verb, ...objectWords(c)]);
  return title.split(" ").length >= 3 ? title : null;
}

/** The headline without a final full stop, or a short title made from the article's main fact. */
export function makeTitle(headline: string | null, first: SentenceInfo | undefined): string {
  if (headline) return headline.replace(/\.+$/, "").trim();
  if (!first) return "News quiz";
  const fromFact = titleFromFact(first);
  if (fromFact) return fromFact;
  const s = first.sentence;
  const comma = s.text.indexOf(",");
  const head = comma > 0 && s.text.slice(0, comma).split(" ").length <= MAX_WORDS ? s.text.slice(0, comma) : s.text;
  return trimTitle(head.replace(/[.!?]+$/, "").split(" "));
}
