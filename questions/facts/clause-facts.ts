import {
  categoryFamily,
  findDemonym,
  KNOWN_ORGANISATIONS,
  ORG_NOUNS,
  SPEECH_VERBS,
} from "../data/gazetteer.ts";
import { displayName, type Entity, type Mention, spanText } from "../read/entities.ts";
import type { Sentence, Token } from "../read/nlp.ts";
import type { Quantity } from "../read/quantities.ts";
import { type Clause, complementClause, type Span } from "./clause.ts";
import {
  type AnswerKind,
  confidenceOf,
  explain,
  type Fact,
  finishQuestion,
  HEDGES,
  invert,
  leadIn,
  NOT_COUNTED,
  type SentenceInfo,
  statementFor,
  text,
  upperFirst,
  whichBody,
} from "./facts.ts";

/**
 * The facts of one clause (see `clauseFacts`): who did it, what, where, when, how many. Split from
 * facts.ts, which holds the types and the wording helpers every fact stage shares.
 */

const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const TIME_PREPS = new Set(["on", "in", "since", "by", "until", "during"]);
const PLACE_PREPS = new Set(["in", "at", "near", "outside"]);

/**
 * Where a relative clause or an aside starts in a predicate ("invitations to an October 4 event at
 * which the giant is expected to...", "a model, which..."), or the predicate's end: a question
 * about
 * the subject reads better without it, and the subject is asked either way.
 */
function relativeStart(t: Token[], [a, b]: Span): number {
  for (let k = a + 3; k < b; k++) {
    const w = t[k]!.lower;
    // ", one requiring...", ", including...", ", touting...": an aside after a comma
    if (
      t[k - 1]!.text === "," &&
      (/^(one|another|both|including|while|with)$/.test(w) ||
        (t[k]!.pos === "VERB" && /ing$/.test(w)))
    )
      return k - 1;
    if (!/^(which|who|whom|whose|where)$/.test(w)) continue;
    if (t[k - 1]!.pos === "ADP" && t[k - 2]!.pos === "NOUN") return k - 1;
    if (t[k - 1]!.text === ",") return k - 1;
    if (t[k - 1]!.pos === "NOUN" || t[k - 1]!.pos === "PROPN") return k;
  }
  return b;
}

/** The mention that makes up the whole span, allowing a leading "the" and a title. */
function wholeMention(info: SentenceInfo, [a, b]: Span): Mention | undefined {
  const t = info.sentence.tokens;
  let start = a;
  if (t[start]?.lower === "the") start++;
  return info.mentions.find((m) => {
    if (m.end !== b) return false;
    if (m.start === start) return true;
    // "President Ilham Aliyev" — a title in front
    if (m.title !== undefined && m.start > start && m.start - start <= 3) return true;
    // "Harbour City chairman Tom Aldridge", "Green MP Ann Hollis": a body and role words in front
    // of a person
    return (
      m.kind === "person" &&
      m.start - start <= 5 &&
      t
        .slice(start, m.start)
        .every(
          (x, k) =>
            /^\p{Lu}/u.test(x.text) ||
            (/^\p{Ll}/u.test(x.text) && (x.pos === "NOUN" || x.pos === "ADJ") && k > 0) ||
            x.text === "-",
        )
    );
  });
}

function entityName(entities: Map<string, Entity>, m: Mention): string {
  return entities.get(m.entity)?.name ?? m.text;
}

/** Accepted extra spellings of a name: a person's family name as the article uses it. */
function acceptFor(entity: Entity | undefined, kind: AnswerKind): string[] {
  return kind === "person" && entity?.short ? [entity.short] : [];
}

/** "said it had", "said in a statement that they would": what was said is about "it" or "they". */
function reportsPronoun(c: Clause): boolean {
  const t = c.sentence.tokens;
  let i = c.rest[0];
  // a phrase about the saying ("in a statement", "on Wednesday") comes first
  if (t[i]?.pos === "ADP")
    while (
      i < c.rest[1] &&
      i < c.rest[0] + 5 &&
      !["PRON", "SCONJ"].includes(t[i]!.pos) &&
      t[i]!.lower !== "that"
    )
      i++;
  if (t[i]?.lower === "that") i++;
  return /^(it|they)$/.test(t[i]?.lower ?? "");
}

const BODY_NOUN = /^the (\p{Ll}+)$/u;

/** The organisations of an article, worked out once per article rather than for every sentence. */
const bodiesCache = new WeakMap<Map<string, Entity>, Entity[]>();
function bodiesOf(entities: Map<string, Entity>): Entity[] {
  let bodies = bodiesCache.get(entities);
  if (!bodies) {
    bodies = [...entities.values()].filter((e) => e.kind === "org");
    bodiesCache.set(entities, bodies);
  }
  return bodies;
}

/**
 * The body "the company" or "the airline" stands for: the one body of the article of that sort
 * ("the company" is Samjin Semiconductor when the only other body is a bank), null when the
 * subject is not such a phrase, and "unclear" when two or more bodies could be meant.
 */
export function bodyMeant(
  subject: string,
  entities: Map<string, Entity>,
): string | null | "unclear" {
  const noun = BODY_NOUN.exec(subject.toLowerCase())?.[1];
  if (!noun || !(ORG_NOUNS.has(noun) || categoryFamily(noun) !== noun)) return null;
  const bodies = bodiesOf(entities);
  const exact = bodies.filter((e) => e.category === noun);
  const family =
    categoryFamily(noun) === noun
      ? []
      : bodies.filter((e) => e.category && categoryFamily(e.category) === categoryFamily(noun));
  const meant = exact.length > 0 ? exact : family;
  if (meant.length === 1 && (exact.length === 1 || /^(company|firm|group)$/.test(noun)))
    return displayName(meant[0]!);
  return bodies.length >= 2 ? "unclear" : null;
}

/** The wh-phrase that asks for a subject of this kind ("Who", "Which country", "Which airline"). */
function subjectWh(m: Mention, entities: Map<string, Entity>, speechVerb: boolean): string | null {
  if (m.kind === "person") return "Who";
  if (m.kind === "country") return "Which country";
  if (m.kind === "city") return "Which city";
  if (m.kind === "org") {
    const category = entities.get(m.entity)?.category;
    if (category && /^[a-z-]+$/.test(category)) return whichBody(category);
    return speechVerb ? "Who" : "Which organisation";
  }
  return null;
}

/**
 * Where the element a false statement swaps begins: the whole name with its title and place
 * ("Seoul Mayor Park Ji-hoon", "President Joko Widodo"), and "the" of a body ("The Red Cross"),
 * so that another person's or body's name can take its place.
 */
function statementSubjectStart(info: SentenceInfo, subj: Span, m: Mention): number {
  const t = info.sentence.tokens;
  if (m.kind === "org")
    return t[m.start - 1]?.lower === "the" && m.start - 1 >= subj[0] ? m.start - 1 : m.start;
  const titleStart = m.title ? m.start - m.title.split(" ").length : m.start;
  if (titleStart < subj[0]) return m.start;
  const before = t.slice(subj[0], titleStart);
  return before.every((x) => /^\p{Lu}/u.test(x.text) && x.pos === "PROPN") ? subj[0] : titleStart;
}

/** "about 1,200": one hedge word, and nothing else, between the predicate's start and a count. */
function hedged(t: Token[], r0: number, start: number): boolean {
  return start === r0 + 1 && /^(about|around|nearly|almost|some|roughly)$/.test(t[r0]!.lower);
}

/**
 * "more than 5,500 planets outside the solar system": the counted noun ends the clause, or a
 * phrase of place or time does; not "cases and at least 4,880 deaths", not "votes, Chamisa more
 * than 1.9 million".
 */
function endsClause(t: Token[], from: number, end: number): boolean {
  return t
    .slice(from, end)
    .every(
      (x) =>
        !/^(and|or|,)$/.test(x.lower) && !(x.pos === "NUM" && !/^(1[89]|20)\d\d$/.test(x.text)),
    );
}

/**
 * "more than 5,500": a lower bound right before the figure ("over" after a verb is as often its
 * particle: "handed over 22 bronzes").
 */
function boundBefore(t: Token[], r0: number, start: number): boolean {
  return start === r0 + 2 && t[r0]!.lower === "more" && t[r0 + 1]!.lower === "than";
}

/**
 * A noun followed by a participle or relative clause that belongs to it ("treasures looted from",
 * "people who").
 */
function modifiedAfter(t: Token[], at: number): boolean {
  const x = t[at];
  if (x === undefined) return false;
  const participle =
    /(ed|en)$/.test(x.lower) && (x.pos === "VERB" || (x.pos === "ADJ" && t[at + 1]?.pos === "ADP"));
  // ("20 communities stretching dozens of miles", "442 new orders worth $66 billion")
  const ing = x.pos === "VERB" && /ing$/.test(x.lower);
  return participle || ing || /^(who|which|that|worth)$/.test(x.lower);
}

/**
 * Where "of" and a plain noun phrase after a counted noun end ("rounds | of planned outages"), or
 * null when no such phrase follows.
 */
function ofPhraseEnd(t: Token[], at: number): number | null {
  if (t[at]?.lower !== "of") return null;
  let j = at + 1;
  // ("planned outages": a participle before a noun describes it)
  const describes = (k: number) =>
    ["ADJ", "NOUN"].includes(t[k]?.pos ?? "") ||
    (t[k]?.pos === "VERB" && /(ed|ing)$/.test(t[k]!.lower) && t[k + 1]?.pos === "NOUN");
  while (j < at + 5 && describes(j)) j++;
  if (j > at + 1 && t[j - 1]!.pos === "NOUN") return j;
  // ("two rounds of fogging": a verb's -ing form as the noun)
  return j === at + 1 && t[j]?.pos === "VERB" && /ing$/.test(t[j]!.lower) ? j + 1 : null;
}

/**
 * "in Germany, Britain and the United States", "in Uganda and Tanzania": the place is one of a
 * list.
 */
function listGoesOn(t: Token[], end: number): boolean {
  const next = t[end + 1]?.lower === "the" ? t[end + 2] : t[end + 1];
  return (
    /^(and|or|,)$/.test(t[end]?.text.toLowerCase() ?? "") &&
    next !== undefined &&
    /^\p{Lu}/u.test(next.text)
  );
}

/**
 * True when a comma or a quote mark stands between the verb and token `at` (the phrase belongs
 * elsewhere).
 */
function detached(s: Sentence, from: number, at: number): boolean {
  return s.tokens.slice(from, at).some((x) => /^[,“”"]$/.test(x.text));
}

/** Questions about the subject, a place, a time or a number in one clause. */
/**
 * The facts of one clause: who did it, what, where, when, how many. Returns the clause as read
 * (its subject named) and the confidence penalty, for the figure and object stages that follow;
 * null when the clause reports speech and asks nothing of its own.
 */
export function clauseFacts(
  info: SentenceInfo,
  clause: Clause,
  entities: Map<string, Entity>,
  out: Fact[],
  via: string,
): { clause: Clause; penalty: number } | null {
  const s = info.sentence;
  const t = s.tokens;
  let c = clause;
  const subj = c.subject;
  const verbText = text(s, c.verb);
  const restText = text(s, c.rest);
  // "added 18 points", "announced the new licence fee": a verb of saying with a thing for its
  // object
  // reports nothing; only "say" and its like always do
  const lemma = t[c.verb[1] - 1]!.lemma;
  const reports =
    /^(say|tell|state|claim|insist|argue|warn|explain|note|suggest|stress|believe)$/.test(lemma) ||
    /^(that|“|"|:)$/.test(t[c.rest[0]]?.lower ?? "") ||
    complementClause(c) !== null;
  const speech = SPEECH_VERBS.has(lemma) && reports;
  // "The company was founded in 1987": name the company, or leave the fact when it could be either
  // of two
  const body = c.subjectText ? null : bodyMeant(text(s, subj), entities);
  if (body && body !== "unclear") c = { ...c, subjectText: body };
  const lead = leadIn(c);
  const penalty = (via ? 0.1 : 0) + (body === "unclear" ? 0.3 : 0);
  // Who/which country did it? The subject, or a person in apposition to a role subject
  // ("The Council of Europe's president, Charles Michel, asked...").
  let subjMention = wholeMention(info, subj);
  if (!subjMention && c.appositive) {
    const ap = wholeMention(info, c.appositive);
    if (ap?.kind === "person") subjMention = ap;
  }
  const plural =
    /^(and|or)$/.test(t[subj[0] + 1]?.lower ?? "") ||
    t.slice(subj[0], subj[1]).some((x) => x.lower === "and");
  // "X said it had always followed Kenyan law": once X is cut out of the question, "it" points
  // nowhere,
  // unless the question names X's sort ("Which organisation said it...?").
  const pronounReported = speech && !via && reportsPronoun(c);
  const wh = subjMention ? subjectWh(subjMention, entities, speech && !pronounReported) : null;
  // "Health Secretary Ann Hollis said the new rules": a report cut short says nothing
  const reportCut =
    speech &&
    !t
      .slice(c.rest[0], c.rest[1])
      .some((x) => x.pos === "VERB" || x.pos === "AUX" || /^[“"]$/.test(x.text));
  if (subjMention && wh && !plural && !reportCut) {
    // "Who said...?" about a body: people and other speakers of the article are the stand-ins.
    const kind: AnswerKind =
      subjMention.kind === "org" && wh === "Who" ? "speaker" : (subjMention.kind as AnswerKind);
    const asked = speech ? restText : text(s, [c.rest[0], relativeStart(t, c.rest)]);
    const prompt = finishQuestion(
      `${lead}${lead ? wh.charAt(0).toLowerCase() + wh.slice(1) : wh} ${verbText} ${asked}`,
    );
    const name = entityName(entities, subjMention);
    const statementStart = statementSubjectStart(info, subj, subjMention);
    out.push({
      key: `subject:${s.index}:${name}`,
      sentence: s,
      prompt,
      answer: subjMention.kind === "org" && t[subj[0]]?.lower === "the" ? `the ${name}` : name,
      // "Shenzhen Zhiyuan" as the sentence writes it, for "Shenzhen Zhiyuan Technology"
      accept: [
        ...acceptFor(entities.get(subjMention.entity), kind),
        ...(subjMention.kind === "org" && subjMention.text !== name ? [subjMention.text] : []),
      ],
      kind,
      ...(entities.get(subjMention.entity)?.category
        ? { category: entities.get(subjMention.entity)!.category! }
        : {}),
      highlight: subjMention.text,
      explanation: explain(c),
      statement: statementFor(c, statementStart, spanText(s, statementStart, subjMention.end)),
      alsoTrue: [],
      confidence:
        confidenceOf(prompt, c, info) -
        penalty -
        (pronounReported && wh === "Who" ? 0.6 : 0) -
        (subjMention.kind === "org" &&
        /^[A-Z0-9]{2,6}$/.test(name) &&
        !KNOWN_ORGANISATIONS.has(name)
          ? 0.2
          : 0),
      ...(speech ? { said: true } : {}),
    });
  }
  // "He began his coaching career...", with "He" plain from the sentence before: who did it
  const r = info.referent;
  if (
    r &&
    c.subjectText === r.name &&
    subj[0] === r.token &&
    subj[1] === r.end &&
    !via &&
    !reportCut &&
    !plural &&
    // ("He also said...": after a quotation the one who spoke is often not the last one named, and
    // a wrong key is the worst fault a question can have)
    !speech
  ) {
    const prompt = finishQuestion(`${lead}${lead ? "who" : "Who"} ${verbText} ${restText}`);
    out.push({
      key: `subject:${s.index}:${r.name}`,
      sentence: s,
      prompt,
      answer: r.name,
      accept: r.short ? [r.short] : [],
      kind: "person",
      highlight: text(s, subj),
      explanation: explain(c),
      statement: null,
      alsoTrue: [],
      confidence: confidenceOf(prompt, c, info) - penalty - 0.1,
      ...(speech ? { said: true } : {}),
    });
  }
  // Nationality as the subject's modifier: "Russian peacekeepers reported..." → "Peacekeepers from
  // which country..."
  const first = t[subj[0]]!;
  const demonym = findDemonym(first.text);
  if (
    demonym &&
    subj[1] - subj[0] >= 2 &&
    subj[1] - subj[0] <= 3 &&
    t[subj[1] - 1]!.pos === "NOUN" &&
    /s$/.test(t[subj[1] - 1]!.lower)
  ) {
    const noun = text(s, [subj[0] + 1, subj[1]]);
    const prompt = finishQuestion(
      `${lead}${lead ? noun : upperFirst(noun)} from which country ${verbText} ${restText}`,
    );
    out.push({
      key: `origin:${s.index}:${demonym.name}`,
      sentence: s,
      prompt,
      answer: demonym.name,
      accept: [demonym.demonym],
      kind: "country",
      highlight: text(s, subj),
      explanation: explain(c),
      statement: null,
      alsoTrue: [],
      confidence: confidenceOf(prompt, c, info) - 0.05 - penalty,
    });
  }
  // How many: a count at the start of the subject ("30,000 people died")
  // ("About 32 million Kenyans had enrolled": a hedge in front of the figure stays out of the
  // answer)
  const subjQty = info.quantities.find(
    (q) =>
      q.start >= subj[0] &&
      t.slice(subj[0], q.start).every((x) => HEDGES.has(x.lower)) &&
      q.kind === "count" &&
      q.value !== 1 &&
      q.unit &&
      q.nounEnd !== undefined &&
      // ("6,000 teachers in the district went on strike": a phrase on where or which may follow)
      (q.nounEnd === subj[1] || (t[q.nounEnd]?.pos === "ADP" && subj[1] - q.nounEnd <= 10)) &&
      !NOT_COUNTED.test(q.unit),
  );
  // "Two of Gov. Mark Gordon's 14 vetoes were overridden" → "How many of Gov. Mark Gordon's 14
  // vetoes were overridden...?"
  const partQty = info.quantities.find(
    (q) =>
      q.start === subj[0] &&
      q.kind === "count" &&
      q.value > 1 &&
      t[q.end]?.lower === "of" &&
      /^(the|his|her|its|their)$|['’]s$|^\p{Lu}/u.test(t[q.end + 1]?.text ?? ""),
  );
  if (partQty && !subjQty) {
    const prompt = finishQuestion(
      `${lead}${lead ? "how" : "How"} many ${text(s, [partQty.end, subj[1]])} ` +
        `${verbText} ${restText}`,
    );
    out.push({
      ...numberFact(s, partQty, prompt, explain(c), null, confidenceOf(prompt, c, info) - penalty),
      answer: upperFirst(partQty.core),
    });
  }
  if (subjQty) {
    // "About 6,000 teachers" → "About how many teachers"; a bound ("more than") is no question
    const hedge = t.slice(subj[0], subjQty.start).map((x) => x.lower);
    const about =
      hedge.length === 1 && /^(about|around|nearly|almost|some|roughly)$/.test(hedge[0]!);
    // "an additional 26 deaths were reported" → "How many more deaths were reported?"
    const more = /^(an additional|another)$/.test(hedge.join(" "));
    // "At least 34 people were killed" → "At least how many people were killed?", typed
    // ("More than 10,000 residents wrote in" → "More than how many residents wrote in?", typed: a
    // smaller option would be true too)
    const over = /^(more than|over)$/.test(hedge.join(" "));
    const least = hedge.join(" ") === "at least" || over;
    const bound = hedge.length > 0 && !about && !more && !least;
    const counted = text(s, [subjQty.end, subjQty.nounEnd!]) || subjQty.unit;
    const tail = text(s, [subjQty.nounEnd!, subj[1]]);
    const how = about ? "about how" : over ? "more than how" : least ? "at least how" : "how";
    const wh = `${how} many${more ? " more" : ""}`;
    // "were killed and hundreds more injured after...": the second toll is another question
    // "At least 14 people were killed and more than 400 injured when a quake struck...": the second
    // toll ends the predicate early; the event after it belongs to the question
    const after = text(s, [c.rest[0], t.length]).match(
      new RegExp(
        String.raw`^and (?:(?:more than|at least|about|some|nearly) )?[\d,]+(?: more| others?)? ` +
          String.raw`(?:people )?(?:were )?(?:injured|hurt|wounded|missing) ` +
          String.raw`((?:when|after|as) [^,;]+?)\.?$`,
      ),
    )?.[1];
    const rest = (after ?? restText).replace(
      new RegExp(
        String.raw`^(\S+ )?and (?:(?:more than|at least|about|some) )?` +
          String.raw`(?:[\d,]+|hundreds|dozens|thousands)(?: more| others?)? ` +
          String.raw`(?:people )?(?:were )?(?:injured|hurt|wounded|missing)\b\s*`,
      ),
      "$1",
    );
    const prompt = finishQuestion(
      `${lead}${lead ? wh : upperFirst(wh)} ${counted} ${tail} ${verbText} ${rest}`,
    );
    // ("At least how many people were killed?": killed in what? the event must be in the question)
    if (!bound && !(least && prompt.split(" ").length < 9))
      out.push({
        ...numberFact(
          s,
          subjQty,
          prompt,
          explain(c),
          // (a bound raised stays true: no true/false of it)
          least ? null : statementFor(c, subjQty.start, subjQty.core),
          confidenceOf(prompt, c, info) - penalty,
        ),
        ...(least ? { typedOnly: true } : {}),
      });
  }
  // Places, times and counts inside the predicate; after "said" they belong to what was said,
  // which the complement clause asks about itself.
  if (speech && !via) return null;
  objectFigures(info, c, lead, penalty, out);
  const [r0, r1] = c.rest;
  for (const m of info.mentions) {
    if (m.start < r0 || m.end > r1 || detached(s, r0, m.start) || m.start - r0 > 14) continue;
    const prep = t[m.start - 1];
    if (!prep || !PLACE_PREPS.has(prep.lower) || m.start - 1 < r0) continue;
    // "forecasts of sales growth of 2.5% in Spain": the place belongs to the noun phrase, not the
    // verb
    if (
      t.slice(r0, m.start - 1).some((x) => x.lower === "of") ||
      /^(%|NUM)$/.test(t[m.start - 2]?.text === "%" ? "%" : (t[m.start - 2]?.pos ?? ""))
    )
      continue;
    if (!["city", "place", "country"].includes(m.kind)) continue;
    // "in Nagorno-Karabakh's capital" is not the place itself
    if (
      t[m.end]?.pos === "PART" ||
      t[m.end]?.pos === "NOUN" ||
      /^[-'’]$/.test(t[m.end]?.text ?? "")
    )
      continue;
    // "elections held in X"
    if (t[m.start - 2]?.pos === "VERB" && m.start - 2 !== c.verb[1] - 1) continue;
    // "in Taylor, Texas": the state or country after the place goes with it
    let cutEnd = m.end;
    if (
      t[m.end]?.text === "," &&
      t[m.end + 1] &&
      /^\p{Lu}/u.test(t[m.end + 1]!.text) &&
      t[m.end + 1]!.pos === "PROPN" &&
      (m.end + 2 >= c.rest[1] || t[m.end + 2]?.text === ",")
    )
      cutEnd = m.end + 2;
    // "in Uganda and Tanzania": one place of two cannot be the answer
    if (listGoesOn(t, cutEnd)) continue;
    const prompt = invert(c, "Where", [m.start - 1, cutEnd]);
    // "Where will the G8 meet at Gleneagles?": the place the sentence names at the other end makes
    // "where" odd
    if (!prompt || /\b(at|in) (the )?\p{Lu}/u.test(prompt.slice(6))) continue;
    const name = entityName(entities, m);
    out.push({
      key: `where:${s.index}:${name}`,
      sentence: s,
      prompt,
      answer: name,
      accept: [],
      kind: m.kind as AnswerKind,
      highlight: text(s, [m.start - 1, cutEnd]),
      explanation: explain(c),
      statement: statementFor(c, m.start, m.text),
      alsoTrue: cutEnd > m.end ? [text(s, [m.end + 1, cutEnd])] : [],
      confidence: confidenceOf(prompt, c, info) - penalty,
    });
  }
  for (const q of info.quantities) {
    if (q.start < r0 || q.end > r1 || detached(s, r0, q.start) || q.start - r0 > 14) continue;
    const prep = t[q.start - 1];
    if (
      (q.kind === "weekday" || q.kind === "year" || q.kind === "decade" || q.kind === "date") &&
      prep &&
      TIME_PREPS.has(prep.lower) &&
      q.start - 1 >= r0
    ) {
      // one day or year of two cannot be the answer; "until Saturday" asks "Until which day"
      if (
        (/^(and|or)$/.test(t[q.end]?.lower ?? "") &&
          info.quantities.some((x) => x.start === q.end + 1 && x.kind === q.kind)) ||
        (t[q.end]?.text === "," &&
          info.quantities.some((x) => x.start === q.end + 1 && x.kind === q.kind))
      )
        continue;
      // "by Monday's earthquake": the day belongs to the noun after it
      if (t[q.end]?.pos === "PART" || /^['’]s$/.test(t[q.end]?.text ?? "")) continue;
      const unit =
        q.kind === "weekday"
          ? "day"
          : q.kind === "year"
            ? "year"
            : q.kind === "decade"
              ? "decade"
              : null;
      const leading: Record<string, string> = { since: "Since", by: "By", until: "Until" };
      const wh = unit
        ? `${leading[prep.lower] ?? (unit === "day" ? "On" : "In")} which ${unit}`
        : "When";
      // "early on Friday": the adverb goes with the day
      const cutFrom =
        /^(early|late)$/.test(t[q.start - 2]?.lower ?? "") && q.start - 2 >= r0
          ? q.start - 2
          : q.start - 1;
      // "elections held on Tuesday"
      if (t[cutFrom - 1]?.pos === "VERB" && cutFrom - 1 !== c.verb[1] - 1) continue;
      const prompt = invert(c, wh, [cutFrom, q.end]);
      if (!prompt) continue;
      const answer =
        q.kind === "weekday" ? q.core : q.kind === "decade" ? q.text.replace(/^the /, "") : q.core;
      out.push({
        key: `when:${s.index}:${answer}`,
        sentence: s,
        prompt,
        answer,
        accept: [],
        kind: q.kind,
        highlight: text(s, [q.start - 1, q.end]),
        explanation: explain(c),
        statement: statementFor(c, q.start, q.core),
        alsoTrue: [],
        value: q.value,
        confidence:
          confidenceOf(prompt, c, info) -
          (q.kind === "weekday" && q.end - q.start > 1 ? 0.3 : 0) -
          penalty,
      });
    } else if (
      q.kind === "ordinal" &&
      prep?.lower === "the" &&
      t[q.start - 2]?.lower === "in" &&
      q.nounEnd &&
      q.start - 2 >= r0
    ) {
      const prompt = invert(c, `In which ${q.unit}`, [q.start - 2, q.nounEnd]);
      if (!prompt) continue;
      const f = numberFact(
        s,
        q,
        prompt,
        explain(c),
        statementFor(c, q.start, q.core),
        confidenceOf(prompt, c, info) - penalty,
      );
      out.push({ ...f, key: `ordinal:${s.index}:${q.core}`, kind: "ordinal", accept: [] });
    } else if (
      q.kind === "count" &&
      q.unit &&
      !q.compound &&
      q.nounEnd &&
      q.value !== 1 &&
      !NOT_COUNTED.test(q.unit) &&
      !(
        TIME_UNITS.test(q.unit) &&
        /^(after|before|later|earlier|ago|into|from|since)$/.test(t[q.nounEnd]?.lower ?? "")
      ) &&
      t.slice(r0, q.start).every((x) => HEDGES.has(x.lower)) &&
      // ("sentenced to two years": "to" alone is no hedge; "up to" is)
      (t[q.start - 1]?.lower !== "to" || t[q.start - 2]?.lower === "up")
    ) {
      // "26 treasures looted from the Kingdom of Dahomey": the rest of the noun phrase would be
      // left behind
      if (modifiedAfter(t, q.nounEnd)) continue;
      // "sold two more farms and a string of shops": one of two objects cannot be cut out
      if (/^(and|or)$/.test(t[q.nounEnd]?.lower ?? "")) continue;
      // "initiated four rounds of planned outages" → "How many rounds of planned outages did...":
      // the "of" phrase goes with its noun, not left behind the verb
      const ofEnd = ofPhraseEnd(t, q.nounEnd);
      const unit = ofEnd === null ? q.unit : `${q.unit} ${text(s, [q.nounEnd, ofEnd])}`;
      const prompt = invert(c, `How many ${unit}`, [r0, ofEnd ?? q.nounEnd]);
      if (!prompt) continue;
      out.push(
        numberFact(
          s,
          q,
          prompt,
          explain(c),
          statementFor(c, q.start, q.core),
          confidenceOf(prompt, c, info) - penalty,
        ),
      );
    }
  }
  return { clause: c, penalty };
}

/**
 * A figure the verb takes as its object, asked in the reader's words: "The fest screened 182 films
 * from 68 countries" → "How many films did the fest screen from 68 countries?"; "The union is
 * asking for a 9% raise" → "How large a raise is the union asking for?".
 */
function objectFigures(
  info: SentenceInfo,
  c: Clause,
  lead: string,
  penalty: number,
  out: Fact[],
): void {
  const s = info.sentence;
  const t = s.tokens;
  const [r0, r1] = c.rest;
  for (const q of info.quantities) {
    if (q.start < r0 || q.end > r1) continue;
    let wh: string | null = null;
    let cut: Span | null = null;
    // "sentenced to two years in prison" → "How many years in prison was X sentenced to?"
    let stranded: string | null = null;
    let bound = false;
    if (
      q.kind === "count" &&
      q.start === r0 + 1 &&
      /^(to|for)$/.test(t[r0]!.lower) &&
      q.unit &&
      q.nounEnd !== undefined &&
      TIME_UNITS.test(q.unit) &&
      /^\d|^(two|three|four|five|six|seven|eight|nine|ten)$/i.test(q.core)
    ) {
      let end = q.nounEnd;
      if (/^(in (prison|jail)|behind bars)$/.test(text(s, [end, end + 2]).toLowerCase())) end += 2;
      wh = `how many ${text(s, [q.end, end])}`;
      cut = [r0, end];
      stranded = t[r0]!.lower;
    } else if (
      q.kind === "count" &&
      (q.start === r0 ||
        hedged(t, r0, q.start) ||
        (boundBefore(t, r0, q.start) && endsClause(t, q.nounEnd ?? q.end, r1))) &&
      q.unit &&
      q.nounEnd !== undefined &&
      !q.compound &&
      q.value !== 1 &&
      /^\d/.test(q.core) &&
      !NOT_COUNTED.test(q.unit) &&
      t[q.nounEnd]?.lower !== "of" &&
      // ("three special event permits": the counted noun goes on)
      t[q.nounEnd]?.pos !== "NOUN" &&
      !modifiedAfter(t, q.nounEnd)
    ) {
      // "handle about 1,200 lorries" → "About how many lorries do ... handle?"; "have found more
      // than 5,500 planets" → "More than how many planets have ... found?", typed (a smaller
      // option would be true too)
      bound = boundBefore(t, r0, q.start);
      const how = q.start === r0 ? "how" : bound ? "more than how" : "about how";
      wh = `${how} many ${text(s, [q.end, q.nounEnd])}`;
      cut = [r0, q.nounEnd];
    } else if (
      (q.kind === "money" || q.kind === "percent") &&
      /^an?$/.test(t[q.start - 1]?.lower ?? "")
    ) {
      // "a $100 million deficit", "for a 9% raise": the article before the figure, a noun after it
      const det = q.start - 1;
      if (det !== r0 && !(det === r0 + 1 && t[r0]!.pos === "ADP")) continue;
      let h = q.end;
      while (t[h]?.pos === "ADJ" && h < q.end + 2) h++;
      // (the tagger reads "a 9% raise" as a verb: a base form right after a figure is a noun)
      const noun = t[h]?.pos === "NOUN" || (t[h]?.pos === "VERB" && t[h]!.lower === t[h]!.lemma);
      // ("a 20% year-on-year drop": a hyphen goes on with the word)
      if (!noun || t[h + 1]?.pos === "NOUN" || /^[-‐]$/.test(t[h + 1]?.text ?? "")) continue;
      const what = text(s, [q.end, h + 1]);
      wh = `how large ${/^[aeiou]/i.test(what) ? "an" : "a"} ${what}`;
      cut = [det, h + 1];
    }
    if (!wh || !cut) continue;
    if (out.some((f) => f.key === `count:${s.index}:${q.core}`)) continue;
    let asked = invert(c, lead ? wh : upperFirst(wh), cut);
    if (!asked) continue;
    if (stranded) {
      const verb = t[c.verb[1] - 1]!;
      const atText = asked.indexOf(` ${verb.text} `, wh.length);
      const at = atText >= 0 ? atText : asked.indexOf(` ${verb.lemma} `, wh.length);
      if (at < 0) continue;
      const after = at + (atText >= 0 ? verb.text : verb.lemma).length + 1;
      asked = `${asked.slice(0, after)} ${stranded}${asked.slice(after)}`.replace(/ \?$/, "?");
    }
    const kind: AnswerKind = q.kind === "count" ? "count" : q.kind;
    out.push({
      ...numberFact(s, q, asked, explain(c), bound ? null : statementFor(c, q.start, q.core), 0),
      ...(bound ? { typedOnly: true } : {}),
      key: `${kind}:${s.index}:${q.core}`,
      // ("11pc" is written "11%")
      answer: q.kind === "count" ? q.core : /pc$/i.test(q.text) ? `${q.core}%` : q.text,
      kind,
      confidence: confidenceOf(asked, c, info) - penalty,
    });
    return;
  }
}

export function numberFact(
  s: Sentence,
  q: Quantity,
  prompt: string,
  explanation: string,
  statement: Fact["statement"],
  confidence: number,
): Fact {
  return {
    key: `count:${s.index}:${q.core}`,
    sentence: s,
    prompt,
    answer: q.core,
    accept: q.core.includes(",") ? [q.core.replace(/,/g, "")] : [],
    kind: "count",
    highlight: q.text,
    explanation,
    statement,
    alsoTrue: [],
    value: q.value,
    ...(q.unit ? { unit: q.unit } : {}),
    confidence,
  };
}
