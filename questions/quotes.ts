import type { Clause } from "./clause.ts";
import { type Entity, spanText } from "./entities.ts";
import { type Fact, type SentenceInfo, finishQuestion, lowerFirst } from "./facts.ts";
import { SPEECH_VERBS } from "./gazetteer.ts";

/** Quoted passages of a sentence: token spans inside the quote marks. */
function quoteSpans(info: SentenceInfo): [number, number][] {
  const t = info.sentence.tokens;
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!.text;
    if (x === "“" || (x === '"' && open === -1)) open = i;
    else if ((x === "”" || x === '"') && open !== -1) {
      spans.push([open + 1, i]);
      open = -1;
    }
  }
  return spans;
}

/**
 * "Who said ...?" facts: a full quotation (a sentence of its own, six words or more) and the
 * person or body the article credits with it, through "according to X", "X said" or "said X".
 * `speaker` is the name to offer as a wrong answer elsewhere, when the speaker is named.
 */
export function findQuotes(info: SentenceInfo, clause: Clause | null, entities: Map<string, Entity>): { fact: Fact; speaker: string | null } | null {
  const s = info.sentence;
  const t = s.tokens;
  for (const [a, b0] of quoteSpans(info)) {
    let b = b0;
    while (b > a && /^[,.;:]$/.test(t[b - 1]!.text)) b--;
    const words = t.slice(a, b).filter((x) => x.kind === "word").length;
    if (words < 6 || !/^\p{Lu}/u.test(t[a]!.text)) continue;
    let speakerSpan: [number, number] | null = null;
    const according = t[0]?.lower === "according" && t[1]?.lower === "to" ? t.findIndex((x) => x.text === ",") : -1;
    if (according > 2 && according < a) speakerSpan = [2, according];
    else if (clause?.source && clause.source[1] < a) speakerSpan = clause.source;
    else if (clause && SPEECH_VERBS.has(t[clause.verb[1] - 1]!.lemma) && clause.rest[0] <= a) speakerSpan = clause.subject;
    else {
      // “...,” X said. / “...,” said X.
      let j = b0 + 1;
      if (t[j]?.text === ",") j++;
      const m = info.mentions.find((x) => x.start === j || x.start === j + 1);
      if (m && (m.kind === "person" || m.kind === "org")) {
        const verb = m.start === j ? t[m.end] : t[j];
        if (verb && SPEECH_VERBS.has(verb.lemma)) speakerSpan = [m.start, m.end];
      }
    }
    if (!speakerSpan) continue;
    const m = info.mentions.find((x) => x.start >= speakerSpan![0] && x.end === speakerSpan![1]);
    let speaker = m ? (entities.get(m.entity)?.name ?? m.text) : lowerFirst(spanText(s, speakerSpan[0], speakerSpan[1]), s, speakerSpan[0]);
    if (m && t[speakerSpan[0]]?.lower === "the" && m.kind !== "person") speaker = `the ${speaker}`;
    if (/^(he|she|they|it|we|i|you|this)$/i.test(speaker) || speaker.split(" ").length > 7) continue;
    const quote = spanText(s, a, b);
    const short = m?.kind === "person" ? entities.get(m.entity)?.short : undefined;
    if (quote.includes(short ?? speaker.split(" ").pop()!)) continue;
    const fact: Fact = {
      key: `quote:${s.index}`,
      sentence: s,
      prompt: finishQuestion(`Who said, “${quote}”`).replace(/”\?$/, "”?"),
      answer: speaker,
      accept: short ? [short] : [],
      kind: m?.kind === "person" ? "person" : "speaker",
      highlight: spanText(s, speakerSpan[0], speakerSpan[1]),
      explanation: `The article attributes the words “${quote}” to ${speaker}.`,
      statement: null,
      alsoTrue: [],
      confidence: 1,
      said: true,
    };
    // Only a named speaker stands in for others ("the ministry" could be anyone's).
    return { fact, speaker: m ? speaker : null };
  }
  return null;
}
