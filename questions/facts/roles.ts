import {
  findCountry,
  findDemonym,
  isAgentNoun,
  NAME_TITLES,
  PARTY_LABELS,
  ROLE_HEADS,
} from "../data/gazetteer.ts";
import { type Entity, spanText } from "../read/entities.ts";
import type { Token } from "../read/nlp.ts";
import type { RoleFact, SentenceInfo } from "./facts.ts";

/**
 * Lower-cases title words ("President" → "president") at the head of a role and keeps names as
 * written: after "of", "at" or a possessive the words belong to a body's name ("head of the UN's
 * regional Health Programme").
 */
function roleCase(tokens: Token[]): string {
  let inName = false;
  return tokens
    .map((t, i) => {
      const w = t.text;
      if (t.pos === "ADP" || t.pos === "PART") inName = true;
      const spaced = i > 0 && tokens[i - 1]!.end !== t.start ? " " : "";
      const word =
        !inName &&
        (NAME_TITLES.has(w) || ROLE_HEADS.has(w.toLowerCase())) &&
        !findCountry(w) &&
        !findDemonym(w)
          ? w.toLowerCase()
          : w;
      return (i === 0 ? "" : spaced) + word;
    })
    .join("");
}

/**
 * True when one of the first words of a phrase is a role noun ("president", "head coach",
 * "astrophysicist").
 */
function hasRoleHead(tokens: Token[], agentNouns = false): boolean {
  // the first seven words; the hyphens of "34-year-old" do not count
  let words = 0;
  for (let i = 0; i < tokens.length && words < 7; i++) {
    if (tokens[i]!.kind === "punctuation") continue;
    words++;
    const one = tokens[i]!.lower;
    const two = i + 1 < tokens.length ? `${one} ${tokens[i + 1]!.lower}` : "";
    if (ROLE_HEADS.has(one) || ROLE_HEADS.has(two)) return true;
    if (agentNouns && tokens[i]!.pos === "NOUN" && isAgentNoun(one)) return true;
    if (tokens[i]!.pos === "ADP" && i > 0) return false;
  }
  return false;
}

function countryIn(tokens: Token[]): string | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const c =
      findCountry(tokens[i]!.text) ??
      findCountry(
        tokens
          .slice(i)
          .map((t) => t.text)
          .join(" "),
      );
    if (c) return c.name;
  }
  return null;
}

/** A verb that makes a clause, not one inside a compound ("Nairobi-based", "state-owned"). */
function isClauseVerb(tokens: Token[], k: number): boolean {
  const x = tokens[k]!;
  const prev = tokens[k - 1];
  return (
    (x.pos === "VERB" || x.pos === "AUX") &&
    !(prev && /^[-‐]$/.test(prev.text) && prev.end === x.start)
  );
}

/**
 * People's roles in one sentence: "X, the president of Y," / "President X of Y" /
 * "Y's president, X," / "Russian President X" / "X, 34, a nurse from Y,".
 */
export function findRoles(info: SentenceInfo, entities: Map<string, Entity>): RoleFact[] {
  const s = info.sentence;
  const t = s.tokens;
  const out: RoleFact[] = [];
  for (const m of info.mentions) {
    if (m.kind !== "person" || s.quoted?.[m.start]) continue;
    const person = entities.get(m.entity)?.name ?? m.text;
    const short = entities.get(m.entity)?.short;
    // X, the president of Y,
    if (t[m.end]?.text === ",") {
      let a = m.end + 1;
      if (/^\d{1,3}$/.test(t[a]?.text ?? "") && t[a + 1]?.text === ",") a += 2;
      let b = a;
      while (
        b < t.length &&
        !/^[,;.:”“()—]$/.test(t[b]!.text) &&
        !/^(who|which|whose)$/.test(t[b]!.lower) &&
        b - a < 14
      )
        b++;
      const phrase = t.slice(a, b);
      // ("X, the festival organiser Anna Hale and...": a role that names another person is a list)
      const namesPerson = info.mentions.some(
        (x) => x.kind === "person" && x.start >= a && x.end <= b,
      );
      if (
        phrase.length >= 1 &&
        !namesPerson &&
        /^(,|;|\.|—|who|which|whose)$/.test(t[b]?.lower ?? ".") &&
        hasRoleHead(phrase, /^(the|a|an)$/.test(phrase[0]!.lower)) &&
        !phrase.some((x, k) => isClauseVerb(phrase, k) || x.pos === "PRON")
      ) {
        const first = phrase[0]!.lower;
        const role = roleCase(phrase);
        // "the coach", "Morocco's coach" — a possessor stands in for "the"
        const fixed =
          /^(the|a|an)$/.test(first) || /^['’]s$/.test(phrase[1]?.text ?? "")
            ? role
            : `the ${role}`;
        out.push({
          person,
          short,
          role: fixed,
          sentence: s,
          highlight: spanText(s, a, b),
          country: countryIn(phrase),
        });
        continue;
      }
    }
    // Harbour City chairman Tom Aldridge, England coach Peter Lomas
    const served = roleBeforeName(info, m.start);
    if (served) {
      out.push({
        person,
        short,
        role: served.role,
        sentence: s,
        highlight: spanText(s, served.start, m.end),
        country: served.country,
      });
      continue;
    }
    // Peter Lomas has been named as the new Harbour City manager / Anna Hale is science editor for
    // The Courier
    const stated = roleStated(info, m);
    if (stated) {
      out.push({
        person,
        short,
        role: stated.role,
        sentence: s,
        highlight: stated.highlight,
        country: countryIn(stated.tokens),
      });
      continue;
    }
    // President X of Y
    if (m.title && t[m.end]?.lower === "of") {
      const c = info.mentions.find(
        (x) => x.start === m.end + 1 && (x.kind === "country" || x.kind === "org"),
      );
      if (c) {
        const titleTokens = t.slice(m.start - m.title.split(" ").length, m.start);
        if (hasRoleHead(titleTokens)) {
          out.push({
            person,
            short,
            role: `the ${roleCase(titleTokens)} of ${c.text}`,
            sentence: s,
            highlight: spanText(s, m.start - titleTokens.length, c.end),
            country: c.kind === "country" ? findCountry(c.text)!.name : null,
          });
          continue;
        }
      }
    }
    // Russian President X / Foreign Minister X
    if (m.title) {
      const n = m.title.split(" ").length;
      const titleTokens = t.slice(m.start - n, m.start);
      const before = t[m.start - n - 1];
      const dem = before ? findDemonym(before.text) : undefined;
      if (dem && hasRoleHead(titleTokens)) {
        out.push({
          person,
          short,
          role: `the ${before!.text} ${roleCase(titleTokens)}`,
          sentence: s,
          highlight: spanText(s, m.start - n - 1, m.end),
          country: dem.name,
        });
        continue;
      }
      // Seoul Mayor X → the mayor of Seoul; Thailand's Prime Minister X → the prime minister of
      // Thailand
      const possessive = /^['’]s$/.test(t[m.start - n - 1]?.text ?? "") ? 1 : 0;
      const place = info.mentions.find(
        (x) => x.end === m.start - n - possessive && (x.kind === "city" || x.kind === "country"),
      );
      if (place && hasRoleHead(titleTokens)) {
        out.push({
          person,
          short,
          role: `the ${roleCase(titleTokens)} of ${place.text}`,
          sentence: s,
          highlight: spanText(s, place.start, m.end),
          country: place.kind === "country" ? findCountry(place.text)!.name : null,
        });
        continue;
      }
      // Health Secretary Ann Hollis → the Health Secretary: a title of two words or more names an
      // office
      if (
        n >= 2 &&
        !HONORIFICS.test(titleTokens[0]!.text) &&
        hasRoleHead(titleTokens) &&
        !t[m.start - n - 1]?.text.match(/^\p{Lu}/u)
      ) {
        out.push({
          person,
          short,
          role: `the ${spanText(s, m.start - n, m.start)}`,
          sentence: s,
          highlight: spanText(s, m.start - n, m.end),
          country: null,
        });
        continue;
      }
    }
    // Former transport secretary X, Tory MP X, Lib Dem health spokesman Sir X
    const label = labelBeforeName(info, m);
    if (label) {
      out.push({
        person,
        short,
        role: label.role,
        sentence: s,
        highlight: spanText(s, label.start, m.end),
        country: null,
        matchOnly: true,
      });
      continue;
    }
    // Y's president, X,
    if (
      t[m.start - 1]?.text === "," &&
      (t[m.end]?.text === "," || /^[.;]$/.test(t[m.end]?.text ?? ""))
    ) {
      let a = m.start - 2;
      while (a > 0 && !/^[,;:“”]$/.test(t[a - 1]!.text) && m.start - a < 12) a--;
      while (a < m.start - 1 && /^(and|but|while|or|as)$/i.test(t[a]!.text)) a++;
      const phrase = t.slice(a, m.start - 1);
      const possessive = phrase.findIndex((x) => x.pos === "PART" && /^['’]s$/.test(x.text));
      if (
        possessive > 0 &&
        hasRoleHead(phrase.slice(possessive + 1)) &&
        !phrase.some((x) => x.pos === "VERB" || x.pos === "AUX")
      ) {
        const role = roleCase(phrase);
        out.push({
          person,
          short,
          role: /^the\b/i.test(role) ? `the${role.slice(3)}` : role,
          sentence: s,
          highlight: spanText(s, a, m.start - 1),
          country: countryIn(phrase),
        });
      }
    }
  }
  // (a role that picked up a quotation's closing mark, after `...," Y's CEO, X, told`, is no role
  // to print)
  return out.filter((r) => !/["“”]/.test(r.role));
}

/**
 * Words that open a label before a name at the start of a sentence: "Former foreign secretary X".
 */
const LABEL_OPENERS = /^(Former|Ex|Acting|Deputy|Shadow|Senior|Veteran|Interim|Outgoing|Retired)$/;

/**
 * Adjectives a role label may hold ("senior", "shadow"); others ("confident") belong to the
 * sentence.
 */
const LABEL_ADJECTIVES = new RegExp(
  `^(${[
    "former|ex|senior|deputy|shadow|assistant|chief|acting|junior|interim|joint",
    "foreign|financial|economic|political|executive|general|managing|technical",
    "medical|legal|commercial|creative|artistic|musical|national|regional|local",
    "international|digital|new|veteran|retired|head|lead|principal|associate|vice",
  ].join("|")})$`,
);

/** "a Tory MP", "an SNP MP", "a former transport secretary". */
function withArticle(label: string): string {
  const an =
    /^[FHLMNRSX][A-Z]/.test(label) ||
    (/^([aeiou]|honou?r|hour|heir)/i.test(label) && !/^(u[a-z]|eu|one)/i.test(label));
  return an ? `an ${label}` : `a ${label}`;
}

/**
 * "Former transport secretary Alan Pritchard", "Tory MP Gareth Lind", "Lib Dem transport spokesman
 * Sir Owen Price": lower-case role words (and a party label or nationality before them) in front of
 * a name, the last a role noun. An honorific ("Sir") stays with neither.
 */
function labelBeforeName(
  info: SentenceInfo,
  m: { start: number; title?: string },
): { role: string; start: number } | null {
  const t = info.sentence.tokens;
  let end = m.start;
  if (m.title) {
    const n = m.title.split(" ").length;
    const titleTokens = t.slice(m.start - n, m.start);
    if (titleTokens.every((x) => HONORIFICS.test(x.text))) end = m.start - n;
    else if (!titleTokens.every((x) => /^(MP|MEP|MSP|AM)$/.test(x.text))) return null;
  }
  let a = end;
  const labelWord = (x: Token) =>
    (x.pos === "NOUN" && ROLE_WORD(x)) ||
    LABEL_ADJECTIVES.test(x.text) ||
    /^(MP|MEP|MSP|AM)$/.test(x.text);
  while (
    a > 0 &&
    end - a < 4 &&
    (labelWord(t[a - 1]!) || (a - 1 === 0 && LABEL_OPENERS.test(t[0]!.text)))
  )
    a--;
  const last = t[end - 1];
  if (
    a === end ||
    !last ||
    !(ROLE_HEADS.has(last.lower) || ROLE_HEADS.has(`${t[end - 2]?.lower} ${last.lower}`))
  )
    return null;
  // a party label or nationality in front: "Lib Dem", "Tory", "French"
  const two = a >= 2 ? `${t[a - 2]!.text} ${t[a - 1]!.text}` : "";
  let party = false;
  if (PARTY_LABELS.has(two)) {
    a -= 2;
    party = true;
  } else if (a >= 1 && (PARTY_LABELS.has(t[a - 1]!.text) || findDemonym(t[a - 1]!.text))) {
    a -= 1;
    party = true;
  }
  // "former Conservative leader"
  if (party && a >= 1 && /^(former|ex|then)$/.test(t[a - 1]!.lower)) a -= 1;
  // "Deloitte's chief economic advisor": the possessor takes the place of the article
  let possessor = false;
  if (
    !party &&
    a >= 2 &&
    /^['’]s$/.test(t[a - 1]!.text) &&
    /^\p{Lu}/u.test(t[a - 2]!.text) &&
    !/^\p{Lu}/u.test(t[a - 3]?.text ?? "")
  ) {
    a -= 2;
    possessor = true;
  }
  // two words at least, and nothing capitalised left in front ("Blue Harbour director" is part of a
  // title)
  if (
    end - a < 2 ||
    (a > 0 && /^\p{Lu}/u.test(t[a - 1]!.text) && !/^(The|But|And)$/.test(t[a - 1]!.text))
  )
    return null;
  if (
    t.slice(a, end).some((x) => x.text === "-" || x.pos === "VERB" || /^(and|or|of)$/.test(x.lower))
  )
    return null;
  const words = spanText(info.sentence, a, end);
  const phrase =
    a === 0 && LABEL_OPENERS.test(t[0]!.text)
      ? t[0]!.lower + words.slice(t[0]!.text.length)
      : words;
  return { role: possessor ? phrase : withArticle(phrase), start: a };
}

const HONORIFICS = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Mr\.|Mrs\.|Ms\.|Dr\.|Former|Acting)$/;

/**
 * Role words written in lower case before a name: "chairman", "chief executive", "assistant
 * manager".
 */
const ROLE_WORD = (x: Token) =>
  /^\p{Ll}[\p{Ll}-]*$/u.test(x.text) && (x.pos === "NOUN" || x.pos === "ADJ");

/**
 * "Harbour City chairman Tom Aldridge", "England coach Peter Lomas", "Tory leader Ann Hollis":
 * a body, party or country, role words in lower case, then the name; the role is "the Harbour City
 * chairman".
 */
function roleBeforeName(
  info: SentenceInfo,
  start: number,
): { role: string; start: number; country: string | null } | null {
  const s = info.sentence;
  const t = s.tokens;
  let a = start;
  while (a > 0 && start - a < 3 && ROLE_WORD(t[a - 1]!)) a--;
  if (
    a === start ||
    !hasRoleHead(t.slice(a, start)) ||
    (!ROLE_HEADS.has(t[start - 1]!.lower) &&
      !ROLE_HEADS.has(`${t[start - 2]?.lower} ${t[start - 1]!.lower}`))
  )
    return null;
  const body = info.mentions.find((x) => x.end === a && (x.kind === "org" || x.kind === "country"));
  // ("Blue Harbour director": a body's name that is part of a longer capitalised title is no body)
  if (
    !body ||
    (/^\p{Lu}/u.test(t[body.start - 1]?.text ?? "") && t[body.start - 1]!.text !== "The")
  )
    return null;
  // "the Harbour City chairman", but "the former Chelsea boss" keeps its "former"
  let from = body.start;
  while (from > 0 && /^(former|ex|new|current|then)$/.test(t[from - 1]!.lower)) from--;
  if (t[from - 1]?.text === "-") return null;
  const role = `the ${spanText(s, from, start)}`;
  return {
    role,
    start: from,
    country: body.kind === "country" ? (findCountry(body.text)?.name ?? null) : null,
  };
}

const APPOINTED = new Set([
  "appoint",
  "name",
  "unveil",
  "elect",
  "install",
  "confirm",
  "choose",
  "announce",
  "crown",
  "hire",
  "select",
  "nominate",
]);

/**
 * "Peter Lomas has been named as the new Harbour City manager", "Anna Hale is science
 * editor for The Courier": a person made or described as a role in the sentence's main clause.
 */
function roleStated(
  info: SentenceInfo,
  m: { start: number; end: number },
): { role: string; highlight: string; tokens: Token[] } | null {
  const s = info.sentence;
  const t = s.tokens;
  if (m.start !== 0 && !(m.start <= 3 && t.slice(0, m.start).every((x) => /^\p{Lu}/u.test(x.text))))
    return null;
  let v = m.end;
  while (v < t.length && v < m.end + 3 && (t[v]!.pos === "AUX" || t[v]!.pos === "ADV")) v++;
  const verb = t[v - 1];
  let a: number;
  if (
    t[v]?.pos === "VERB" &&
    APPOINTED.has(t[v]!.lemma) &&
    t[v + 1]?.lower === "as" &&
    t.slice(m.end, v).some((x) => x.lemma === "be" || x.lemma === "have")
  )
    a = v + 2;
  else if (v === m.end + 1 && verb && /^(is|was)$/.test(verb.lower)) a = v;
  else return null;
  let b = a;
  while (
    b < t.length &&
    !/^[,;.:”“"()—–-]$/.test(t[b]!.text) &&
    !/^(who|which|whose|and|but|after|when|since|until|in|on)$/.test(t[b]!.lower) &&
    b - a < 10
  )
    b++;
  const phrase = t.slice(a, b);
  if (
    phrase.length === 0 ||
    !hasRoleHead(phrase) ||
    phrase.some((x) => x.pos === "VERB" || x.pos === "AUX" || x.pos === "PRON")
  )
    return null;
  if (
    !/^[,;.]$/.test(t[b]?.text ?? ".") &&
    t[b] !== undefined &&
    !/^(who|which|whose|and|but|after|when|since|until|in|on)$/.test(t[b]!.lower)
  )
    return null;
  const first = phrase[0]!.lower;
  const role = roleCase(phrase);
  return {
    role: /^(the|a|an)$/.test(first) ? role : `the ${role}`,
    highlight: spanText(s, a, b),
    tokens: phrase,
  };
}

/**
 * True when a role makes sense outside the article: it names its country or body ("the president
 * of Russia", "Nigeria's goalkeeper", "an analyst at Deniz Securities") or describes the person
 * fully ("a 34-year-old teacher"). "The hosts' captain", "the head of the agency" or "the company's
 * regional director" need the sentences around them, so no question asks about them.
 */
export function isSelfContained(role: string): boolean {
  const body = role.replace(/^(the|a|an) /i, "");
  if (/(^|\s)\p{Ll}[\p{L}-]*['’]s?\s/u.test(body)) return false;
  if (/\p{Lu}/u.test(body)) return true;
  return /^(a|an) /i.test(role) && role.split(" ").length >= 3;
}
