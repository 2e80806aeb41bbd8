import { finishCandidate } from "../ask/finish.ts";
import { type Candidate, type Draft, idOf } from "../ask/write.ts";
import { normalizeCached } from "../grade.ts";
import type { Sentence } from "../read/nlp.ts";
import type { Question, QuestionType } from "../types.ts";
import { answerTexts, mentions, titleTexts } from "./answers.ts";
import { textWords } from "./rank.ts";
import { rejectReason } from "./reject.ts";
import {
  asksAge,
  asksDate,
  asksFigure,
  asksSpeaker,
  isNameSwap,
  isWeak,
  kindOf,
  scoreCandidate,
} from "./score.ts";
import { ALL_TYPES, givesAnswerAway } from "./select.ts";

/** The default length: about one question per 55 words, at least 4 and at most 15. */
export function defaultCount(words: number): number {
  return Math.max(4, Math.min(15, Math.round(words / 55)));
}

/** How many alternates the engine keeps beyond the quiz, best first. */
const MAX_ALTERNATES = 15;

/**
 * The least confidence a candidate needs; a second pass goes lower when the first finds too few.
 */
const MIN_CONFIDENCE = 0.75;
const MIN_CONFIDENCE_RELAXED = 0.6;
const MIN_CONFIDENCE_LAST = 0.5;

/**
 * The fewest questions a quiz is padded to with the weak kinds, so that an article is not refused.
 */
const FLOOR = 4;

const quizPart = (picked: readonly unknown[], count: number) => Math.min(picked.length, count);

/**
 * The least rank (the top sentence is 1) of a sentence copied with a blank in a quiz that has
 * stronger questions.
 */
const CLOZE_RANK = 0.8;

/** The most questions a quiz takes of the weak kinds, when an article has nothing better. */
const WEAK_AT_MOST = 2;

/**
 * The most questions in a quiz that do not ask a figure (a name, a place, a word): blind teachers
 * kept 2 of 56 of those and 12 of 63 figure questions. One in four of a longer quiz; two when the
 * article has no figure to ask.
 */
const othersAtMost = (count: number) => Math.max(1, Math.round(count / 4));

/** True/false makes at most this share of a quiz. */
const TRUE_FALSE_SHARE = 0.3;

/** No answer is asked more than once (true/false aside): blind teachers drop the second. */
const PER_ANSWER = 1;

/**
 * `paragraph`: the paragraph whose one question the candidate would take, or null when the article
 * has too few paragraphs to spread the quiz over (a text pasted as one block).
 */
type Scored = {
  c: Candidate;
  score: number;
  sentences: number[];
  rank: number;
  paragraph: number | null;
};

export type Choice = { questions: Question[]; alternates: Question[] };

export type ChooseInput = {
  candidates: Candidate[];
  sentences: readonly Sentence[];
  ranks: readonly number[];
  title: string;
  count: number;
  types: readonly QuestionType[];
};

/**
 * Picks the quiz greedily, best score first: at most one question a sentence, no answer given away
 * by the title or by another picked question's prompt, statement or evidence sentence, no answer
 * asked more than twice, true/false at most ~30%. The next best that still fit become alternates.
 * The quiz comes back in article order (match and order last).
 */
export function chooseQuestions(input: ChooseInput): Choice {
  const { types } = input;
  let count = input.count;
  const bySentence = new Map<string, number>();
  for (const s of input.sentences) bySentence.set(`${s.paragraph}\u0000${s.text}`, s.index);
  const sentencesOf = (c: Candidate): number[] => {
    if (c.sentence >= 0) return [c.sentence];
    const ev = [c.question.evidence, ...(c.question.sources ?? [])];
    return ev
      .map((e) => bySentence.get(`${e.paragraph}\u0000${e.text}`) ?? -1)
      .filter((i) => i >= 0);
  };
  // (each candidate is judged once, not once a pass)
  const fit = new Map<Candidate, boolean>();
  const fits = (c: Candidate) => {
    let ok = fit.get(c);
    if (ok === undefined) {
      ok = !givesAnswerAway(c.question) && rejectReason(c.question, kindOf(c)) === null;
      fit.set(c, ok);
    }
    return ok;
  };
  // (one question a paragraph while the quiz proper fills, when the article has a few paragraphs
  // more than questions: of the questions that came second from a paragraph, blind teachers
  // dropped 15 of 20, against 122 of 243 firsts, sets 6-14)
  const paragraphs = new Set(input.sentences.map((s) => s.paragraph)).size;
  const spread = paragraphs >= Math.min(count, 15) + 2;
  // (`titled`: questions the title answers too, for an article that has nothing else)
  const pool = (minConfidence: number, titled = false): Scored[] =>
    input.candidates
      .filter((c) => !c.pairOnly && c.score >= minConfidence && types.includes(c.question.type))
      .filter(fits)
      .filter(
        (c) =>
          titled ||
          (!mentions(input.title, titleTexts(c.question)) &&
            !restatesTitle(c.question, input.title)),
      )
      .map((c) => {
        const sentences = sentencesOf(c);
        const rank = sentences.length
          ? sentences.reduce((s, i) => s + (input.ranks[i] ?? 0), 0) / sentences.length
          : 0;
        return {
          c,
          score: rank > 0 ? scoreCandidate(c, rank) : 0,
          sentences,
          rank,
          paragraph: spread ? c.question.evidence.paragraph : null,
        };
      })
      .filter((x) => x.score > 0);

  const ids = new Map<Candidate, string>();
  const idFor = (c: Candidate) => ids.get(c) ?? ids.set(c, idOf(c.question)).get(c)!;
  const order = (list: Scored[]) =>
    list.sort(
      (a, b) =>
        b.score - a.score || a.c.sentence - b.c.sentence || idFor(a.c).localeCompare(idFor(b.c)),
    );

  // A name the article gives in two other sentences or more (the country every paragraph names,
  // the story's own hero) is known to every reader: asked, it tests nothing.
  const known = new Map<Candidate, boolean>();
  const everyoneKnows = (c: Candidate): boolean => {
    let seen = known.get(c);
    if (seen === undefined) {
      const answers = /\d/.test(String(c.question.answer)) ? [] : answerTexts(c.question);
      const own = new Set(sentencesOf(c));
      seen =
        answers.length > 0 &&
        input.sentences.filter((s) => !own.has(s.index) && mentions(s.text, answers)).length >= 2;
      known.set(c, seen);
    }
    return seen;
  };
  const weak = (c: Candidate) => isWeak(c) || everyoneKnows(c);
  // a sentence copied with a name blanked is kept by blind teachers only from the lead: 3 of 9 from
  // a sentence ranked 0.8 or more, none of 30 from the rest (sets 6-15); it waits among the
  // alternates. (A figure blanked was kept as often from the lesser half of the ranks as from the
  // upper: 17 of 49 and 19 of 52, sets 6-13.)
  const minor = (x: Scored) =>
    x.c.question.prompt.startsWith("Complete the sentence") &&
    x.rank < CLOZE_RANK &&
    !asksFigure(x.c);
  // a teacher who asks for more than the longest default quiz, or for some types only ("true or
  // false only"), gets the weaker kinds too
  const wide = count > 15 || types.length < ALL_TYPES.length;

  // Strong kinds only, at lower confidence while the quiz has fewer than 4; then the floor below,
  // where only an article with no strong question at all takes the weak kinds.
  const passes: [number, number][] = [
    [MIN_CONFIDENCE, TRUE_FALSE_SHARE],
    [MIN_CONFIDENCE_RELAXED, TRUE_FALSE_SHARE],
    [MIN_CONFIDENCE_LAST, 0.5],
  ];
  let picked: Picked[] = [];
  for (const [confidence, share] of passes) {
    const tried = fuller(
      order(pool(confidence)).filter((x) => wide || (!weak(x.c) && !minor(x))),
      count + MAX_ALTERNATES,
      count,
      share,
      wide,
      wide ? Number.POSITIVE_INFINITY : othersAtMost(count),
    );
    if (quizPart(tried, count) > quizPart(picked, count)) picked = tried;
    if (quizPart(picked, count) >= Math.min(4, count)) break;
  }
  if (quizPart(picked, count) < Math.min(FLOOR, count)) {
    const floor = Math.min(FLOOR, count);
    // ("Who said ...?", a true statement copied, a name swapped in: blind teachers dropped nearly
    // every one, so they never pad a quiz; a shorter quiz instead, unless there is none at all)
    const all = order(pool(MIN_CONFIDENCE_LAST)).filter((x) => !isNameSwap(x.c));
    const noSpeaker = all.filter((x) => !asksSpeaker(x.c));
    const any = noSpeaker.length ? noSpeaker : all;
    // (a true/false, a date or an age waits for an article with nothing else: blind teachers kept
    // none of 14, one of 11 and one of 8)
    const last = noSpeaker.filter(
      (x) =>
        !everyoneKnows(x.c) &&
        !asksDate(x.c) &&
        !asksAge(x.c) &&
        !["truefalse", "match", "order"].includes(x.c.question.type),
    );
    const fair = last.filter((x) => !weak(x.c));
    const strong = fair.filter((x) => !minor(x));
    // (strong ones first, then a copied sentence of lesser rank to reach the floor; an article with
    // no strong question still gets a quiz the teacher can build on: refusing it helps no one)
    const filled = [...strong, ...fair.filter(minor)];
    // (two questions of other kinds when the article has no figure to ask)
    const others = wide
      ? Number.POSITIVE_INFINITY
      : filled.some((x) => asksFigure(x.c))
        ? othersAtMost(floor)
        : WEAK_AT_MOST;
    // (a quiz of one question goes on to the weaker lists for a second)
    // (the passes' own pick stands when the fallback finds no more: a teacher's "choice only")
    let size = quizPart(picked, floor);
    for (const list of [filled, last, any]) {
      // ("Who said...?" only when there is nothing else at all)
      if (list === any && size > 0) break;
      const copies = list !== filled;
      let tried = fuller(
        list,
        floor + MAX_ALTERNATES,
        floor,
        1,
        copies,
        copies ? WEAK_AT_MOST : others,
      );
      // (the weak kinds make two questions at most: blind teachers kept almost none of them)
      // ("Who said...?" at most once, when the article offers nothing else)
      const most = list === any && noSpeaker.length === 0 ? 1 : WEAK_AT_MOST;
      const part = Math.min(tried.length, copies ? most : floor);
      if (copies) tried = [...tried.slice(0, part), ...tried.slice(floor)];
      if (part > size) [picked, size] = [tried, part];
      if (size >= WEAK_AT_MOST) break;
    }
    // (an article whose every question the title answers still gets one the teacher can edit:
    // refusing real news helps no one)
    if (size === 0) {
      const titled = order(pool(MIN_CONFIDENCE_LAST, true)).filter(
        (x) => !isNameSwap(x.c) && !asksSpeaker(x.c),
      );
      const tried = fuller(titled, 1 + MAX_ALTERNATES, 1, 1, true, 1);
      if (tried.length) [picked, size] = [tried, 1];
    }
    count = size;
  }
  const quiz = picked.slice(0, count);
  const place = (x: { c: Candidate }) => (x.c.sentence < 0 ? 1e9 : x.c.sentence);
  quiz.sort((a, b) => place(a) - place(b));
  return {
    questions: quiz.map((x) => x.question),
    alternates: picked.slice(count).map((x) => x.question),
  };
}

type Picked = { c: Candidate; question: Question };

/**
 * The greedy pick, then, while it leaves the quiz short, the same pick without one of its first
 * questions: one question that prints two others' answers ("The Apple handset...") can cost the
 * quiz both. The longer quiz wins; the first found on a tie.
 */
function fuller(
  ranked: Scored[],
  max: number,
  count: number,
  trueFalseShare = TRUE_FALSE_SHARE,
  copies = false,
  others = 1,
): Picked[] {
  const pick = (list: Scored[]) => greedy(list, max, count, trueFalseShare, copies, others);
  let best = pick(ranked);
  let pool = ranked;
  for (let round = 0; round < 2 && quizPart(best, count) < count; round++) {
    let improved = false;
    for (const p of best.slice(0, Math.min(count, 6))) {
      const without = pool.filter((x) => x.c !== p.c);
      const tried = pick(without);
      if (quizPart(tried, count) > quizPart(best, count)) {
        best = tried;
        pool = without;
        improved = true;
        break;
      }
    }
    if (!improved) break;
  }
  return best;
}

function greedy(
  ranked: Scored[],
  max: number,
  count: number,
  trueFalseShare = TRUE_FALSE_SHARE,
  // (a true statement copied from the article, where no false one could be made: only when an
  // article has nothing else)
  copies = false,
  // (how many questions of the quiz proper may ask something other than a figure)
  others = 1,
): Picked[] {
  // (a teacher who asks for more than the longest default quiz takes an answer asked twice)
  const perAnswer = count > 15 ? 2 : PER_ANSWER;
  const out: Picked[] = [];
  const usedSentences = new Set<number>();
  const usedParagraphs = new Set<number>();
  // (one figure a counted noun while the quiz fills: of figures asked again in a unit the quiz
  // had asked ("___ points" twice, "___ runs" four times), blind teachers kept 2 of 13, sets 6-15)
  const usedUnits = new Set<string>();
  const answerUses = new Map<string, number>();
  const prompts = new Set<string>();
  let trueFalse = 0;
  let nonFigures = 0;
  const tfCap = Math.max(1, Math.round(count * trueFalseShare));
  for (const x of ranked) {
    if (out.length >= max) break;
    const q = x.c.question;
    if (x.sentences.some((i) => usedSentences.has(i)) || prompts.has(normalizeCached(q.prompt)))
      continue;
    // while the quiz proper fills, true/false stays under its share; alternates may hold more
    if (q.type === "truefalse" && out.length < count && trueFalse >= tfCap) continue;
    if (out.length < count && x.paragraph !== null && usedParagraphs.has(x.paragraph)) continue;
    const figure = asksFigure(x.c);
    const unit = figure ? countedUnit(q) : null;
    if (out.length < count && unit !== null && usedUnits.has(unit)) continue;
    if (!figure && out.length < count && nonFigures >= others) continue;
    const answers = answerTexts(q);
    if (answers.some((a) => (answerUses.get(a) ?? 0) >= perAnswer)) continue;
    if (!fitsBeside(q, answers, out)) continue;
    const question = finishCandidate(x.c);
    if (!question || !optionsFit(question) || rejectReason(question, kindOf(x.c)) !== null)
      continue;
    if (!copies && question.type === "truefalse" && question.answer === "True") continue;
    // a false statement is written only now: the name it swaps in must not be another question's
    // answer
    if (question.prompt !== q.prompt && !fitsBeside(question, answers, out)) continue;
    out.push({ c: x.c, question });
    for (const i of x.sentences) usedSentences.add(i);
    if (out.length <= count && x.paragraph !== null) usedParagraphs.add(x.paragraph);
    if (out.length <= count && unit !== null) usedUnits.add(unit);
    for (const a of answers) answerUses.set(a, (answerUses.get(a) ?? 0) + 1);
    prompts.add(normalizeCached(q.prompt));
    prompts.add(normalizeCached(question.prompt));
    if (q.type === "truefalse" && out.length <= count) trueFalse++;
    if (!figure && out.length <= count) nonFigures++;
  }
  return out;
}

/**
 * The texts a question shows a student before or after answering, which may give another answer
 * away.
 */
function shown(q: Draft): string[] {
  return [q.prompt, q.evidence.text];
}

/**
 * What a figure question (`asksFigure`) counts: the word after its blank ("___ runs") or after
 * "how many", or null (a share, a sum).
 */
function countedUnit(q: Draft): string | null {
  const word =
    /___ (\p{Ll}+)/u.exec(q.prompt)?.[1] ?? /\bhow many (\p{Ll}+)/iu.exec(q.prompt)?.[1] ?? null;
  // ("people" counts too many kinds of thing to be one measure: the dead, a crowd, a team)
  return word && !/^(percent|per|of|in|to|and|or|a|the|people)$/.test(word)
    ? word.toLowerCase()
    : null;
}

/** True when neither the candidate nor any picked question gives the other's answer away. */
function fitsBeside(q: Draft, answers: string[], picked: Picked[]): boolean {
  for (const p of picked) {
    if (answers.length && shown(p.question).some((t) => mentions(t, answers))) return false;
    const theirs = answerTexts(p.question);
    if (theirs.length && shown(q).some((t) => mentions(t, theirs))) return false;
  }
  return true;
}

/** A true/false about the sentence the title was made from: the title tells what is true. */
function restatesTitle(q: Draft, title: string): boolean {
  if (q.type !== "truefalse") return false;
  const words = [...textWords(title)];
  const sentence = textWords(q.evidence.text);
  return words.length >= 3 && words.filter((w) => sentence.has(w)).length >= words.length * 0.75;
}

/**
 * A choice question whose options are four different texts, none also stated by its own sentence.
 */
function optionsFit(q: Question): boolean {
  if (q.type !== "choice" || !q.options) return true;
  const norm = q.options.map((o) => normalizeCached(o));
  if (new Set(norm).size !== norm.length) return false;
  const answer = normalizeCached(q.answer as string);
  // a distractor the evidence sentence also states would be a second right answer
  return q.options.every(
    (_o, i) => norm[i] === answer || norm[i]!.length < 3 || !mentions(q.evidence.text, [norm[i]!]),
  );
}
