import { type Entity, spanText } from "./entities.ts";
import type { RoleFact, SentenceInfo } from "./facts.ts";
import { NAME_TITLES, ROLE_HEADS, findCountry, findDemonym, isAgentNoun } from "./gazetteer.ts";
import type { Token } from "./nlp.ts";

/** Lower-cases title words ("President" → "president") and keeps names as written. */
function roleCase(tokens: Token[]): string {
  return tokens
    .map((t, i) => {
      const w = t.text;
      const spaced = i > 0 && tokens[i - 1]!.end !== t.start ? " " : "";
      const word = (NAME_TITLES.has(w) || ROLE_HEADS.has(w.toLowerCase())) && !findCountry(w) && !findDemonym(w) ? w.toLowerCase() : w;
      return (i === 0 ? "" : spaced) + word;
    })
    .join("");
}


/** True when one of the first words of a phrase is a role noun ("president", "head coach", "astrophysicist"). */
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
    const c = findCountry(tokens[i]!.text) ?? findCountry(tokens.slice(i).map((t) => t.text).join(" "));
    if (c) return c.name;
  }
  return null;
}

/** A verb that makes a clause, not one inside a compound ("Nairobi-based", "state-owned"). */
function isClauseVerb(tokens: Token[], k: number): boolean {
  const x = tokens[k]!;
  const prev = tokens[k - 1];
  return (x.pos === "VERB" || x.pos === "AUX") && !(prev && /^[-‐]$/.test(prev.text) && prev.end === x.start);
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
    if (m.kind !== "person") continue;
    const person = entities.get(m.entity)?.name ?? m.text;
    const short = entities.get(m.entity)?.short;
    // X, the president of Y,
    if (t[m.end]?.text === ",") {
      let a = m.end + 1;
      if (/^\d{1,3}$/.test(t[a]?.text ?? "") && t[a + 1]?.text === ",") a += 2;
      let b = a;
      while (b < t.length && !/^[,;.:”“()—]$/.test(t[b]!.text) && !/^(who|which|whose)$/.test(t[b]!.lower) && b - a < 14) b++;
      const phrase = t.slice(a, b);
      if (phrase.length >= 1 && /^(,|;|\.|—|who|which|whose)$/.test(t[b]?.lower ?? ".") && hasRoleHead(phrase, /^(the|a|an)$/.test(phrase[0]!.lower)) && !phrase.some((x, k) => (isClauseVerb(phrase, k) || x.pos === "PRON"))) {
        const first = phrase[0]!.lower;
        const role = roleCase(phrase);
        // "the coach", "Morocco's coach" — a possessor stands in for "the"
        const fixed = /^(the|a|an)$/.test(first) || /^['’]s$/.test(phrase[1]?.text ?? "") ? role : `the ${role}`;
        out.push({ person, short, role: fixed, sentence: s, highlight: spanText(s, a, b), country: countryIn(phrase) });
        continue;
      }
    }
    // President X of Y
    if (m.title && t[m.end]?.lower === "of") {
      const c = info.mentions.find((x) => x.start === m.end + 1 && (x.kind === "country" || x.kind === "org"));
      if (c) {
        const titleTokens = t.slice(m.start - m.title.split(" ").length, m.start);
        if (hasRoleHead(titleTokens)) {
          out.push({ person, short, role: `the ${roleCase(titleTokens)} of ${c.text}`, sentence: s, highlight: spanText(s, m.start - titleTokens.length, c.end), country: c.kind === "country" ? findCountry(c.text)!.name : null });
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
        out.push({ person, short, role: `the ${before!.text} ${roleCase(titleTokens)}`, sentence: s, highlight: spanText(s, m.start - n - 1, m.end), country: dem.name });
        continue;
      }
      // Seoul Mayor X → the mayor of Seoul
      const place = info.mentions.find((x) => x.end === m.start - n && (x.kind === "city" || x.kind === "country"));
      if (place && hasRoleHead(titleTokens)) {
        out.push({ person, short, role: `the ${roleCase(titleTokens)} of ${place.text}`, sentence: s, highlight: spanText(s, place.start, m.end), country: place.kind === "country" ? findCountry(place.text)!.name : null });
        continue;
      }
    }
    // Y's president, X,
    if (t[m.start - 1]?.text === "," && (t[m.end]?.text === "," || /^[.;]$/.test(t[m.end]?.text ?? ""))) {
      let a = m.start - 2;
      while (a > 0 && !/^[,;:“”]$/.test(t[a - 1]!.text) && m.start - a < 12) a--;
      while (a < m.start - 1 && /^(and|but|while|or|as)$/i.test(t[a]!.text)) a++;
      const phrase = t.slice(a, m.start - 1);
      const possessive = phrase.findIndex((x) => x.pos === "PART" && /^['’]s$/.test(x.text));
      if (possessive > 0 && hasRoleHead(phrase.slice(possessive + 1)) && !phrase.some((x) => x.pos === "VERB" || x.pos === "AUX")) {
        const role = roleCase(phrase);
        out.push({ person, short, role: /^the\b/i.test(role) ? "the" + role.slice(3) : role, sentence: s, highlight: spanText(s, a, m.start - 1), country: countryIn(phrase) });
      }
    }
  }
  return out;
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
