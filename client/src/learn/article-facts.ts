import { type EvidenceText, highlightSegments } from "../play/Evidence";
import type { QuizKnowledge, Revealed } from "./revealed";

/** The words of the article that answer one or more revealed questions. */
export type Fact = {
  id: string;
  paragraph: number;
  start: number;
  end: number;
  questionIds: string[];
  missed: boolean;
};

/** A run of a paragraph: plain text, or a fact. */
export type Run = { text: string; fact?: Fact };

/**
 * Where a sentence stands: its own paragraph when it is there word for word, else the first that
 * holds it.
 */
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
 * Where the answer sits in its sentence: the API's `highlight`, else the first whole-word
 * occurrence of the answer's text. The whole sentence only when neither is there (a true/false
 * question whose sentence was changed, say), so a highlight points at the answer, not at a
 * paragraph.
 */
function answerSpan(
  sentence: EvidenceText,
  text: string,
  answer: Revealed["answer"],
): { offset: number; length: number } {
  const needles = sentence.highlight
    ? [sentence.highlight]
    : typeof answer === "string"
      ? [answer]
      : answer;
  let offset = 0;
  for (const segment of highlightSegments(text, needles)) {
    if (segment.mark) return { offset, length: segment.text.length };
    offset += segment.text.length;
  }
  return { offset: 0, length: text.length };
}

/**
 * The facts to highlight: in the evidence sentence (and other sources) of every question whose
 * answer this browser holds, the words that answer it, with the questions about them, in reading
 * order; spans that overlap become one fact. A fact behind a question missed in a scored attempt
 * is marked `missed`.
 */
export function articleFacts(
  paragraphs: string[],
  questionOrder: string[],
  known: QuizKnowledge,
): Fact[] {
  const spans: Fact[] = [];
  for (const questionId of questionOrder) {
    const revealed = known.questions[questionId];
    if (!revealed) continue;
    for (const sentence of [revealed.evidence, ...(revealed.sources ?? [])]) {
      const text = sentence.text.trim();
      const at = text ? locate(paragraphs, text, sentence.paragraph) : null;
      if (!at) continue;
      const { offset, length } = answerSpan(sentence, text, revealed.answer);
      const start = at.start + offset;
      const missed = known.missed.includes(questionId);
      spans.push({
        id: "",
        paragraph: at.paragraph,
        start,
        end: start + length,
        questionIds: [questionId],
        missed,
      });
    }
  }
  spans.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const facts: Fact[] = [];
  for (const span of spans) {
    const last = facts[facts.length - 1];
    if (last && last.paragraph === span.paragraph && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      for (const id of span.questionIds)
        if (!last.questionIds.includes(id)) last.questionIds.push(id);
      last.missed ||= span.missed;
    } else {
      facts.push({ ...span, id: `fact-${span.paragraph}-${span.start}` });
    }
  }
  return facts;
}

/**
 * Cuts a paragraph into plain runs and its facts (a fact overlapping an earlier one is left plain).
 */
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
