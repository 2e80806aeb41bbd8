/**
 * Runs of capitalised words in a sentence and where a name in them starts and ends: a title or a
 * job before it ("Culture Secretary"), a place or a body in front of it, letters after it ("QC").
 */
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
  PARTY_LABELS,
  PLACE_HEADS,
  ROLE_HEADS,
  WEEKDAYS,
} from "../data/gazetteer.ts";
import type { Sentence, Token } from "./nlp.ts";

/** Text of tokens [start, end) exactly as the sentence writes it. */
export function spanText(s: Sentence, start: number, end: number): string {
  return s.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
}

export const PARTICLES = new Set([
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
export const PLACE_PREPOSITIONS = new Set([
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
export const PLACE_NOUNS = new Set([
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
export const isCap = (t: Token) =>
  t.kind === "word" &&
  /^\p{Lu}/u.test(t.text) &&
  !NOT_NAMES.has(t.text) &&
  !NUMBER_WORDS.test(t.text);
const isHyphen = (t: Token | undefined) => t !== undefined && /^[-‐]$/.test(t.text);

/** True when token i and i+1 are written without a space between them. */
function touching(s: Sentence, i: number): boolean {
  const a = s.tokens[i];
  const b = s.tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The start of the sentence proper: after an opening quote or bracket. */
export function isSentenceStart(s: Sentence, i: number): boolean {
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
export function capitalRun(s: Sentence, i: number): number {
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

export type Run = { start: number; end: number; title?: string; titleStart?: number };

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
export function splitRun(
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
export const KNOWN_BY_TITLE = new Set([
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
 * Common Chinese and Korean family names, which English-language news writes first and uses alone
 * ("Kim Min-jun" → "Kim", "Liang Wenjie" → "Liang"); a name that starts with one and does not end
 * with one is read family name first. (Vietnamese names are written family name first too, but news
 * uses the given name, the last word, alone.)
 */
export const FAMILY_NAME_FIRST = new Set([
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
