import {
  DESCRIBING_SUFFIXES,
  findCity,
  findCountry,
  findDemonym,
  GIVEN_NAMES,
  isAgentNoun,
  KNOWN_ORGANISATIONS,
  MAX_NAME_WORDS,
  MONTHS,
  MULTIWORD_FIRST_WORDS,
  MULTIWORD_NAMES,
  NAME_TITLES,
  NON_PERSON_WORDS,
  ORG_HEADS,
  ORG_NOUNS,
  PARTY_LABELS,
  PARTY_NAMES,
  PLACE_DESCRIPTIONS,
  PLACE_HEADS,
  PROPER_ADJECTIVES,
  ROLE_HEADS,
  SPEECH_VERBS,
  TITLE_GENDER,
  WEEKDAYS,
} from "../data/gazetteer.ts";
import type { Sentence, Token } from "./nlp.ts";

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

const PARTICLES = new Set([
  "de",
  "da",
  "van",
  "von",
  "al",
  "bin",
  "ibn",
  "el",
  "la",
  "le",
  "du",
  "dos",
  "das",
  "der",
  "ter",
  "di",
  "del",
  "bint",
  "abu",
  "ben",
]);
const PLACE_PREPOSITIONS = new Set([
  "in",
  "near",
  "from",
  "outside",
  "across",
  "to",
  "into",
  "towards",
  "around",
  "through",
]);
const PLACE_NOUNS = new Set([
  "region",
  "province",
  "city",
  "town",
  "village",
  "district",
  "county",
  "state",
  "island",
  "capital",
  "port",
  "valley",
  "area",
  "municipality",
  "prefecture",
  "governorate",
  "oblast",
  "enclave",
  "territory",
  "coast",
  "peninsula",
]);
const NOT_NAMES = new Set([
  "I",
  "OK",
  "TV",
  "AM",
  "PM",
  "A",
  "CEO",
  "GDP",
  "COVID",
  "DJ",
  "MC",
  "PR",
  "CD",
  "CDs",
  "DVD",
  "DVDs",
  "PC",
  "PCs",
  "IT",
  "HIV",
  "AIDS",
  "Aids",
  "SARS",
  "DNA",
  "ID",
  "IVF",
  "GM",
  "MBA",
  "GCSE",
  "GCSEs",
  "SMS",
  "MP3",
  "VAT",
  "CCTV",
  "UFO",
  "OBE",
  "MBE",
  "CBE",
]);

const NUMBER_WORDS = new RegExp(
  `^(${[
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
    "twenty|thirty|forty|fifty|hundred|thousand|million|billion",
  ].join("|")})$`,
  "i",
);
const isCap = (t: Token) =>
  t.kind === "word" &&
  /^\p{Lu}/u.test(t.text) &&
  !NOT_NAMES.has(t.text) &&
  !NUMBER_WORDS.test(t.text);
const isHyphen = (t: Token | undefined) => t !== undefined && /^[-‐]$/.test(t.text);

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

/** Text of tokens [start, end) exactly as the sentence writes it. */
export function spanText(s: Sentence, start: number, end: number): string {
  return s.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
}

/** True when token i and i+1 are written without a space between them. */
function touching(s: Sentence, i: number): boolean {
  const a = s.tokens[i];
  const b = s.tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The start of the sentence proper: after an opening quote or bracket. */
function isSentenceStart(s: Sentence, i: number): boolean {
  // a quotation opens a sentence of its own: 'He said: "When Lord Ashby visited...'
  const prev = s.tokens[i - 1];
  if (
    prev &&
    /^[“"]$/.test(prev.text) &&
    prev.end === s.tokens[i]!.start &&
    (i === 1 || /^[:,]$/.test(s.tokens[i - 2]!.text) || s.tokens[i - 2]!.pos === "VERB")
  )
    return true;
  for (let j = 0; j < i; j++) if (!/^[“"‘'([]$/.test(s.tokens[j]!.text)) return false;
  return true;
}

/**
 * Longest run of capitalised words from i, joining hyphens, name particles and "of" inside names.
 */
function capitalRun(s: Sentence, i: number): number {
  const t = s.tokens;
  // A gazetteer name of several words wins ("Bosnia and Herzegovina", "Council of Europe").
  if (MULTIWORD_FIRST_WORDS.has(t[i]!.text)) {
    for (let n = Math.min(MAX_NAME_WORDS * 2, t.length - i); n >= 2; n--) {
      if (MULTIWORD_NAMES.has(spanText(s, i, i + n))) return i + n;
    }
  }
  let j = i + 1;
  while (j < t.length) {
    const cur = t[j]!;
    if (isCap(cur) && !WEEKDAYS.includes(cur.text) && !MONTHS.includes(cur.text)) {
      j++;
    } else if (
      isHyphen(cur) &&
      touching(s, j - 1) &&
      touching(s, j) &&
      t[j + 1] &&
      /^\p{L}/u.test(t[j + 1]!.text) &&
      !DESCRIBING_SUFFIXES.has(t[j + 1]!.lower)
    ) {
      j += 2;
    } else if (
      /^['’]$/.test(cur.text) &&
      touching(s, j - 1) &&
      t[j + 1] &&
      isCap(t[j + 1]!) &&
      !touching(s, j) &&
      !/s$/.test(t[j - 1]!.text)
    ) {
      // "Anyang' Nyong'o": an apostrophe that ends a name, not a possessive
      j++;
    } else if (cur.text === "and" && t[j + 1] && isCap(t[j + 1]!) && orgAfterAnd(s, j + 1)) {
      j = orgAfterAnd(s, j + 1);
    } else if (cur.text === "," && t[j + 1] && isCap(t[j + 1]!) && listedOrgEnd(s, j + 1)) {
      // "Meteorology, Climatology and Geophysical Agency": one name, listing its fields
      j = listedOrgEnd(s, j + 1);
    } else if (PARTICLES.has(cur.text) && t[j + 1] && isCap(t[j + 1]!)) {
      j++;
    } else if (
      cur.text === "for" &&
      t[j + 1] &&
      isCap(t[j + 1]!) &&
      ORG_HEADS.has(t[j - 1]!.text)
    ) {
      // "Centre for Digital Rights", "Institute for Fiscal Studies"
      j++;
    } else if (
      cur.text === "of" &&
      t[j + 1] &&
      isCap(t[j + 1]!) &&
      (ORG_HEADS.has(t[j - 1]!.text) || PLACE_HEADS.has(t[j - 1]!.text))
    ) {
      j += t[j + 1]!.text === "the" ? 2 : 1;
    } else if (
      cur.text === "of" &&
      t[j + 1]?.text === "the" &&
      t[j + 2] &&
      isCap(t[j + 2]!) &&
      (ORG_HEADS.has(t[j - 1]!.text) || PLACE_HEADS.has(t[j - 1]!.text))
    ) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

/**
 * "Securities and Exchange Board": the end of a capitalised run after "and" that ends an
 * organisation's name.
 */
function orgAfterAnd(s: Sentence, k: number): number {
  let j = k;
  while (j < s.tokens.length && isCap(s.tokens[j]!)) j++;
  return j > k && ORG_HEADS.has(s.tokens[j - 1]!.text) ? j : 0;
}

/**
 * From token k, "Climatology and Geophysical Agency": the end of an organisation's name that lists
 * its fields, or 0.
 */
function listedOrgEnd(s: Sentence, k: number): number {
  let j = k;
  while (j < s.tokens.length && isCap(s.tokens[j]!)) j++;
  return j > k && s.tokens[j]?.text === "and" && isCap(s.tokens[j + 1] ?? s.tokens[j]!)
    ? orgAfterAnd(s, j + 1)
    : 0;
}

type Run = { start: number; end: number; title?: string; titleStart?: number };

/**
 * Capitalised words that end a title written before a name ("Culture Secretary", "First Minister",
 * "Home Office Minister"); the words in front of them are part of the title or a body's name.
 */
const TITLE_HEADS = new Set([
  "Minister",
  "Secretary",
  "Chancellor",
  "President",
  "Leader",
  "Governor",
  "Mayor",
  "Chairman",
  "Chairwoman",
  "Director",
  "Commissioner",
  "Spokesman",
  "Spokeswoman",
  "Ambassador",
  "Judge",
  "Coach",
  "Manager",
  "Captain",
  "Senator",
  "Chief",
  "Executive",
  "Officer",
  "Attorney",
  "Speaker",
  "Premier",
  "Editor",
  "Boss",
  "Envoy",
  "Adviser",
]);

/**
 * The last title word of a capitalised run [i, end) that still leaves a name of one to three words
 * after it, or -1.
 */
function lastTitleHead(s: Sentence, i: number, end: number): number {
  const t = s.tokens;
  for (let k = end - 2; k >= i && k >= end - 4; k--) {
    if (!TITLE_HEADS.has(t[k]!.text)) continue;
    if (k - i > 4) return -1;
    const name = t.slice(k + 1, end);
    // ("Marston Coach Action" is a body's name: one word after a title word is too little to be
    // sure of)
    if (name.length < 2) return -1;
    if (
      name.some(
        (x) =>
          TITLE_HEADS.has(x.text) ||
          NAME_TITLES.has(x.text) ||
          NON_PERSON_WORDS.has(x.text) ||
          x.text === "of",
      )
    )
      return -1;
    return k;
  }
  return -1;
}

/** A trade written in capitals before a name anywhere: "but Hematologist Robin E. Miller". */
const OCCUPATION = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}{3,}(ologist|ician|ist)|Flyhalf|Fly-half|Scrumhalf|Scrum-half|Winger|` +
    String.raw`Striker|Midfielder|Defender|Goalkeeper|Goalie|Fullback|Quarterback|Pitcher|` +
    String.raw`Skipper)$`,
  "u",
);

/** Peels sentence-initial function words, demonyms and titles off a run of capitalised words. */
function splitRun(
  s: Sentence,
  start: number,
  end: number,
  out: Run[],
  names: ReadonlySet<string>,
): void {
  const t = s.tokens;
  let i = start;
  // A capitalised first word is only a name when its tag says so, or the article writes it as a
  // name elsewhere ("Respond is using...", where the tagger reads "Respond" as a verb).
  const named = names.has(t[i]!.text);
  if (isSentenceStart(s, i) && !named && !["PROPN", "NOUN", "ADJ", "NUM", "X"].includes(t[i]!.pos))
    i++;
  if (isSentenceStart(s, i) && !named && i === start && t[i]!.pos === "NOUN" && end - i === 1) i++;
  // "Singer Tom Aldridge", "Producers Anna Hale": a common noun that opens the sentence is no part
  // of the name
  const trade = OCCUPATION.test(t[i]!.text);
  if (
    ((isSentenceStart(s, i) && !named) || trade) &&
    i === start &&
    end - i >= 3 &&
    (t[i]!.pos === "NOUN" || t[i]!.pos === "PROPN") &&
    !NAME_TITLES.has(t[i]!.text) &&
    !GIVEN_NAMES.has(t[i]!.text) &&
    (ROLE_HEADS.has(t[i]!.lower) ||
      trade ||
      isAgentNoun(t[i]!.lower) ||
      ROLE_HEADS.has(t[i]!.lower.replace(/s$/, "")) ||
      isAgentNoun(t[i]!.lower.replace(/s$/, "")))
  )
    i++;
  while (i < end) {
    const word = t[i]!.text;
    if (WEEKDAYS.includes(word) || MONTHS.includes(word)) {
      i++;
      continue;
    }
    // A demonym in front of a longer name ("Russian President Vladimir Putin") is its own mention,
    // and so is a place in front of a title ("Seoul Mayor Park Ji-hoon").
    const restIsOrg = ORG_HEADS.has(t[end - 1]!.text) && !NAME_TITLES.has(t[i + 1]?.text ?? "");
    const placeBeforeTitle =
      (findCountry(word) || findCity(word)) && NAME_TITLES.has(t[i + 1]?.text ?? "") && i + 2 < end;
    // "Green MP Ann Hollis", "Tory MP...": a party's name in front of a person's is the party's
    const party =
      PARTY_LABELS.has(spanText(s, i, Math.min(i + 2, end))) && i + 2 < end
        ? 2
        : PARTY_LABELS.has(word)
          ? 1
          : 0;
    if (party > 0 && i + party < end) {
      out.push({ start: i, end: i + party });
      i += party;
      continue;
    }
    if (
      (findDemonym(word) || placeBeforeTitle) &&
      i + 1 < end &&
      !MULTIWORD_NAMES.has(spanText(s, i, end)) &&
      !restIsOrg
    ) {
      out.push({ start: i, end: i + 1 });
      i++;
      continue;
    }
    break;
  }
  let titleStart = -1;
  let titleEnd = i;
  // ("Top-seed Kei Nishikori", "Two-time champion X": a hyphened description before the name)
  while (
    titleEnd < end - 1 &&
    (NAME_TITLES.has(t[titleEnd]!.text) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t[titleEnd]!.text))
  ) {
    if (titleStart === -1) titleStart = titleEnd;
    titleEnd++;
  }
  // "Health Minister X" has a title; "Health Programme X" is a name: a word for a field of
  // government is a title only with a title word after it
  if (titleStart !== -1 && TITLE_MODIFIERS.has(t[titleEnd - 1]!.text)) {
    titleStart = -1;
    titleEnd = i;
  }
  if (titleStart === -1) {
    // "Culture Secretary Ann Hollis", "Bank of England Governor Peter Lomas": the words up to the
    // last title word are the title, and a place or body in front of it is a name of its own
    const k = lastTitleHead(s, i, end);
    if (k !== -1) {
      const front = spanText(s, i, k);
      const frontIsName =
        k > i &&
        (findCountry(front) ||
          findCity(front) ||
          ORG_HEADS.has(t[k - 1]!.text) ||
          KNOWN_ORGANISATIONS.has(front));
      if (frontIsName) out.push({ start: i, end: k });
      titleStart = frontIsName ? k : i;
      titleEnd = k + 1;
      while (titleEnd < end - 1 && NAME_TITLES.has(t[titleEnd]!.text)) titleEnd++;
    }
  }
  // "Peter Lomas QC", "Jane Doe MP": letters after a name are no part of it
  let nameEnd = end;
  if (nameEnd - Math.max(i, titleEnd) >= 3 && POST_NOMINALS.test(t[nameEnd - 1]!.text)) nameEnd--;
  // "Lord Chief Justice", "Lord Chancellor": titles with no name after them; "General Election": a
  // word that is a title only before a person's name
  const nameWords = t.slice(titleEnd, nameEnd);
  const noName =
    titleStart !== -1 &&
    (nameWords.every((x) => NAME_TITLES.has(x.text) || TITLE_HEADS.has(x.text)) ||
      (nameWords.length === 1 &&
        AMBIGUOUS_TITLES.has(t[titleEnd - 1]!.text) &&
        !GIVEN_NAMES.has(nameWords[0]!.text)));
  if (noName) return;
  if (titleStart !== -1 && titleEnd < nameEnd) {
    out.push({
      start: titleEnd,
      end: nameEnd,
      title: spanText(s, titleStart, titleEnd),
      titleStart,
    });
  } else if (i < nameEnd) {
    out.push({ start: i, end: nameEnd });
  }
}

/** Title words that only modify a following title word ("Foreign Minister", "Vice President"). */
const TITLE_MODIFIERS = new Set([
  "Prime",
  "Foreign",
  "Defence",
  "Defense",
  "Finance",
  "Health",
  "Interior",
  "Trade",
  "Economy",
  "Education",
  "Energy",
  "Agriculture",
  "Sports",
  "Vice",
  "Deputy",
  "Acting",
  "Former",
  "Senior",
  "Lead",
  "Crown",
  "Field",
  "Executive",
  "Opposition",
  "Head",
  "Chief",
  "Principal",
]);

/**
 * Title words that are also everyday adjectives: "General Election", "Major Incident", "Chief
 * Constable".
 */
const AMBIGUOUS_TITLES = new Set([
  "General",
  "Major",
  "Chief",
  "Head",
  "Senior",
  "Lead",
  "Principal",
  "Field",
  "Executive",
  "Acting",
  "Former",
  "Foreign",
  "Crown",
  "Deputy",
  "Vice",
  "Opposition",
  "Justice",
  "Marshal",
  "Officer",
  "Premier",
  "Speaker",
  "Leader",
  "Manager",
  "Director",
  "Coach",
  "Captain",
]);

/** Titles a person known by one name keeps in that name. */
const KNOWN_BY_TITLE = new Set([
  "Lord",
  "Lady",
  "Baroness",
  "Baron",
  "Earl",
  "Duke",
  "Duchess",
  "Countess",
  "Prince",
  "Princess",
  "King",
  "Queen",
  "Pope",
  "Sheikh",
  "Emir",
  "Sultan",
  "Dr",
  "Dr.",
]);

const POST_NOMINALS = /^(QC|KC|MP|MEP|MSP|AM|MLA|OBE|MBE|CBE|KBE|DBE|PhD|Jnr|Snr)$/;

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

/**
 * Links mentions across the article: a surname alone joins the person named in full
 * ("Aliyev" → "Ilham Aliyev"), an unsure name takes the kind it has elsewhere, and names the
 * rules could not place at all are dropped.
 */
export function linkEntities(perSentence: Mention[][]): Entity[] {
  const all = perSentence.flat();
  // "Shenzhen Zhiyuan" after "Shenzhen Zhiyuan Technology, a Chinese firm": the organisation's
  // short name.
  const orgNames = [...new Set(all.filter((m) => m.kind === "org").map((m) => m.text))];
  for (const m of all) {
    // "WMO" after "the World Meteorological Organization": the same body
    if (/^[A-Z]{2,6}$/.test(m.text)) {
      const full = orgNames.find((o) => o.includes(" ") && initials(o) === m.text);
      if (full) {
        m.kind = "org";
        m.entity = full;
        continue;
      }
    }
    if (m.kind !== "person" || !m.text.includes(" ")) continue;
    // (not "Sam Ford" for "Sam Ford Media": a given name first says the person is meant)
    const org = GIVEN_NAMES.has(m.text.split(" ")[0]!)
      ? undefined
      : orgNames.find((o) => o.startsWith(`${m.text} `));
    if (org) {
      m.kind = "org";
      m.entity = org;
      m.strong = true;
    }
  }
  // "the musical Sally Swift" in one sentence: "Sally Swift" is a title in every other one too
  // "Deloitte believes...": a one-word name that only ever speaks and stands for no person is a
  // body
  const fullNames = new Set(
    all
      .filter((m) => m.kind === "person" && m.text.includes(" "))
      .flatMap((m) => m.text.split(" ")),
  );
  const personal = new Set(
    all
      .filter((m) => m.kind === "person" && (m.strong || m.evidence === "person" || m.title))
      .map((m) => m.text),
  );
  // (and one the article writes with a capital inside a sentence somewhere: "Officials said" is no
  // name)
  const inside = new Set(all.filter((m) => m.start > 1).map((m) => m.text));
  for (const m of all) {
    if (
      (m.evidence === "said" || m.evidence === "acts") &&
      inside.has(m.text) &&
      !fullNames.has(m.text) &&
      !personal.has(m.text) &&
      !GIVEN_NAMES.has(m.text)
    ) {
      m.kind = "org";
      m.strong = true;
      delete m.evidence;
    }
  }
  // (a name seen only before a title's possessive is that title's; seen elsewhere too, it is a
  // name)
  const seenAlone = new Set(all.filter((m) => !m.ownsTitle).map((m) => m.text));
  const works = new Set(
    all.filter((m) => m.work && (!m.ownsTitle || !seenAlone.has(m.text))).map((m) => m.text),
  );
  for (const m of all) if (works.has(m.text)) m.entity = `?${m.text}`;
  // A name is a person's when some sentence says so, not only because it looks like one.
  const provenPeople = new Set<string>();
  const people = all.filter((m) => m.kind === "person" && m.text.includes(" "));
  const byPart = new Map<string, string>();
  // A surname alone ("Aliyev"), or a family name written first ("Kim" for "Kim Min-jun"), links to
  // the full name.
  const firsts = new Map<string, string>();
  for (const p of people) {
    const parts = p.text.split(/\s+/);
    const last = parts[parts.length - 1]!;
    const prev = byPart.get(last);
    byPart.set(last, prev && prev !== p.text ? "" : p.text);
    const first = parts[0]!;
    const prevFirst = firsts.get(first);
    firsts.set(first, prevFirst && prevFirst !== p.text ? "" : p.text);
  }
  // ("Peter" for Peter Lomas, "Kim" for Kim Min-jun; not "Producers" for "Producers Anna Hale")
  for (const [first, full] of firsts)
    if (!byPart.has(first) && full && (GIVEN_NAMES.has(first) || FAMILY_NAME_FIRST.has(first)))
      byPart.set(first, full);
  for (const m of all) {
    if (m.kind !== "person" || !(m.strong || m.evidence)) continue;
    // one word with only a speech verb or a relative clause for evidence proves the full name it
    // stands for, not itself
    if (!m.strong && !byPart.get(m.text)) continue;
    provenPeople.add(m.text.includes(" ") ? m.text : byPart.get(m.text) || m.text);
  }
  const known = new Map<string, Mention>();
  for (const m of all)
    if (!m.entity.startsWith("?") && (m.strong || !known.has(m.text))) known.set(m.text, m);
  for (const m of all) {
    let full = byPart.get(m.text);
    if (full === "" && (m.kind === "person" || m.entity.startsWith("?"))) {
      // "Mr Harker" beside Michael and Katherine Harker: the title's sex picks one, or the name
      // stays unplaced
      // and with no title, the one named first: news introduces the person it is about first and
      // calls relatives by their given names ("Dean Rawley" ... "his parents, Alan and Ruth")
      const sex = m.title ? TITLE_GENDER[m.title.split(" ")[0]!] : undefined;
      const named = people
        .map((p) => p.text)
        .filter((n, k, all) => all.indexOf(n) === k && n.endsWith(` ${m.text}`));
      const fits =
        sex === undefined
          ? named.slice(0, 1)
          : named.filter((n) => GIVEN_NAMES.get(n.split(" ")[0]!) === sex);
      full = fits.length === 1 ? fits[0] : undefined;
      if (!full) {
        m.entity = `?${m.text}`;
        continue;
      }
    }
    if (
      full &&
      (m.kind === "person" || m.entity.startsWith("?") || (m.kind === "place" && !m.strong))
    ) {
      m.kind = "person";
      m.entity = full;
    } else if (
      (m.entity.startsWith("?") || !m.strong) &&
      known.get(m.text)?.strong &&
      known.get(m.text)!.kind !== m.kind
    ) {
      // "Respond" in one sentence is the body "the Respond consortium" of another
      m.kind = known.get(m.text)!.kind;
      m.entity = m.text;
    } else if (m.entity.startsWith("?") && known.has(m.text)) {
      m.kind = known.get(m.text)!.kind;
      m.entity = m.text;
    } else if (m.kind === "person" && !m.text.includes(" ") && !provenPeople.has(m.text)) {
      m.entity = `?${m.text}`;
    }
    if (m.kind === "person" && !provenPeople.has(m.entity)) m.entity = `?${m.text}`;
    if (
      m.kind === "place" &&
      !m.strong &&
      !known.get(m.text)?.strong &&
      !m.entity.startsWith("?")
    ) {
      // "in Yevlakh" alone is a fair sign of a place; keep it, but only as a place.
      m.kind = "place";
    }
  }
  const entities = new Map<string, Entity>();
  for (const m of all) {
    if (m.entity.startsWith("?")) continue;
    let e = entities.get(m.entity);
    if (!e) {
      e = { key: m.entity, name: m.entity, kind: m.kind, mentions: [] };
      entities.set(m.entity, e);
    }
    if (m.category && !e.category) e.category = m.category;
    if (m.afterThe && e.kind === "org") e.takesThe = true;
    if (m.possessor && e.kind === "org" && !e.possessor) e.possessor = m.possessor;
    e.mentions.push(m);
  }
  for (const list of perSentence) {
    for (let k = list.length - 1; k >= 0; k--)
      if (list[k]!.entity.startsWith("?")) list.splice(k, 1);
  }
  // "Lord Ashby", "Prince Henry", "Dr Zed": a peer or a royal known by one name is known with the
  // title
  for (const e of entities.values()) {
    if (e.kind !== "person" || e.name.includes(" ")) continue;
    const title = e.mentions
      .find((m) => m.title && KNOWN_BY_TITLE.has(m.title.split(" ").pop()!))
      ?.title?.split(" ")
      .pop();
    if (title) e.name = `${title} ${e.name}`;
  }
  for (const e of entities.values()) if (e.kind === "person") e.short = shortName(e);
  return [...entities.values()];
}

/** "WMO" for "World Meteorological Organization": the first letters of its capitalised words. */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * The one word a reader may use for a person: the one the article itself uses ("Kim" for Kim
 * Jae-won, "Widodo" for Joko Widodo), else the family name: written first in East Asian names
 * ("Kim Min-jun", "Liang Wenjie"), last otherwise, with its particles ("von der Leyen").
 */
function shortName(e: Entity): string | undefined {
  // "Oba Ewuare II", "Martin Luther King Jr.": a generation suffix is no name on its own
  const parts = e.name
    .split(" ")
    .filter(
      (p, i, all) =>
        i === 0 || !(i === all.length - 1 && /^(I{2,3}|IV|VI{0,3}|Jr\.?|Sr\.?)$/.test(p)),
    );
  if (parts.length < 2) return undefined;
  const alone = new Map<string, number>();
  for (const m of e.mentions)
    if (!m.text.includes(" ") && parts.includes(m.text))
      alone.set(m.text, (alone.get(m.text) ?? 0) + 1);
  if (alone.size > 0) return [...alone].sort((a, b) => b[1] - a[1])[0]![0];
  if (FAMILY_NAME_FIRST.has(parts[0]!) && !FAMILY_NAME_FIRST.has(parts[parts.length - 1]!))
    return parts[0];
  let k = parts.length - 1;
  while (k > 1 && PARTICLES.has(parts[k - 1]!)) k--;
  return parts.slice(k).join(" ");
}

/**
 * Common Chinese and Korean family names, which English-language news writes first and uses alone
 * ("Kim Min-jun" → "Kim", "Liang Wenjie" → "Liang"); a name that starts with one and does not end
 * with one is read family name first. (Vietnamese names are written family name first too, but news
 * uses the given name, the last word, alone.)
 */
const FAMILY_NAME_FIRST = new Set([
  "Kim",
  "Lee",
  "Park",
  "Choi",
  "Jung",
  "Jeong",
  "Kang",
  "Cho",
  "Yoon",
  "Jang",
  "Lim",
  "Han",
  "Oh",
  "Seo",
  "Shin",
  "Kwon",
  "Hwang",
  "Ahn",
  "Song",
  "Yoo",
  "Hong",
  "Jeon",
  "Ko",
  "Moon",
  "Yang",
  "Baek",
  "Heo",
  "Nam",
  "Noh",
  "Ha",
  "Kwak",
  "Sung",
  "Wang",
  "Li",
  "Zhang",
  "Liu",
  "Chen",
  "Huang",
  "Zhao",
  "Wu",
  "Zhou",
  "Xu",
  "Sun",
  "Ma",
  "Zhu",
  "Hu",
  "Guo",
  "He",
  "Lin",
  "Luo",
  "Gao",
  "Liang",
  "Zheng",
  "Xie",
  "Tang",
  "Feng",
  "Deng",
  "Cao",
  "Peng",
  "Zeng",
  "Xiao",
  "Tian",
  "Dong",
  "Pan",
  "Yuan",
  "Cai",
  "Jiang",
  "Yu",
  "Du",
  "Ye",
  "Cheng",
  "Wei",
  "Su",
  "Lu",
  "Ding",
  "Ren",
  "Shen",
  "Yao",
  "Xi",
  "Fu",
  "Zhong",
]);
