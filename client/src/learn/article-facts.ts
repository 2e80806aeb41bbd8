import type { QuizKnowledge } from "./revealed";

/** A sentence of the article that one or more revealed questions test. */
export type Fact = { id: string; paragraph: number; start: number; end: number; questionIds: string[]; missed: boolean };

/** A run of a paragraph: plain text, or a fact. */
export type Run = { text: string; fact?: Fact };

/** Where a sentence stands: its own paragraph when it is there word for word, else the first that holds it. */
function locate(paragraphs: string[], text: string, paragraph: number | undefined) {
  const own = paragraph !== undefined ? (paragraphs[paragraph]?.indexOf(text) ?? -1) : -1;
  if (own >= 0) return { paragraph: paragraph!, start: own };
  for (const [p, body] of paragraphs.entries()) {
    const at = body.indexOf(text);
    if (at >= 0) return { paragraph: p, start: at };
  }
  return null;
}

/**
 * The facts to highlight: the evidence sentences (and other sources) of every question whose
 * answer this browser holds, one fact per sentence with the questions about it, in reading
 * order. A sentence behind a question missed in a scored attempt is marked `missed`.
 */
export function articleFacts(paragraphs: string[], questionOrder: string[], known: QuizKnowledge): Fact[] {
  const facts = new Map<string, Fact>();
  for (const questionId of questionOrder) {
    const revealed = known.questions[questionId];
    if (!revealed) continue;
    for (const sentence of [revealed.evidence, ...(revealed.sources ?? [])]) {
      const text = sentence.text.trim();
      const at = text ? locate(paragraphs, text, sentence.paragraph) : null;
      if (!at) continue;
      const id = `fact-${at.paragraph}-${at.start}`;
      const fact = facts.get(id) ?? { id, ...at, end: at.start + text.length, questionIds: [], missed: false };
      if (!fact.questionIds.includes(questionId)) fact.questionIds.push(questionId);
      fact.missed ||= known.missed.includes(questionId);
      facts.set(id, fact);
    }
  }
  return [...facts.values()].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** Cuts a paragraph into plain runs and its facts (a fact overlapping an earlier one is left plain). */
export function paragraphRuns(text: string, facts: Fact[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const fact of facts) {
    if (fact.start < at) continue;
    if (fact.start > at) runs.push({ text: text.slice(at, fact.start) });
    runs.push({ text: text.slice(fact.start, fact.end), fact });
    at = fact.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
