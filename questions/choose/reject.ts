/**
 * Why a drafted question may never be asked: the prompts, blanks and options that blind teachers
 * always dropped (a weekday alone, a blank inside a name, a clause welded on, a figure beside
 * itself in another unit, the answer printed in the prompt). `choose/score.ts` weighs the rest.
 */
import type { Draft } from "../ask/write.ts";
import { ADDRESS_OR_CLOCK, FIGURE_BOUND, HEAD_OF_STATE_ROLE, WEEKDAY } from "../data/cues.ts";
import { findCountry, MONTHS } from "../data/gazetteer.ts";
import { answerTexts, mentions } from "./answers.ts";

/**
 * Pronouns and phrases that point outside the prompt; a prompt that keeps one does not stand alone.
 */
const LEANING = new RegExp(
  String.raw`(^|[^“"\p{L}])(${[
    "he|she|him|they|them|it|also|too|such|here|last night|the visitors|the hosts|the home side",
    "despite this|the product|our correspondent|the latter|the former|this week|the move",
    // "The Miami-based center", "the London-based writer": a body or person named before
    String.raw`the \p{L}+-based \p{Ll}+`,
  ].join("|")})\b`,
  "iu",
);

/** Hedges that make a figure a bound: raising or lowering it may leave the statement true. */
const BOUND = new RegExp(
  String.raw`\b(${[
    "more than|at least|over|nearly|almost|about|around|up to|fewer than|less than",
    "under|some|roughly|approximately|as many as|as much as|no more than|upwards of",
  ].join("|")})\s+$`,
  "i",
);

/** The figures of a text: digits with their separators and decimals. */
const figuresOf = (text: string) =>
  text.match(/\d[\d,]*(\.\d+)?/g)?.map((n) => n.replace(/,/g, "")) ?? [];

/**
 * Why a false statement that changes a figure does not test it: the figure is a bound ("more than
 * 100" raised stays true), or the change is too small to be more than proofreading (76,500 →
 * 76,750).
 */
export function weakFigureSwap(q: Draft): string | null {
  if (q.type !== "truefalse" || q.answer !== "False") return null;
  const statement = q.prompt.replace(/^True or false: /, "");
  const said = figuresOf(q.evidence.text);
  const stated = figuresOf(statement);
  const added = stated.filter((n) => !said.includes(n));
  const removed = said.filter((n) => !stated.includes(n));
  if (added.length !== 1 || removed.length !== 1) return null;
  // "370,000 accepted against 230,600 last year, a rise of 6%": with three figures or more, one
  // changed clashes with the others and the statement refutes itself
  if (said.length >= 3) return "figures that depend on each other";
  // "32 feet (9.8 meters)" made "46 feet (9.8 meters)": the conversion in brackets refutes it
  if (/\([^)]*\d[^)]*\)/.test(statement)) return "a conversion left in";
  const [a, b] = [Number(added[0]), Number(removed[0])];
  const ratio = Math.max(a, b) / Math.max(1e-9, Math.min(a, b));
  if (ratio < 1.4) return "a change too small";
  // the sentence with its figures' thousands commas off, and the changed figure as a pattern
  const plain = q.evidence.text.replace(/(\d),(?=\d)/g, "$1");
  const n = removed[0]!.replace(".", "\\.");
  // "the 1,500m final" made "2,300m", "the 50-kilometer walk" made "75-kilometer": a figure
  // written onto its unit often names an event
  if (
    new RegExp(`\\b${n}(m|km|cm|kg|mm|-(meter|metre|kilometer|kilometre|mile|yard)s?)\\b`).test(
      plain,
    )
  )
    return "a named distance";
  // "10 to 12 years" made "15 to 12 years": a range changed at one end refutes itself
  if (new RegExp(`\\d\\s*(to|-|–|and)\\s*${n}\\b|\\b${n}\\s*(to|-|–)\\s*\\d`).test(plain))
    return "a range changed";
  const at = plain.search(new RegExp(`(^|[^\\d.])${n}(?![\\d])`));
  // "till 2 PM" made "3 PM": a clock time is trivia, and the day's timetable may allow both
  if (new RegExp(String.raw`\b${n}(:\d\d)?\s*${CLOCK_MARK}`, "iu").test(plain))
    return "a clock time";
  // ("more than $30,000": the currency sign stands between the bound and the figure)
  if (at >= 0 && BOUND.test(plain.slice(Math.max(0, at - 30), at + 1).replace(/[$£€]$/, "")))
    return "a bound changed";
  return null;
}

/** Phrases that cannot be read without the sentence before. */
const OUTSIDE_CONTEXT = new RegExp(
  String.raw`\b(${[
    "in both cases|in each case|the firm['’]s|the company['’]s|the group['’]s|despite this",
    "because of this|as a result of this|the latter|the former|our correspondent",
  ].join("|")})\b`,
  "i",
);

/** "that observation", "this decision": a noun that points back to the sentence before. */
const POINTING_BACK = new RegExp(
  String.raw`\b(this|that|these|those) (${[
    "observation|decision|move|plan|claim|issue|problem|idea|proposal",
    "remark|comment|statement|report|case|incident|matter|deal|step|change",
    "effort|approach|policy|scheme|project|news|figure|number|one|ones",
  ].join("|")})\b`,
  "i",
);

/**
 * A question ending on a word that needs more after it ("tally just?"): an inversion gone wrong.
 */
const BROKEN_END = new RegExp(
  String.raw`\b(${[
    "just|only|about|nearly|almost|around|roughly|approximately|over",
    "under|some|more|than|to (try|help|make|allow|ensure|get|be|keep|let)",
  ].join("|")})\?$`,
  "i",
);

/** "MANILA // Typhoon...": a statement that still carries the dateline. */
const DATELINE_START = new RegExp(
  "^(True or false: |Complete the sentence from the article: “)" +
    String.raw`\p{Lu}{3,}(,\s*[\p{L} ]+)?\s*(\/\/|[—–]|\s-\s)`,
  "u",
);

/**
 * "Who said ...?", "Who told ...?": asks for a speaker, which a reader rarely needs to remember.
 */
export const WHO_SAID = new RegExp(
  String.raw`^(according to the article, )?(who|which [\p{L}]+) (${[
    "said|says|told|added|warned|asked|stated|claimed|insisted|wrote|explained",
    "described|admitted|argued|called|praised|welcomed|criticised|criticized",
    // (and as the article tells it now: "Who describes a black hole as...?")
    "describes|admits|argues|calls|praises|welcomes|warns|claims|insists|explains|writes",
  ].join("|")})\b`,
  "iu",
);

/** "Who is the president of Russia?": a world leader's title any student knows. */
const WHO_IS_LEADER = new RegExp(
  "^Who (is|was) (the )?(former )?(president|prime minister|premier|chancellor|king|queen|pope" +
    String.raw`|supreme leader) of [^,?]+\?$`,
  "i",
);

/** Words that make a number a reference rather than a figure ("section 21", "article 5"). */
const REFERENCE_NUMBER = new RegExp(
  String.raw`\b(${[
    "section|article|clause|paragraph|chapter|rule|regulation|amendment",
    String.raw`no\.|number|route|flight|gate|room|platform|page`,
  ].join("|")})\s+(\d+|___)`,
  "i",
);

/** A prompt's text: a "Complete the sentence" prompt's sentence, another prompt whole. */
function unquotedBlank(prompt: string): string {
  return prompt.replace(/^Complete the sentence from the article: /, "");
}

/** The words of a prompt outside quotation marks. */
export function unquoted(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, " ");
}

/** Words of an office or a body that, glued before a name, make a job title read as part of it. */
const TITLE_WORDS = new RegExp(
  String.raw`\b(${[
    "Administration|Affairs|Minister|Ministry|Secretary|Director|Governor|Substitute|Captain",
    "Coach|Spokesman|Spokeswoman|Spokesperson|Commissioner|Chairman|Chairwoman|Chief|Officer",
    "Inspector|Sergeant|Detective|Senator|Mayor|Judge|Justice|General|Colonel|Professor",
  ].join("|")})\s+\p{Lu}\p{Ll}+\s+\p{Lu}`,
  "u",
);

/** "True or false: X is the president of Y.": a world leader's title any student knows. */
const LEADER_STATEMENT = new RegExp(
  "^True or false: .* is (the )?(president|prime minister|chancellor|king|queen)" +
    String.raw` of [^,]+\.$`,
  "i",
);

/** "Which organisation said it...": the pronoun after a verb of saying stands for the one asked. */
const SPEAKER_PRONOUN = new RegExp(
  String.raw`^((?:which [\p{L}-]+|who) (?:said|says|added|stated|announced)(?: that)? )` +
    String.raw`(it|they|he|she)\b`,
  "iu",
);

/** What follows the hour of a clock time: "7 p.m.", "10am", "3 o'clock". */
const CLOCK_MARK = String.raw`(a\.?m\.?|p\.?m\.?|o'clock)(?![\p{L}])`;

/** "more than ___": a blank right after a bound. */
const BOUND_BLANK = new RegExp(String.raw`\b(${FIGURE_BOUND}) ___`, "i");

/** "at ___ p.m.": a blank on the hour of a clock time. */
const BLANK_HOUR = new RegExp(String.raw`___\s*${CLOCK_MARK}`, "iu");

/** "For how many a.m. ...?": a clock time read as a count. */
const HOW_MANY_HOURS = new RegExp(String.raw`\bhow many ${CLOCK_MARK}`, "iu");

/** Words that report speech: the subject of "Who V...?" must not stand behind one of them. */
const REPORTING = /\b(said|says|told|according|added|reported|announced)\b/i;

/**
 * True when "Who/Which X <predicate>?" does not ask for what the sentence says: the answer is not
 * the subject standing before the predicate ("The river is expected to crest", Kertok said → "Who
 * is
 * expected to crest?"), or stands behind a verb of saying.
 */
export function wrongSubject(q: Draft): boolean {
  // "Which organisation announced...", "Which football club signed...": the verb is the first or
  // the second word after the sort's first word
  const m = /^(?:[^?]*?, )?(?:who|which [\p{L}-]+) ([\p{L}’'-]+)(?: ([\p{L}’'-]+))?/iu.exec(
    q.prompt,
  );
  if (!m || !q.evidence.highlight) return false;
  const ev = q.evidence.text;
  const at = ev.indexOf(q.evidence.highlight);
  if (at < 0) return true;
  // "The cause of the derailment is being investigated" → "Who is being investigated?": the subject
  // is no person named
  const named = answerTexts(q).some((a) => mentions(q.evidence.highlight!, [a]));
  if (!named && !/^(he|she)$/i.test(q.evidence.highlight)) return true;
  const after = ev.slice(at + q.evidence.highlight.length);
  const follows = (word: string | undefined) => {
    if (!word) return false;
    const verb = new RegExp(
      `(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\p{L}]|$)`,
      "u",
    ).exec(after);
    if (!verb) return false;
    const gap = after.slice(0, verb.index);
    return !REPORTING.test(gap) && gap.split(/\s+/).length <= 16;
  };
  return !follows(m[1]) && !(m[2] !== undefined && /^\p{Ll}/u.test(m[1]!) && follows(m[2]));
}

/**
 * Why a candidate may never be asked, or null: a weekday alone, a world leader's title, a section
 * number, a blank inside a name or beside its own letters.
 */
export function rejectReason(q: Draft, kind = ""): string | null {
  // (a question is judged in every pass of the pick and again among the alternates: once is enough)
  let byKind = judged.get(q);
  if (byKind === undefined) {
    byKind = new Map();
    judged.set(q, byKind);
  }
  let reason = byKind.get(kind);
  if (reason === undefined) {
    reason = reasonOf(q, kind);
    byKind.set(kind, reason);
  }
  return reason;
}

const judged = new WeakMap<Draft, Map<string, string | null>>();

function reasonOf(q: Draft, kind: string): string | null {
  const answer = typeof q.answer === "string" ? q.answer : "";
  if (q.type !== "truefalse" && WEEKDAY.test(answer.trim())) return "weekday";
  // "___ 1 said it had received...", "near ___ A": a blank on a name that goes on with a number or
  // a letter ("Pier 1", "Sagittarius A")
  if (
    /___ (\d|\p{Lu}\b)/u.test(q.prompt) &&
    /^\p{Lu}/u.test(answer) &&
    !MONTHS.includes(answer.split(" ")[0]!)
  )
    return "inside a name";
  // "the Minneapolis-St. ___ reopened", "Braunau am ___": the blank cuts a name after its "St." or
  // a particle inside it
  if (/(?:^|[\s“-])(?:St|Mt|Ft)\. ___/.test(q.prompt)) return "inside a name";
  if (/\p{Lu}\p{Ll}+ (?:am|an der|de|del|der|di|du|la|le|sur|upon|von|van) ___/u.test(q.prompt))
    return "inside a name";
  // "About how many miles did Europa ― locate away ― is...": a dash left inside a question turned
  // round from its sentence cuts it wrongly
  if (!q.prompt.includes("___") && q.type !== "truefalse" && /[―—–]| -- /.test(q.prompt))
    return "broken";
  // "How many cases in Kathmandu, 58 in Bhaktapur, and 79 in Lalitpur?": a welded list of figures
  if (!q.prompt.includes("___") && /, (?:and )?\d[\d,.]* (?:in|at|for) \p{Lu}/u.test(q.prompt))
    return "broken";
  if (sharedNameGivesAway(q)) return "answer given away";
  if (q.type !== "truefalse" && ADDRESS_OR_CLOCK.test(answer.trim())) return "street or clock";
  // "starts Thursday at ___ p.m.": a blank on the hour of a clock time
  if (BLANK_HOUR.test(q.prompt)) return "street or clock";
  // "were more 438 people injured and that rescue operations continued?": clauses welded
  if (/\bmore \d/.test(q.prompt) || (q.prompt.endsWith("?") && / and that /.test(q.prompt)))
    return "broken";
  // "closed at S___": a blank glued to the letters of its own word ("S$2.19")
  if (/\p{L}___|___\p{L}/u.test(q.prompt)) return "inside a word";
  if (twoOfOneUnit(q)) return "two figures of one unit";
  // "in ___ hours, 8 minutes and 51 seconds": one part of a time
  if (/___ hours?,? (?:\d+|and \d+) minutes?\b|\d+ hours?,? ___ minutes?\b/.test(q.prompt))
    return "part of a time";
  // "CBS shareholders will own 61 percent, while Viacom shareholders will own ___ percent": the
  // other share printed beside the blank makes 100 with it
  if (q.type !== "truefalse" && /___ ?(%|percent|per cent)/.test(q.prompt)) {
    const shares = [...q.prompt.matchAll(/(\d+(?:\.\d+)?) ?(?:%|percent|per cent)/g)];
    const value = Number.parseFloat(answer.replace(/,/g, ""));
    if (shares.some((m) => Math.abs(Number(m[1]) + value - 100) < 0.05)) return "answer given away";
  }
  // "202 km (___ miles)", "$3.3 million (around ___)": the same figure in another unit, printed
  // right before the blank
  if (CONVERSION.test(q.prompt)) return "conversion";
  // "estimated ___- $5,667,000": one end of a range cut out
  if (/___\s?[-–]\s?[$£€]?\d|\d\s?[-–]\s?___/.test(q.prompt)) return "range";
  // "a payroll of more than ___" with four sums to choose from: a smaller one is true too
  if (q.type === "choice" && BOUND_BLANK.test(q.prompt)) return "bound dropped";
  if (boundDropped(q)) return "bound dropped";
  // "the Belgian ambassador ... from ___", "Dutch ... in The Hague": the country's own adjective or
  // capital in the prompt gives it away
  const country = q.type !== "truefalse" ? findCountry(answer.replace(/^the /i, "")) : undefined;
  if (
    country &&
    new RegExp(`\\b(${country.demonym}|${country.capital})\\b`).test(unquotedBlank(q.prompt))
  )
    return "given by its adjective";
  // "In which year did 2011 with plans sign off?", "Where was X by Y on Monday?": a clause taken
  // apart wrongly
  if (
    /\b(did|does|do) \d/.test(q.prompt) ||
    /^(Where|When) (was|were|is|are) (\S+ ){1,4}by\b/.test(q.prompt) ||
    // "how many inches had and Evansville measured?", "For how many a.m....?"
    /\b(had|has|have|did|does|do|was|were|is|are) and\b/.test(q.prompt) ||
    HOW_MANY_HOURS.test(q.prompt) ||
    // "Who adjourned the House and the Speaker managed...?", "how many votes had Mnangagwa won,
    // Chamisa more than 1.9 million?": a second clause welded on
    (q.prompt.endsWith("?") &&
      (/\band (the |a |an )?(\p{Lu}\p{L}+ ){1,3}\p{Ll}+ed\b/u.test(q.prompt) ||
        /, (\p{Lu}\p{L}+ ){1,3}(more than |about |nearly )?[\d.,]+( million| billion)?\?$/u.test(
          q.prompt,
        ))) ||
    // "Who voted no and council member Clint Olivier was absent?", "What net loss did the firm post
    // for 2015, partly?": a second clause or a lone word welded on
    (/^(Who|Which|What)\b/.test(q.prompt) &&
      (/ and (?:[\p{L}.'’-]+ ){1,5}(?:was|were|is|are|has|have|had) [\p{L}-]+\?$/u.test(q.prompt) ||
        /, \p{Ll}+ly\?$/u.test(q.prompt))) ||
    // "How many special event did the council approve permits?": the counted noun was cut short
    countedCutShort(q.prompt)
  )
    return "broken";
  if (
    WHO_IS_LEADER.test(q.prompt) ||
    (q.type !== "truefalse" && HEAD_OF_STATE_ROLE.test(answer.trim()))
  )
    return "world leader";
  if (LEADER_STATEMENT.test(q.prompt)) return "world leader";
  if (
    REFERENCE_NUMBER.test(q.prompt) ||
    (/\d/.test(answer) &&
      REFERENCE_NUMBER.test(q.evidence.text) &&
      q.evidence.text.match(REFERENCE_NUMBER)?.[2] === answer)
  )
    return "reference number";
  if (BROKEN_END.test(q.prompt)) return "cut short";
  // "In both cases, where did their shares...?", "the firm's revenue": context from another
  // sentence
  if (
    q.type !== "match" &&
    q.type !== "order" &&
    !q.prompt.startsWith("Complete the sentence") &&
    (OUTSIDE_CONTEXT.test(unquoted(q.prompt)) || POINTING_BACK.test(unquoted(q.prompt)))
  )
    return "leans on another sentence";
  // "Who expects many more such discoveries?", "the visitors", "here": a question that does not
  // stand alone
  // (match and order prompts are the engine's own fixed wording)
  const own =
    q.type === "match" || q.type === "order" || q.prompt.startsWith("Complete the sentence");
  // ("Which organisation says they plan...?": the pronoun stands for the one asked about)
  // ("what percentage of physicians say they could be sued": "they" are the physicians)
  const bound = unquoted(q.prompt)
    .replace(SPEAKER_PRONOUN, "$1")
    .replace(
      /\b(\p{Ll}+s (?:say|said|believe|believed|think|thought|feel|felt)(?: that)?) they\b/gu,
      "$1",
    );
  if (!own && LEANING.test(bound)) return "not self-contained";
  // "How much does the winner receive, or about $80,000?": an aside left in the question
  if (/, or (about|around|some|nearly) /.test(q.prompt) && q.prompt.endsWith("?")) return "broken";
  const swap = weakFigureSwap(q);
  if (swap) return swap;
  // "...erupted on Thursday" for "...on Wednesday": a false statement that changes only the day is
  // trivia
  const day = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(q.prompt);
  if (q.type === "truefalse" && q.answer === "False" && day && !q.evidence.text.includes(day[1]!))
    return "weekday";
  if (DATELINE_START.test(q.prompt)) return "dateline";
  if (q.type !== "truefalse" && [answer, ...(q.options ?? [])].some((o) => TITLE_WORDS.test(o)))
    return "job title in a name";
  if (kind === "subject" && wrongSubject(q)) return "wrong subject";
  const blank = q.prompt.indexOf("___");
  // "the ___–2024 academic year": half of a range
  if (
    (blank >= 0 && /^[–—-]\d|^\/\d/.test(q.prompt.slice(blank + 3))) ||
    /\d[–—-]$/.test(q.prompt.slice(0, blank))
  )
    return "half a range";
  if (blank >= 0 && answer) {
    const before = q.prompt.slice(0, blank).match(/([\p{L}’'-]+)\s*$/u)?.[1] ?? "";
    const after = q.prompt.slice(blank + 3).match(/^\s*([\p{L}’'-]+)/u)?.[1] ?? "";
    const capital = /^\p{Lu}/u.test(answer);
    // (a weekday or a month beside a name is no part of it: "from South Station Thursday evening")
    const nameWord = (w: string) =>
      /^\p{Lu}/u.test(w) &&
      !/^(The|A|An|In|On|At|By|For|From|With|And|Of|To)$/.test(w) &&
      !WEEKDAY.test(w) &&
      !MONTHS.includes(w);
    // "Port ___ harbour", "___ Rail": half a name
    if (
      capital &&
      (nameWord(before) || nameWord(after)) &&
      !/“$/.test(q.prompt.slice(0, blank).trim())
    )
      return "inside a name";
    // "the railway ___ Rail": the word beside the blank spells the answer
    const stems = answer.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
    for (const w of [before, after].map((x) => x.toLowerCase())) {
      if (w.length >= 4 && stems.some((s) => s.slice(0, 4) === w.slice(0, 4)))
        return "beside its letters";
    }
  }
  return null;
}

/**
 * "How many kilometers was the epicenter ... at a depth of 10 kilometers?": the question prints
 * another figure of the unit it asks for, so a reader cannot tell which one is meant.
 */
function twoOfOneUnit(q: Draft): boolean {
  const unit = /^(?:[^?]*?, )?(?:about )?how (?:many|much) ([\p{L}-]+)/iu.exec(q.prompt)?.[1];
  // "In which year has ... been in the pipeline since 2011?"
  if (/\b(in|since|by|until) which year\b/i.test(q.prompt) && /\b(1[89]|20)\d\d\b/.test(q.prompt))
    return true;
  if (!unit || unit.length < 3) return false;
  const stem = unit.toLowerCase().replace(/s$/, "");
  return new RegExp(`\\d\\s*${stem}`, "i").test(q.prompt);
}

/** A name of up to four words: "Amtrak", "the House", "Jessica Chastain". */
export const NAME = /^(the )?(\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u;

/**
 * "How many communities did the orders affect?" for "affected more than 20 communities": the
 * question drops the bound the article puts on its figure, so a larger option is right as well.
 */
function boundDropped(q: Draft): boolean {
  const answer = typeof q.answer === "string" ? q.answer : "";
  if (
    !(/\d/.test(answer) || NUMBER_WORD.test(answer)) ||
    q.type === "truefalse" ||
    q.prompt.startsWith("Complete the sentence")
  )
    return false;
  const ev = q.evidence.text.replace(/(\d),(?=\d)/g, "$1");
  const at = ev.indexOf(answer.replace(/(\d),(?=\d)/g, "$1"));
  if (at < 0) return false;
  // (the words just before the figure: the bound is one or two of them)
  const bound = BOUND.exec(ev.slice(Math.max(0, at - 30), at))?.[1];
  return (
    bound !== undefined &&
    !/^(about|around|some|roughly|approximately)$/i.test(bound) &&
    !q.prompt.toLowerCase().includes(bound.toLowerCase())
  );
}

/** A blank in brackets right after a figure, or a figure in brackets around the blank. */
const CONVERSION = new RegExp(
  String.raw`\d\s*\p{L}*\.?\s*\((?:(?:around|about|some|roughly|nearly|approximately) )?___` +
    String.raw`|\(___\s*\p{L}*\)`,
  "u",
);

/** The last word before the verb in "How many special event did...?". */
const HOW_MANY_NOUN = new RegExp(
  String.raw`^(?:About |More than )?how many ` +
    // (up to two describing words, no preposition: "years in prison was" is whole)
    String.raw`(?:(?!(?:in|of|for|to|at|on|from|with|by) )[\p{L}-]+ ){0,2}?([\p{L}-]+) ` +
    String.raw`(?:did|do|does|were|was|are|is|have|has|had|will|would|can|could)\b`,
  "iu",
);

/** Plurals without an "s": "How many people were...". */
const PLURAL_FORMS =
  /^(people|children|men|women|staff|police|cattle|fish|sheep|personnel|crew|data)$/i;

/** "How many special event did...?": the counted noun has lost its plural head. */
function countedCutShort(prompt: string): boolean {
  const counted = HOW_MANY_NOUN.exec(prompt)?.[1];
  return counted !== undefined && !/s$/.test(counted) && !PLURAL_FORMS.test(counted);
}

/** Capitalised words that name no one in particular: "the City Council", "Department". */
const GENERIC_NAME_WORD = new RegExp(
  "^(The|City|County|State|National|Council|Department|Police|Court|Board|Party|University" +
    "|Group|Company|Inc|Ltd|Co|Corp|New|United|North|South|East|West)$",
);

/**
 * "Which council voted to ratify ... to head the Dixon Police Department?" with "the Dixon City
 * Council" among three police departments: the one option that shares a name with the prompt, or
 * typed, a body whose name the prompt prints.
 */
function sharedNameGivesAway(q: Draft): boolean {
  if (typeof q.answer !== "string") return false;
  const words = (text: string) =>
    new Set((text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !GENERIC_NAME_WORD.test(w)));
  const inPrompt = words(q.prompt.replace(/^\p{Lu}\p{Ll}*/u, ""));
  // (typed, "the Dixon City Council" after "the Dixon Police Department": the name is printed)
  const own = [...words(q.answer)];
  if (q.type === "fill" && /^(Which|What)\b/.test(q.prompt) && own.length > 0)
    return own.every((w) => inPrompt.has(w));
  if (q.type !== "choice" || !q.options || q.options.length < 3) return false;
  const sharing = q.options.filter((o) => [...words(o)].some((w) => inPrompt.has(w)));
  return sharing.length === 1 && sharing[0] === q.answer;
}

/** A number word that may answer a question: "six", "twenty", "a dozen". */
export const NUMBER_WORD = new RegExp(
  String.raw`^(about |around |nearly |more than |at least )?(${[
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
    "(thir|four|fif|six|seven|eigh|nine)teen|(twen|thir|for|fif|six|seven|eigh|nine)ty",
    "dozens?|hundreds?|thousands?",
  ].join("|")})\b`,
  "i",
);
