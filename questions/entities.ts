import {
  KNOWN_ORGANISATIONS,
  NON_PERSON_WORDS,
  ORG_NOUNS,
  ROLE_HEADS,
  MAX_NAME_WORDS,
  MONTHS,
  MULTIWORD_FIRST_WORDS,
  MULTIWORD_NAMES,
  NAME_TITLES,
  ORG_HEADS,
  PLACE_HEADS,
  SPEECH_VERBS,
  WEEKDAYS,
  findCity,
  findCountry,
  findDemonym,
  DESCRIBING_SUFFIXES,
  PLACE_DESCRIPTIONS,
  isAgentNoun,
} from "./gazetteer.ts";
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
  /** True when the sentence itself shows the kind (a title, a role, a speech verb), not only the name's shape. */
  strong: boolean;
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

const PARTICLES = new Set(["de", "da", "van", "von", "al", "bin", "ibn", "el", "la", "le", "du", "dos", "das", "der", "ter", "di", "del", "bint", "abu", "ben"]);
const PLACE_PREPOSITIONS = new Set(["in", "near", "from", "outside", "across", "to", "into", "towards", "around", "through"]);
const PLACE_NOUNS = new Set(["region", "province", "city", "town", "village", "district", "county", "state", "island", "capital", "port", "valley", "area", "municipality", "prefecture", "governorate", "oblast", "enclave", "territory", "coast", "peninsula"]);
const NOT_NAMES = new Set(["I", "OK", "TV", "AM", "PM", "A", "CEO", "GDP", "COVID"]);

const isCap = (t: Token) => t.kind === "word" && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.text);
const isHyphen = (t: Token | undefined) => t !== undefined && /^[-‐]$/.test(t.text);

/**
 * How a name reads inside a sentence: "the Red Cross", "Seoul Metro", "Nigeria", and "Peru's
 * National Water Authority" for a body that, named without "the", would read like a heading.
 */
export const displayName = (e: Entity) => (e.takesThe ? `the ${e.name}` : e.possessor && ORG_HEADS.has(e.name.split(" ").pop()!) ? `${e.possessor} ${e.name}` : e.name);

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
  for (let j = 0; j < i; j++) if (!/^[“"‘'(\[]$/.test(s.tokens[j]!.text)) return false;
  return true;
}

/** Longest run of capitalised words from i, joining hyphens, name particles and "of" inside names. */
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
    } else if (isHyphen(cur) && touching(s, j - 1) && touching(s, j) && t[j + 1] && /^\p{L}/u.test(t[j + 1]!.text) && !DESCRIBING_SUFFIXES.has(t[j + 1]!.lower)) {
      j += 2;
    } else if (/^['’]$/.test(cur.text) && touching(s, j - 1) && t[j + 1] && isCap(t[j + 1]!) && !touching(s, j)) {
      // "Anyang' Nyong'o": an apostrophe that ends a name, not a possessive
      j++;
    } else if (cur.text === "and" && t[j + 1] && isCap(t[j + 1]!) && orgAfterAnd(s, j + 1)) {
      j = orgAfterAnd(s, j + 1);
    } else if (cur.text === "," && t[j + 1] && isCap(t[j + 1]!) && listedOrgEnd(s, j + 1)) {
      // "Meteorology, Climatology and Geophysical Agency": one name, listing its fields
      j = listedOrgEnd(s, j + 1);
    } else if (PARTICLES.has(cur.text) && t[j + 1] && isCap(t[j + 1]!)) {
      j++;
    } else if (cur.text === "for" && t[j + 1] && isCap(t[j + 1]!) && ORG_HEADS.has(t[j - 1]!.text)) {
      // "Centre for Digital Rights", "Institute for Fiscal Studies"
      j++;
    } else if (cur.text === "of" && t[j + 1] && isCap(t[j + 1]!) && (ORG_HEADS.has(t[j - 1]!.text) || PLACE_HEADS.has(t[j - 1]!.text))) {
      j += t[j + 1]!.text === "the" ? 2 : 1;
    } else if (cur.text === "of" && t[j + 1]?.text === "the" && t[j + 2] && isCap(t[j + 2]!) && (ORG_HEADS.has(t[j - 1]!.text) || PLACE_HEADS.has(t[j - 1]!.text))) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

/** "Securities and Exchange Board": the end of a capitalised run after "and" that ends an organisation's name. */
function orgAfterAnd(s: Sentence, k: number): number {
  let j = k;
  while (j < s.tokens.length && isCap(s.tokens[j]!)) j++;
  return j > k && ORG_HEADS.has(s.tokens[j - 1]!.text) ? j : 0;
}

/** From token k, "Climatology and Geophysical Agency": the end of an organisation's name that lists its fields, or 0. */
function listedOrgEnd(s: Sentence, k: number): number {
  let j = k;
  while (j < s.tokens.length && isCap(s.tokens[j]!)) j++;
  return j > k && s.tokens[j]?.text === "and" && isCap(s.tokens[j + 1] ?? s.tokens[j]!) ? orgAfterAnd(s, j + 1) : 0;
}

type Run = { start: number; end: number; title?: string; titleStart?: number };

/** Peels sentence-initial function words, demonyms and titles off a run of capitalised words. */
function splitRun(s: Sentence, start: number, end: number, out: Run[]): void {
  const t = s.tokens;
  let i = start;
  if (isSentenceStart(s, i) && !["PROPN", "NOUN", "ADJ", "NUM", "X"].includes(t[i]!.pos)) i++;
  if (isSentenceStart(s, i) && i === start && t[i]!.pos === "NOUN" && end - i === 1) i++;
  while (i < end) {
    const word = t[i]!.text;
    if (WEEKDAYS.includes(word) || MONTHS.includes(word)) {
      i++;
      continue;
    }
    // A demonym in front of a longer name ("Russian President Vladimir Putin") is its own mention,
    // and so is a place in front of a title ("Seoul Mayor Park Ji-hoon").
    const restIsOrg = ORG_HEADS.has(t[end - 1]!.text) && !NAME_TITLES.has(t[i + 1]?.text ?? "");
    const placeBeforeTitle = (findCountry(word) || findCity(word)) && NAME_TITLES.has(t[i + 1]?.text ?? "") && i + 2 < end;
    if ((findDemonym(word) || placeBeforeTitle) && i + 1 < end && !MULTIWORD_NAMES.has(spanText(s, i, end)) && !restIsOrg) {
      out.push({ start: i, end: i + 1 });
      i++;
      continue;
    }
    break;
  }
  let titleStart = -1;
  let titleEnd = i;
  while (titleEnd < end - 1 && NAME_TITLES.has(t[titleEnd]!.text)) {
    if (titleStart === -1) titleStart = titleEnd;
    titleEnd++;
  }
  if (titleStart !== -1 && titleEnd < end) {
    out.push({ start: titleEnd, end, title: spanText(s, titleStart, titleEnd), titleStart });
  } else if (i < end) {
    out.push({ start: i, end });
  }
}

/** The kind of a name and whether the sentence itself says so (title, role, speech) or only its shape does. */
type Classified = { kind: EntityKind; strong: boolean; category?: string | undefined };

/** The head noun of an appositive after a name: ", Turkey's second-largest airline," → "airline". */
function appositiveHead(s: Sentence, from: number): string | null {
  const t = s.tokens;
  if (t[from]?.text !== ",") return null;
  let j = from + 1;
  let head: string | null = null;
  while (j < t.length && j < from + 12 && !/^[,;.:()—]$/.test(t[j]!.text)) {
    if (t[j]!.pos === "ADP" && t[j]!.lower !== "’s") break;
    if (t[j]!.pos === "NOUN") head = t[j]!.lower;
    j++;
  }
  return head;
}

/** "the largest tropical mountain range covered by...": the noun a description ends on ("range"). */
function descriptionHead(s: Sentence, from: number): string | null {
  const t = s.tokens;
  let head: string | null = null;
  for (let j = from; j < t.length; j++) {
    const x = t[j]!;
    if (x.pos === "NOUN") head = x.lower;
    else if (!["ADJ", "NUM", "PROPN", "DET", "PART"].includes(x.pos) && !/^[-‐'’]$/.test(x.text)) break;
  }
  return head;
}

function classify(s: Sentence, run: Run, text: string): Classified | null {
  const t = s.tokens;
  if (findCountry(text)) return { kind: "country", strong: true };
  if (findDemonym(text) || (/s$/.test(text) && findDemonym(text.slice(0, -1)))) return { kind: "nationality", strong: true };
  if (findCity(text)) return { kind: "city", strong: true };
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1]!.replace(/[.,]$/, "");
  if (KNOWN_ORGANISATIONS.has(text)) return { kind: "org", strong: true };
  if (ORG_HEADS.has(lastWord) || (words.length > 1 && ORG_HEADS.has(words[0]!))) {
    if (words.every((w) => ORG_HEADS.has(w))) return null;
    const head = ORG_HEADS.has(lastWord) ? lastWord : words[0]!;
    const described = appositiveHead(s, run.end);
    const category = ORG_CATEGORY[head] ?? (ORG_NOUNS.has(head.toLowerCase()) ? head.toLowerCase() : described && ORG_NOUNS.has(described) ? described : undefined);
    return { kind: "org", strong: true, ...(category ? { category } : {}) };
  }
  if (/^[A-Z]{2,6}$/.test(text)) return { kind: "org", strong: true };
  const head = appositiveHead(s, run.end);
  if (head && (ORG_NOUNS.has(head) || /maker$/.test(head))) return { kind: "org", strong: true, category: head };
  if (run.title && !words.some((w) => NON_PERSON_WORDS.has(w))) return { kind: "person", strong: true };
  const before = t[run.start - 1];
  const before2 = t[run.start - 2];
  const after = t[run.end];
  if (after && PLACE_NOUNS.has(after.lower)) return { kind: "place", strong: true };
  if (before?.lower === "of" && before2 && PLACE_NOUNS.has(before2.lower)) return { kind: "place", strong: true };
  if (before?.lower === "to" && before2?.lower === "according" && !NON_PERSON_WORDS.has(lastWord)) return { kind: "person", strong: words.length >= 2 };
  const personShape = words.length <= 4 && !findDemonym(words[0]!) && !NON_PERSON_WORDS.has(lastWord) && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLES.has(w));
  if (before && PLACE_PREPOSITIONS.has(before.lower) && words.length === 1) return { kind: "place", strong: false };
  if (!personShape) return null;
  const nextWord = t.slice(run.end, run.end + 2).find((x) => x.kind === "word");
  const speaks = nextWord !== undefined && SPEECH_VERBS.has(nextWord.lemma) && nextWord.pos === "VERB";
  const saidBefore = before !== undefined && SPEECH_VERBS.has(before.lemma) && before.pos === "VERB" && /^(said|told|added|wrote|asked)$/.test(before.lower);
  // "X, the president of...", "X, 34, a nurse", "X, Nigeria's sports minister,"
  const possessor = after?.text === "," && /^\p{Lu}/u.test(t[run.end + 1]?.text ?? "") && /^['’]s$/.test(t[run.end + 2]?.text ?? "") && t.slice(run.end + 3, run.end + 6).some((x) => ROLE_HEADS.has(x.lower));
  // "X, the largest tropical mountain range": a description says what X is; only a role makes X a person
  const described = /^(the|a|an)$/i.test(t[run.end + 1]?.text ?? "") ? descriptionHead(s, run.end + 2) : null;
  if (after?.text === "," && described && PLACE_DESCRIPTIONS.has(described)) return { kind: "place", strong: true };
  const describedAsPerson = described === null || ROLE_HEADS.has(described) || isAgentNoun(described) || /^\d/.test(t[run.end + 2]?.text ?? "");
  const appositionRole = possessor || (after?.text === "," && ((/^(the|a|an)$/i.test(t[run.end + 1]?.text ?? "") && describedAsPerson) || /^(who|whose)$/i.test(t[run.end + 1]?.text ?? "") || /^\d{1,3}$/.test(t[run.end + 1]?.text ?? "")));
  const roleBefore = before !== undefined && before.pos === "NOUN" && /^\p{Ll}/u.test(before.text) && (ROLE_HEADS.has(before.lower) || ROLE_HEADS.has(before.lower.replace(/s$/, "")) || /(ist|er|or|ian)s?$/.test(before.lower));
  const possessiveRole = before?.text === "," && t.slice(Math.max(0, run.start - 8), run.start - 1).some((x) => /^['’]s$/.test(x.text)) && ROLE_HEADS.has(t[run.start - 2]?.lower ?? "");
  const according = before?.lower === "to" && before2?.lower === "according";
  const strong = speaks || saidBefore || appositionRole || roleBefore || possessiveRole || according;
  if (words.length >= 2) return { kind: "person", strong };
  return strong ? { kind: "person", strong: false } : null;
}

const ORG_CATEGORY: Record<string, string> = {
  Agency: "agency", Bank: "bank", University: "university", Ministry: "ministry", Party: "party", Council: "council",
  Group: "company", Inc: "company", Ltd: "company", Corp: "company", Corporation: "company", Airlines: "airline",
  Airways: "airline", FC: "club", Club: "club", United: "club", Court: "court", Institute: "institute",
};

/** Named things in one sentence, classified, before they are linked across the article. */
export function findMentions(s: Sentence): Mention[] {
  const runs: Run[] = [];
  const t = s.tokens;
  let i = 0;
  while (i < t.length) {
    if (!isCap(t[i]!)) {
      i++;
      continue;
    }
    const end = capitalRun(s, i);
    splitRun(s, i, end, runs);
    i = end;
  }
  const mentions: Mention[] = [];
  for (const run of runs) {
    const text = spanText(s, run.start, run.end);
    const c = classify(s, run, text);
    const title = run.title ? { title: run.title } : {};
    if (!c) {
      mentions.push({ sentence: s.index, start: run.start, end: run.end, text, kind: "place", entity: "?" + text, strong: false, ...title });
      continue;
    }
    const afterThe = t[run.start - 1]?.lower === "the" ? { afterThe: true } : {};
    const possessor = /^['’]s$/.test(t[run.start - 1]?.text ?? "") && /^\p{Lu}/u.test(t[run.start - 2]?.text ?? "") ? { possessor: spanText(s, run.start - 2, run.start) } : {};
    mentions.push({ sentence: s.index, start: run.start, end: run.end, text, kind: c.kind, entity: text, strong: c.strong, ...title, ...afterThe, ...possessor, ...(c.category ? { category: c.category } : {}) });
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
  // "Shenzhen Zhiyuan" after "Shenzhen Zhiyuan Technology, a Chinese firm": the organisation's short name.
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
    const org = orgNames.find((o) => o.startsWith(`${m.text} `));
    if (org) {
      m.kind = "org";
      m.entity = org;
      m.strong = true;
    }
  }
  // A name is a person's when some sentence says so, not only because it looks like one.
  const provenPeople = new Set<string>();
  const people = all.filter((m) => m.kind === "person" && m.text.includes(" "));
  const byPart = new Map<string, string>();
  // A surname alone ("Aliyev"), or a family name written first ("Kim" for "Kim Min-jun"), links to the full name.
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
  for (const [first, full] of firsts) if (!byPart.has(first) && full) byPart.set(first, full);
  for (const m of all) {
    if (m.kind !== "person" || !m.strong) continue;
    provenPeople.add(m.text.includes(" ") ? m.text : (byPart.get(m.text) || m.text));
  }
  const known = new Map<string, Mention>();
  for (const m of all) if (!m.entity.startsWith("?") && (m.strong || !known.has(m.text))) known.set(m.text, m);
  for (const m of all) {
    const full = byPart.get(m.text);
    if (full && (m.kind === "person" || m.entity.startsWith("?") || (m.kind === "place" && !m.strong))) {
      m.kind = "person";
      m.entity = full;
    } else if (m.entity.startsWith("?") && known.has(m.text)) {
      m.kind = known.get(m.text)!.kind;
      m.entity = m.text;
    } else if (m.kind === "person" && !m.text.includes(" ") && !provenPeople.has(m.text)) {
      m.entity = "?" + m.text;
    }
    if (m.kind === "person" && !provenPeople.has(m.entity)) m.entity = "?" + m.text;
    if (m.kind === "place" && !m.strong && !known.get(m.text)?.strong && !m.entity.startsWith("?")) {
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
    for (let k = list.length - 1; k >= 0; k--) if (list[k]!.entity.startsWith("?")) list.splice(k, 1);
  }
  for (const e of entities.values()) if (e.kind === "person") e.short = shortName(e);
  return [...entities.values()];
}

/** "WMO" for "World Meteorological Organization": the first letters of its capitalised words. */
function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/**
 * The one word a reader may use for a person: the one the article itself uses ("Kim" for Kim
 * Jae-won, "Widodo" for Joko Widodo), else the family name: written first in East Asian names
 * ("Kim Min-jun", "Liang Wenjie"), last otherwise, with its particles ("von der Leyen").
 */
function shortName(e: Entity): string | undefined {
  // "Oba Ewuare II", "Martin Luther King Jr.": a generation suffix is no name on its own
  const parts = e.name.split(" ").filter((p, i, all) => i === 0 || !(i === all.length - 1 && /^(I{2,3}|IV|VI{0,3}|Jr\.?|Sr\.?)$/.test(p)));
  if (parts.length < 2) return undefined;
  const alone = new Map<string, number>();
  for (const m of e.mentions) if (!m.text.includes(" ") && parts.includes(m.text)) alone.set(m.text, (alone.get(m.text) ?? 0) + 1);
  if (alone.size > 0) return [...alone].sort((a, b) => b[1] - a[1])[0]![0];
  if (FAMILY_NAME_FIRST.has(parts[0]!) && !FAMILY_NAME_FIRST.has(parts[parts.length - 1]!)) return parts[0];
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
  "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon",
  "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung",
  "Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin",
  "Luo", "Gao", "Liang", "Zheng", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan",
  "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Xi", "Fu", "Zhong",
]);
