import {
  findCity,
  findCountry,
  findDemonym,
  GIVEN_NAMES,
  isAgentNoun,
  KNOWN_ORGANISATIONS,
  NAME_TITLES,
  NON_PERSON_WORDS,
  ORG_HEADS,
  ORG_NOUNS,
  PARTY_LABELS,
  PARTY_NAMES,
  PLACE_DESCRIPTIONS,
  PROPER_ADJECTIVES,
  ROLE_HEADS,
  SPEECH_VERBS,
} from "../data/gazetteer.ts";
import {
  capitalRun,
  FAMILY_NAME_FIRST,
  isCap,
  isSentenceStart,
  PARTICLES,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  type Run,
  spanText,
  splitRun,
} from "./name-runs.ts";
import type { Sentence, Token } from "./nlp.ts";

export { spanText };

export type EntityKind = "person" | "country" | "city" | "place" | "org" | "nationality";

/** One occurrence of a named thing in a sentence: tokens [start, end). */
export type Mention = {
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** Key of the entity this mention belongs to. */
  entity: string;
  /** A title written just before the name ("President", "Dr"), verbatim. */
  title?: string;
  /**
   * True when the sentence itself shows the kind (a title, a role, a speech verb), not only the
   * name's shape.
   */
  strong: boolean;
  /**
   * True when the sentence shows a one-word name is a person's ("said Lomas", "Lomas, who..."):
   * too little to make a person of an unknown word, enough to prove the full name it stands for.
   * "said" when a speech verb is all the evidence: a one-word name that only speaks and stands
   * for no person of the article is a body ("Deloitte believes...").
   */
  evidence?: "said" | "person" | "acts";
  /** True when the sentence shows the name is a work's title ("the musical Sally Swift"). */
  work?: boolean;
  /**
   * True when the name only opens a title's possessive ("Bridget Jones's Diary"): a work only if
   * never seen alone.
   */
  ownsTitle?: boolean;
  /** What sort of organisation, when the article says ("airline", "agency"). */
  category?: string;
  /** True when "the" stands before the name ("the Red Cross"). */
  afterThe?: boolean;
  /** A possessor written before the name ("Peru's" in "Peru's National Water Authority"). */
  possessor?: string;
};

/** A named thing of the article, with every mention of it. */
export type Entity = {
  key: string;
  /** The fullest form the article uses ("Ilham Aliyev" for "Aliyev"). */
  name: string;
  kind: EntityKind;
  category?: string;
  mentions: Mention[];
  /** For an organisation: "the" goes before its name ("the Red Cross", not "Seoul Metro"). */
  takesThe?: boolean;
  /** For an organisation the article only names with a possessor: "Peru's". */
  possessor?: string;
  /** For a person: the one word a reader may write instead of the full name (see `shortName`). */
  short?: string | undefined;
};

/**
 * How a name reads inside a sentence: "the Red Cross", "Seoul Metro", "Nigeria", and "Peru's
 * National Water Authority" for a body that, named without "the", would read like a heading.
 */
export const displayName = (e: Entity) =>
  e.takesThe
    ? `the ${e.name}`
    : e.possessor && ORG_HEADS.has(e.name.split(" ").pop()!)
      ? `${e.possessor} ${e.name}`
      : e.name;

/**
 * The kind of a name and whether the sentence itself says so (title, role, speech) or only its
 * shape does.
 */
type Classified = {
  kind: EntityKind;
  strong: boolean;
  category?: string | undefined;
  evidence?: "said" | "person" | "acts";
  work?: boolean;
  ownsTitle?: boolean;
};

/**
 * The head noun of an appositive after a name: ", Turkey's second-largest airline," → "airline".
 */
function appositiveHead(s: Sentence, from: number): string | null {
  const t = s.tokens;
  if (t[from]?.text !== ",") return null;
  // ", Oxford and the UN health agency" lists more names; an appositive opens with "the", "a" or
  // "Turkey's"
  const open = t[from + 1];
  const possessor = [2, 3, 4].some(
    (k) =>
      /^['’]s$/.test(t[from + k]?.text ?? "") &&
      t.slice(from + 1, from + k).every((x) => /^\p{Lu}/u.test(x.text)),
  );
  if (
    !open ||
    !(
      /^(the|a|an)$/i.test(open.text) ||
      possessor ||
      (open.pos !== "PROPN" && !/^\p{Lu}/u.test(open.text))
    )
  )
    return null;
  let j = from + 1;
  let head: string | null = null;
  while (j < t.length && j < from + 12 && !/^[,;.:()—]$/.test(t[j]!.text)) {
    if (t[j]!.pos === "ADP" && t[j]!.lower !== "’s") break;
    // "the UN weather organisation that runs...": the relative clause is not the head's
    if (/^(that|which|who|whose)$/.test(t[j]!.lower) || t[j]!.pos === "AUX") break;
    if (t[j]!.pos === "NOUN") head = t[j]!.lower;
    j++;
  }
  return head;
}

/**
 * "the largest tropical mountain range covered by...": the noun a description ends on ("range").
 */
function descriptionHead(s: Sentence, from: number): string | null {
  const t = s.tokens;
  let head: string | null = null;
  for (let j = from; j < t.length; j++) {
    const x = t[j]!;
    if (x.pos === "NOUN") head = x.lower;
    else if (!["ADJ", "NUM", "PROPN", "DET", "PART"].includes(x.pos) && !/^[-‐'’]$/.test(x.text))
      break;
  }
  return head;
}

function classify(s: Sentence, run: Run, text: string): Classified | null {
  const t = s.tokens;
  if (findCountry(text)) return { kind: "country", strong: true };
  if (findDemonym(text) || (/s$/.test(text) && findDemonym(text.slice(0, -1))))
    return { kind: "nationality", strong: true };
  // "Harbour City have fined...", "Avon Rovers are...": one name with a plural verb is a team
  if (fieldsTeam(s, run, text)) return { kind: "org", strong: true, category: "club" };
  if (findCity(text)) return { kind: "city", strong: true };
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1]!.replace(/[.,]$/, "");
  if (KNOWN_ORGANISATIONS.has(text)) return { kind: "org", strong: true };
  // "South Station", "Back Bay", "Lake Kivu": a name on a place's head word is a place
  if (words.length >= 2 && (SITE_HEADS.test(lastWord) || /^(Lake|Mount|Port)$/.test(words[0]!)))
    return { kind: "place", strong: true };
  // "Labour", "the Tories" name a party; "Tory", "Lib Dem" only describe someone as of one
  if (PARTY_LABELS.has(text))
    return PARTY_NAMES[text] ? { kind: "org", strong: true, category: "party" } : null;
  // "Bank of England", "University of Chile": a body's head word first only with "of" or "for"
  // after it
  if (
    ORG_HEADS.has(lastWord) ||
    (words.length > 1 && ORG_HEADS.has(words[0]!) && /^(of|for)$/.test(words[1]!))
  ) {
    if (words.every((w) => ORG_HEADS.has(w))) return null;
    const head = ORG_HEADS.has(lastWord) ? lastWord : words[0]!;
    const described = appositiveHead(s, run.end);
    const category =
      ORG_CATEGORY[head] ??
      (ORG_NOUNS.has(head.toLowerCase())
        ? head.toLowerCase()
        : described && ORG_NOUNS.has(described)
          ? described
          : undefined);
    return { kind: "org", strong: true, ...(category ? { category } : {}) };
  }
  // "OS/2", "AC/DC": a name written on into a slash is a code or a title, not a body on its own
  if (t[run.end]?.text === "/" && t[run.end]!.start === t[run.end - 1]!.end) return null;
  // "CSOs", "MPs", "NGOs": a plural of letters is a group of people or bodies, never one
  // organisation
  if (/^[A-Z]{2,6}s$/.test(text)) return null;
  if (/^[A-Z]{2,6}$/.test(text)) return { kind: "org", strong: true };
  // "the musical Sally Swift", "album The Long Road": a work's title, whatever its shape
  const workBefore = t[run.start - 1];
  if (
    (workBefore && WORK_NOUNS.has(workBefore.lower) && /^\p{Ll}/u.test(workBefore.text)) ||
    describedAsWork(s, run.end)
  )
    return { kind: "place", strong: false, work: true };
  // "his role in Closer": what a role is played in is a work; "Bridget Jones's Diary and Iris": a
  // name whose possessive opens a capitalised title is part of that title (a name the article also
  // uses on its own stays a name: see linkEntities)
  if (workBefore?.lower === "in" && WORK_CUES.has(t[run.start - 2]?.lower ?? ""))
    return { kind: "place", strong: false, work: true };
  if (
    /^['’]s$/.test(t[run.end]?.text ?? "") &&
    /^\p{Lu}\p{Ll}+$/u.test(t[run.end + 1]?.text ?? "") &&
    !/^\p{Lu}/u.test(t[run.end + 2]?.text ?? "") &&
    !ORG_HEADS.has(t[run.end + 1]!.text) &&
    !findCountry(t[run.end + 1]!.text) &&
    !findCity(t[run.end + 1]!.text)
  ) {
    return { kind: "place", strong: false, work: true, ownsTitle: true };
  }
  // "Peter Lomas", "Anna Hale, producer of...": a common given name first says person
  const firstWords = text.split(/\s+/);
  if (
    !run.title &&
    firstWords.length >= 2 &&
    firstWords.length <= 3 &&
    GIVEN_NAMES.has(firstWords[0]!) &&
    !ORG_HEADS.has(firstWords[firstWords.length - 1]!) &&
    !NON_PERSON_WORDS.has(firstWords[firstWords.length - 1]!) &&
    firstWords.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))
  )
    return { kind: "person", strong: true };
  const head = appositiveHead(s, run.end);
  if (head && (ORG_NOUNS.has(head) || /maker$/.test(head)))
    return { kind: "org", strong: true, category: head };
  // "IT firm Dimension Data", "software giant Microsoft": a body named right after the noun for its
  // sort
  const sortNoun = t[run.start - 1];
  // (the tagger reads "IT firm" as "it firms": the word is the noun all the same)
  if (
    !run.title &&
    sortNoun &&
    (sortNoun.pos === "NOUN" || sortNoun.pos === "VERB") &&
    /^\p{Ll}+$/u.test(sortNoun.text) &&
    ORG_NOUNS.has(sortNoun.lower) &&
    !/^(government|team|party)$/.test(sortNoun.lower)
  ) {
    return { kind: "org", strong: true, category: sortNoun.lower };
  }
  // "Harbour City chairman Tom Aldridge", "the new Harbour City manager": a name in front of a role
  // is the body the role serves
  // ("Former foreign secretary Alan Birch": a title word at the start of a sentence serves nobody)
  // (nor does "Sixth-form teacher X", a capital only because the sentence starts there)
  const initialOnly = isSentenceStart(s, run.start) && !namedInArticle.has(words[0]!);
  const served =
    !run.title && words.length <= 4 && !initialOnly && !words.every((w) => NAME_TITLES.has(w))
      ? roleAfter(s, run.start, run.end)
      : null;
  if (served)
    return { kind: "org", strong: true, ...(SPORT_ROLES.has(served) ? { category: "club" } : {}) };
  if (run.title && !words.some((w) => NON_PERSON_WORDS.has(w)))
    return { kind: "person", strong: true };
  const before = t[run.start - 1];
  const before2 = t[run.start - 2];
  const after = t[run.end];
  if (after && PLACE_NOUNS.has(after.lower)) return { kind: "place", strong: true };
  // "the Meridian consortium", "the Labour party": a name before the noun for a body's sort
  // ("Film giant Disney", "Software firm X": a capital only because the sentence starts there names
  // nothing)
  if (
    after &&
    after.pos === "NOUN" &&
    /^\p{Ll}+$/u.test(after.text) &&
    ORG_NOUNS.has(after.lower) &&
    !/^(government|team)$/.test(after.lower) &&
    words.length <= 3 &&
    !/^(a|an)$/i.test(before?.text ?? "") &&
    !(initialOnly && words.length === 1 && /^\p{Lu}/u.test(t[run.end + 1]?.text ?? ""))
  ) {
    return { kind: "org", strong: true, category: after.lower };
  }
  if (before?.lower === "of" && before2 && PLACE_NOUNS.has(before2.lower))
    return { kind: "place", strong: true };
  if (before?.lower === "to" && before2?.lower === "according" && !NON_PERSON_WORDS.has(lastWord))
    return { kind: "person", strong: words.length >= 2 };
  // "Dean West", "Mark Grand": a compass word ends many family names; "West Bank" starts with one
  // ("David Geffen Hall", "Lincoln Park": a person's full name before "Hall" names a building)
  const nonPersonEnd =
    NON_PERSON_WORDS.has(lastWord) &&
    !(SURNAME_WORDS.has(lastWord) && words.length === 2 && !NON_PERSON_WORDS.has(words[0]!)) &&
    !(SURNAME_WORDS.has(lastWord) && words.length === 1 && strongOneWord(s, run));
  // "Radio France Nord", "Radio Tokyo": a place's name inside a longer name makes it no person's
  const placeInside =
    words.length >= 2 &&
    words.slice(1).some((w) => findCountry(w) || findCity(w)) &&
    !GIVEN_NAMES.has(words[0]!);
  const nonPersonStart =
    placeInside ||
    (words.length >= 2 &&
      NON_PERSON_WORDS.has(words[0]!) &&
      !GIVEN_NAMES.has(words[0]!) &&
      !FAMILY_NAME_FIRST.has(words[0]!) &&
      !run.title);
  const personShape =
    words.length <= 4 &&
    words[0] !== "The" &&
    !findDemonym(words[0]!) &&
    !nonPersonEnd &&
    !nonPersonStart &&
    words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLES.has(w));
  if (before && PLACE_PREPOSITIONS.has(before.lower) && words.length === 1)
    return { kind: "place", strong: false };
  if (!personShape) return null;
  // "X said", "X also said"; not "..., at Banque Lyon Nord, told...", where the name ends an aside
  const nextWord = t[run.end]?.pos === "ADV" ? t[run.end + 1] : t[run.end];
  const speaks =
    nextWord !== undefined && SPEECH_VERBS.has(nextWord.lemma) && nextWord.pos === "VERB";
  // "said X", and "...,” explains X" after a quotation
  const afterQuote =
    /^[,"”]$/.test(before2?.text ?? "") &&
    s.quoted !== undefined &&
    (before2!.text !== "," || /^["”]$/.test(t[run.start - 3]?.text ?? ""));
  // ("told X", "asked X": X is who was spoken to)
  const saidBefore =
    before !== undefined &&
    SPEECH_VERBS.has(before.lemma) &&
    before.pos === "VERB" &&
    !/^(told|tells|asked|asks|urged|urges)$/.test(before.lower) &&
    (/^(said|says|added|adds|wrote)$/.test(before.lower) || afterQuote);
  // "X, the president of...", "X, 34, a nurse", "X, Nigeria's sports minister,"
  const possessor =
    after?.text === "," &&
    /^\p{Lu}/u.test(t[run.end + 1]?.text ?? "") &&
    /^['’]s$/.test(t[run.end + 2]?.text ?? "") &&
    t.slice(run.end + 3, run.end + 6).some((x) => ROLE_HEADS.has(x.lower));
  // "X, the largest tropical mountain range": a description says what X is; only a role makes X a
  // person
  const described = /^(the|a|an)$/i.test(t[run.end + 1]?.text ?? "")
    ? descriptionHead(s, run.end + 2)
    : null;
  if (after?.text === "," && described && PLACE_DESCRIPTIONS.has(described))
    return { kind: "place", strong: true };
  const describedAsPerson =
    described === null ||
    ROLE_HEADS.has(described) ||
    isAgentNoun(described) ||
    /^\d/.test(t[run.end + 2]?.text ?? "");
  // "Dean Rawley, guitarist and singer for...": a bare role noun after the comma
  const bareRole =
    after?.text === "," &&
    t[run.end + 1] !== undefined &&
    t[run.end + 1]!.pos === "NOUN" &&
    /^\p{Ll}/u.test(t[run.end + 1]!.text) &&
    (ROLE_HEADS.has(t[run.end + 1]!.lower) || isAgentNoun(t[run.end + 1]!.lower));
  const appositionRole =
    possessor ||
    bareRole ||
    (after?.text === "," &&
      ((/^(the|a|an)$/i.test(t[run.end + 1]?.text ?? "") && describedAsPerson) ||
        /^(who|whose)$/i.test(t[run.end + 1]?.text ?? "") ||
        /^\d{1,3}$/.test(t[run.end + 1]?.text ?? "")));
  const roleBefore =
    before !== undefined &&
    before.pos === "NOUN" &&
    /^\p{Ll}/u.test(before.text) &&
    (ROLE_HEADS.has(before.lower) ||
      ROLE_HEADS.has(before.lower.replace(/s$/, "")) ||
      /(ist|er|or|ian)s?$/.test(before.lower));
  const possessiveRole =
    before?.text === "," &&
    t.slice(Math.max(0, run.start - 8), run.start - 1).some((x) => /^['’]s$/.test(x.text)) &&
    ROLE_HEADS.has(t[run.start - 2]?.lower ?? "");
  const according = before?.lower === "to" && before2?.lower === "according";
  const strong =
    speaks || saidBefore || appositionRole || roleBefore || possessiveRole || according;
  // (a speech verb alone is also what a company does: "Deloitte believes", "said Microsoft")
  const onlySpoke =
    (speaks || saidBefore) && !appositionRole && !roleBefore && !possessiveRole && !according;
  // "Peter Lomas": a common given name first says person as well as a title would
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    GIVEN_NAMES.has(words[0]!) &&
    !ORG_HEADS.has(lastWord)
  )
    return { kind: "person", strong: true };
  if (words.length >= 2) return { kind: "person", strong };
  if (strong) return { kind: "person", strong: false, evidence: onlySpoke ? "said" : "person" };
  // "Google on Thursday fired off...", "Samsung last month unveiled...": one name that acts; a
  // body unless the article names a person by it (see linkEntities)
  // (at a sentence's start, only a word the tagger reads as a name: "Officials said" names nobody)
  const named = !isSentenceStart(s, run.start) || t[run.start]!.pos === "PROPN";
  return named && actsNext(t, run.end) ? { kind: "person", strong: false, evidence: "acts" } : null;
}

const TIME_WORD = new RegExp(
  `^(${[
    "on|last|this|next|earlier|monday|tuesday|wednesday|thursday|friday|saturday",
    "sunday|week|month|year|night|morning|afternoon|evening|yesterday|today",
  ].join("|")})$`,
);

/** True when a verb that is no speech verb follows, past adverbs and a time ("on Thursday"). */
function actsNext(t: Token[], from: number): boolean {
  let k = from;
  while (k < from + 4 && t[k] && (t[k]!.pos === "ADV" || TIME_WORD.test(t[k]!.lower))) k++;
  const v = t[k];
  return (
    v !== undefined &&
    (v.pos === "VERB" || (v.pos === "AUX" && t[k + 1]?.pos === "VERB")) &&
    !SPEECH_VERBS.has(v.lemma) &&
    !/ing$/.test(v.lower)
  );
}

/** Head words of the names of sites and natural places ("South Station", "Back Bay"). */
const SITE_HEADS = new RegExp(
  `^(${[
    "Station|Street|Road|Avenue|Square|Bridge|Airport|Park|Bay|River",
    "Lake|Islands?|Valley|Mountains?|Harbou?r|Beach|Coast|Canyon|Falls",
    "Heights|Hills?|Forest|Desert|Sea|Ocean|Peninsula|Strait|Gulf|Canal",
  ].join("|")})$`,
);

/** Words for works with titles: a name next to one is a title, not a person or a body. */
const WORK_NOUNS = new Set([
  "film",
  "movie",
  "musical",
  "play",
  "show",
  "book",
  "novel",
  "album",
  "single",
  "song",
  "series",
  "programme",
  "opera",
  "ballet",
  "game",
  "track",
  "sequel",
  "drama",
  "documentary",
  "comedy",
  "sitcom",
  "soap",
  "browser",
  "software",
  "hit",
  "ep",
  "record",
  "poem",
  "painting",
  "production",
  "revival",
  "adaptation",
  "franchise",
]);

/** Nouns for what is played or appeared in: "her role in X", "his part in X", "starring in X". */
const WORK_CUES = new Set([
  "role",
  "roles",
  "part",
  "parts",
  "starring",
  "starred",
  "appearance",
  "appearances",
  "performance",
  "performances",
  "cameo",
  "turn",
  "character",
]);

/**
 * "Blue Harbour is to be the next spy film", "Sally Swift, the musical,": a name described as a
 * work.
 */
function describedAsWork(s: Sentence, end: number): boolean {
  const t = s.tokens;
  // the noun a description ends on: "the next spy film", "author Anna Hale's first crime novel"
  const headOf = (j: number) => {
    let k = j;
    while (
      k < t.length &&
      k < j + 9 &&
      !WORK_NOUNS.has(t[k]!.lower) &&
      (["DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"].includes(t[k]!.pos) ||
        /^['’]s$/.test(t[k]!.text)) &&
      t[k]!.text !== ","
    )
      k++;
    return k > j && WORK_NOUNS.has(t[k]?.lower ?? "") ? k : -1;
  };
  let j = end;
  if (t[j]?.text === ",") {
    if (headOf(j + 1) !== -1) return true;
    // past an appositive about someone else, to the verb: "Blue Harbour, author X's novel, is to be
    // the next spy film"
    while (j + 1 < t.length && j < end + 14 && t[j + 1]!.text !== ",") j++;
    j += 2;
  }
  const from = j;
  while (
    j < t.length &&
    j < from + 4 &&
    (t[j]!.pos === "AUX" || t[j]!.pos === "PART" || t[j]!.lower === "to")
  )
    j++;
  if (j === from || !t.slice(from, j).some((x) => x.lemma === "be")) return false;
  return /^(the|a|an)$/i.test(t[j]?.text ?? "") && headOf(j) !== -1;
}

/**
 * "Harbour City have fined...", "Avon Rovers are...": a capitalised name that opens a clause with a
 * plural verb.
 */
function fieldsTeam(s: Sentence, run: Run, text: string): boolean {
  const t = s.tokens;
  const verb = t[run.end];
  if (
    !verb ||
    !/^(have|are|were)$/.test(verb.lower) ||
    run.title ||
    findDemonym(text) ||
    findDemonym(text.replace(/s$/, "")) ||
    PARTY_LABELS.has(text)
  )
    return false;
  if (PROPER_ADJECTIVES.has(text)) return false;
  if (findCountry(text) || GIVEN_NAMES.has(text.split(" ")[0]!)) return false;
  // "Critics were mostly kind": a plural noun that opens a sentence, unless the article names it
  // elsewhere
  if (
    isSentenceStart(s, run.start) &&
    run.end - run.start === 1 &&
    /s$/.test(text) &&
    !namedInArticle.has(text)
  )
    return false;
  const before = t[run.start - 1];
  // (bands take plural verbs too: "The Larks were followed by..."; a team's sentence is about
  // sport)
  if (!SPORT_WORDS.test(s.text)) return false;
  return (
    run.end - run.start <= 3 &&
    (before === undefined || /^(,|and|but|while|as|when|after|before|“|")$/i.test(before.text)) &&
    !text.includes(" and ")
  );
}

const SPORT_WORDS = new RegExp(
  String.raw`\b(${[
    "match|game|league|cup|season|won|beat|beaten|defeat|goals?|tries|try",
    "points|championship|title|side|squad|manager|coach|striker|midfielder",
    "defender|goalkeeper|captain|fined|signed|transfer|fixture|final|semi-final",
    "premiership|division|table|relegation|promotion|stadium|club|players?",
  ].join("|")})\b`,
  "i",
);

/** Roles that only a sports club has; the body in front of one ("Chelsea striker") is a club. */
const SPORT_ROLES = new Set([
  "manager",
  "coach",
  "striker",
  "goalkeeper",
  "keeper",
  "midfielder",
  "defender",
  "winger",
  "forward",
  "skipper",
  "full-back",
  "centre-back",
  "captain",
]);

/**
 * The role noun written right after a name, in lower case, when a person's name or the end of the
 * noun phrase follows: "chairman" in "Harbour City chairman Tom Aldridge", "chief executive" in
 * "Harbour
 * City chief executive Anna Hale", "manager" in "the new Harbour City manager."; null otherwise.
 */
function roleAfter(s: Sentence, start: number, from: number): string | null {
  const t = s.tokens;
  let j = from;
  let role: string | null = null;
  while (
    j < t.length &&
    j < from + 3 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(t[j]!.text) &&
    (t[j]!.pos === "NOUN" || t[j]!.pos === "ADJ")
  ) {
    const one = t[j]!.lower;
    const two = j > from ? `${t[j - 1]!.lower} ${one}` : "";
    if (ROLE_HEADS.has(two)) role = two;
    else if (ROLE_HEADS.has(one)) role = one;
    else if (role !== null || !ROLE_MODIFIERS.has(one)) break;
    j++;
  }
  if (role === null) return null;
  const next = t[j];
  // a person's name after the role, or the end of the phrase ("the new Harbour City manager.")
  if (next && isCap(next) && next.pos === "PROPN") return role;
  let d = start - 1;
  while (d > 0 && /^\p{Ll}+$/u.test(t[d]!.text) && t[d]!.lower !== "the" && start - d < 3) d--;
  if (t[d]?.lower === "the" && (!next || /^[.,;:]$/.test(next.text))) return role;
  return null;
}

/** Words that may stand in a role before its head: "chief executive", "assistant manager". */
const ROLE_MODIFIERS = new Set([
  "chief",
  "assistant",
  "deputy",
  "acting",
  "interim",
  "caretaker",
  "managing",
  "executive",
  "vice",
  "general",
  "head",
  "senior",
  "team",
  "club",
  "former",
  "new",
]);

/** Words that are family names as often as they are parts of place names. */
const SURNAME_WORDS = new Set([
  "West",
  "North",
  "South",
  "East",
  "Old",
  "Grand",
  "Great",
  "New",
  "Royal",
  "Lane",
  "Hall",
  "Street",
  "Park",
  "Bay",
  "Day",
  "Fair",
  "Way",
  "Tower",
  "Bridge",
  "Forest",
  "Mall",
  "Church",
  "Temple",
  "Marshall",
]);

/** "West, 26,", "said West": a one-word name the sentence shows to be a person's. */
function strongOneWord(s: Sentence, run: Run): boolean {
  const t = s.tokens;
  const after = t[run.end];
  const before = t[run.start - 1];
  return (
    (after?.text === "," && /^(\d{1,3}|who)$/.test(t[run.end + 1]?.text ?? "")) ||
    (before !== undefined && /^(said|says|told|added)$/.test(before.lower)) ||
    (after !== undefined && /^(said|says|told|added)$/.test(after.lower))
  );
}

const ORG_CATEGORY: Record<string, string> = {
  Agency: "agency",
  Bank: "bank",
  University: "university",
  Ministry: "ministry",
  Party: "party",
  Council: "council",
  Group: "company",
  Inc: "company",
  Ltd: "company",
  Corp: "company",
  Corporation: "company",
  Airlines: "airline",
  Airways: "airline",
  FC: "club",
  Club: "club",
  United: "club",
  Court: "court",
  Institute: "institute",
};

/**
 * Words the article writes with a capital inside a sentence and the tagger reads as names: a
 * word of this set is a name at the start of a sentence too.
 */
const FUNCTION_TAGS = new Set([
  "DET",
  "PRON",
  "ADP",
  "CCONJ",
  "SCONJ",
  "AUX",
  "PART",
  "PUNCT",
  "NUM",
  "ADV",
]);

export function namesInside(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 1; i < t.length; i++) {
      const x = t[i]!;
      if (
        !FUNCTION_TAGS.has(x.pos) &&
        x.kind === "word" &&
        /^\p{Lu}\p{Ll}/u.test(x.text) &&
        !isSentenceStart(s, i) &&
        !/^[.:;!?"“”‘'(]$/.test(t[i - 1]!.text)
      )
        out.add(x.text);
    }
  }
  return out;
}

/** Named things in one sentence, classified, before they are linked across the article. */
/** The article's names (`namesInside`) while `findMentions` reads one of its sentences. */
let namedInArticle: ReadonlySet<string> = new Set();

export function findMentions(s: Sentence, names: ReadonlySet<string> = new Set()): Mention[] {
  namedInArticle = names;
  const runs: Run[] = [];
  const t = s.tokens;
  let i = 0;
  while (i < t.length) {
    if (!isCap(t[i]!)) {
      i++;
      continue;
    }
    const end = capitalRun(s, i);
    splitRun(s, i, end, runs, names);
    i = end;
  }
  const mentions: Mention[] = [];
  for (const run of runs) {
    const text = spanText(s, run.start, run.end);
    const c = classify(s, run, text);
    const title = run.title ? { title: run.title } : {};
    if (!c) {
      mentions.push({
        sentence: s.index,
        start: run.start,
        end: run.end,
        text,
        kind: "place",
        entity: `?${text}`,
        strong: false,
        ...title,
      });
      continue;
    }
    const afterThe = t[run.start - 1]?.lower === "the" ? { afterThe: true } : {};
    const possessor =
      /^['’]s$/.test(t[run.start - 1]?.text ?? "") && /^\p{Lu}/u.test(t[run.start - 2]?.text ?? "")
        ? { possessor: spanText(s, run.start - 2, run.start) }
        : {};
    mentions.push({
      sentence: s.index,
      start: run.start,
      end: run.end,
      text,
      kind: c.kind,
      entity: text,
      strong: c.strong,
      ...title,
      ...afterThe,
      ...possessor,
      ...(c.category ? { category: c.category } : {}),
      ...(c.evidence ? { evidence: c.evidence } : {}),
      ...(c.work ? { work: true, entity: `?${text}` } : {}),
      ...(c.ownsTitle ? { ownsTitle: true } : {}),
    });
  }
  return mentions;
}
