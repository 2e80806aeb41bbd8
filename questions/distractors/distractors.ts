import { COMMON_REASONS } from "../data/cues.ts";
import {
  CITIES,
  COUNTRIES,
  categoryFamily,
  findCity,
  findCountry,
  findDemonym,
  GIVEN_NAMES,
  KNOWN_ORGANISATIONS,
  PARTY_NAMES,
  TITLE_GENDER,
  WEEKDAYS,
  WORLD_BODIES,
} from "../data/gazetteer.ts";
import type { AnswerKind, Fact, RoleFact } from "../facts/facts.ts";
import { normalizeCached } from "../grade.ts";
import { seededShuffle } from "../hash.ts";
import { displayName, type Entity } from "../read/entities.ts";
import type { Quantity } from "../read/quantities.ts";

/** What the article offers as wrong answers, by kind. */
export type Pools = {
  names: Map<AnswerKind, string[]>;
  categories: Map<string, string>;
  counts: Quantity[];
  speakers: string[];
  events: string[];
  /** Normalised name → the kind of thing it names. */
  kinds: Map<string, AnswerKind>;
  /**
   * Normalised name → the people and bodies it belongs with: a person's organisation and
   * colleagues, an organisation's people (from the roles the article gives).
   */
  affiliates: Map<string, Set<string>>;
  /**
   * Every word of the article, lower case: a general stand-in that shares one may be true there.
   */
  articleWords: ReadonlySet<string>;
};

/** Groups the article's entities and numbers by kind, in order of first mention. */
export function buildPools(
  entities: Entity[],
  counts: Quantity[],
  speakers: string[],
  events: string[] = [],
  roles: RoleFact[] = [],
  sourcesOnly: ReadonlySet<string> = new Set(),
  articleWords: ReadonlySet<string> = new Set(),
): Pools {
  const names = new Map<AnswerKind, string[]>();
  const categories = new Map<string, string>();
  const kinds = new Map<string, AnswerKind>();
  for (const e of entities) {
    const name = displayName(e);
    if (e.category) categories.set(name, e.category);
    const list = names.get(e.kind) ?? [];
    // A real article names a few dozen people at most; a pasted list of thousands would make every
    // distractor search walk all of them.
    if (list.length >= POOL_LIMIT) continue;
    // "GB", "DRM": letters the article never spells out are too unsure a body to offer as one
    if (e.kind === "org" && bareAcronym(e)) continue;
    // "L Orquera", "KP Robertson": a team sheet's initials look odd beside full names
    if (e.kind === "person" && /^[A-Z]{1,2}\.? /.test(name)) continue;
    // "told BBC News": where the article got its news is no stand-in for an actor in it; nor is
    // half a name
    if (sourcesOnly.has(e.key)) continue;
    list.push(name);
    names.set(e.kind, list);
    kinds.set(normalizeCached(name), e.kind);
  }
  return {
    names,
    categories,
    counts: counts.slice(0, POOL_LIMIT * 4),
    speakers: speakers.slice(0, POOL_LIMIT),
    events: events.slice(0, POOL_LIMIT),
    kinds,
    affiliates: affiliations(names.get("org") ?? [], roles.slice(0, POOL_LIMIT)),
    articleWords,
  };
}

/**
 * Every name of a party or country ("Tories" and "Conservatives"), normalised, for one canonical
 * name.
 */
function aliasesOf(canonicalName: string): string[] {
  const out: string[] = [];
  for (const [label, party] of Object.entries(PARTY_NAMES))
    if (party === canonicalName) out.push(normalizeCached(label));
  return out;
}

/**
 * An organisation known only by letters the article never spells out ("DRM", "GB"), and no world
 * body.
 */
export function bareAcronym(e: Entity): boolean {
  return /^[A-Z0-9]{2,6}$/.test(e.name) && !KNOWN_ORGANISATIONS.has(e.name) && !PARTY_NAMES[e.name];
}

/** The most names of one kind (and speakers, events) a distractor search looks through. */
const POOL_LIMIT = 60;

/**
 * "Patrice Motsepe, the president of the Confederation of African Football": he and the body belong
 * together.
 */
function affiliations(orgs: string[], roles: RoleFact[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!out.has(a)) out.set(a, new Set());
    out.get(a)!.add(b);
  };
  const members = new Map<string, string[]>();
  for (const r of roles) {
    const role = ` ${normalizeCached(r.role)} `;
    for (const org of orgs.map(normalizeCached)) {
      if (!role.includes(` ${org} `)) continue;
      const person = normalizeCached(r.person);
      link(person, org);
      link(org, person);
      for (const colleague of members.get(org) ?? []) {
        link(person, colleague);
        link(colleague, person);
      }
      members.set(org, [...(members.get(org) ?? []), person]);
    }
  }
  return out;
}

/**
 * True when the words of `inner` stand together inside `outer` ("karabakh" in "nagorno karabakh").
 */
function withinWords(inner: string, outer: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

const CONTINENTS = [
  "Europe",
  "Asia",
  "Africa",
  "North America",
  "South America",
  "Latin America",
  "Australia",
  "the Middle East",
];

const GAZETTEER_ORGS = [
  "United Nations",
  "European Union",
  "NATO",
  "World Bank",
  "Red Cross",
  "African Union",
  "World Health Organization",
  "International Monetary Fund",
];

/** Formats a number the way the answer is written ("2,000" keeps its comma). */
export function formatLike(value: number, like: string): string {
  const decimals = /\.(\d+)/.exec(like)?.[1]?.length ?? 0;
  const fixed = value.toFixed(decimals);
  if (!like.includes(",")) return fixed;
  const [int, frac] = fixed.split(".");
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}

const SCALE_WORD = new RegExp(
  String.raw`^([\d.,]+)(\s*(?:thousand|million|billion|trillion|bn|m)` +
    String.raw`|\s+(?:thousand|million|billion|trillion))$`,
  "i",
);

/**
 * A written figure taken apart: "£1.2bn" → "£", "1.2", "bn"; "20%" → "20", "%"; "2bn euros" → "2",
 * "bn", " euros".
 */
export function splitFigure(
  text: string,
): { prefix: string; number: string; scale: string; suffix: string; tail: string } | null {
  const m = new RegExp(
    // ("S$95.5 million", "HK$2 billion": a dollar of another country keeps its letters)
    String.raw`^([A-Z]{1,3}\$|[£$€¥])?([\d,]+(?:\.\d+)?)` +
      String.raw`(\s*(?:bn|m|k)|\s(?:thousand|million|billion|trillion))?` +
      String.raw`(%|\sper cent|\spercent)?(\s[a-z]+)?$`,
    "i",
  ).exec(text);
  if (!m) return null;
  return {
    prefix: m[1] ?? "",
    number: m[2]!,
    scale: m[3] ?? "",
    suffix: m[4] ?? "",
    tail: m[5] ?? "",
  };
}

/** "18th" for 18. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** The next scale up of each scale word as written: " million" → " billion", "m" → "bn". */
const NEXT_SCALE: Record<string, string> = {
  " thousand": " million",
  " million": " billion",
  " billion": " trillion",
  m: "bn",
};

/** "1100" and " million" as "1.1 billion": a figure of 1,000 or more of a scale moves up one. */
function upScale(n: string, scale: string): string {
  const value = Number(n.replace(/,/g, ""));
  const next = NEXT_SCALE[scale.toLowerCase()];
  if (value < 1000 || !next) return n + scale;
  return `${Number((value / 1000).toFixed(1))}${next}`;
}

/**
 * Round numbers near the answer, of its own order of magnitude and written the same way:
 * 2,000 → 3,000, 1,000, 4,000...; "18 million" → "27 million"; "two" → "three".
 */
export function nearbyNumbers(value: number, like: string): string[] {
  const scaled = SCALE_WORD.exec(like);
  if (scaled) {
    const base = Number(scaled[1]!.replace(/,/g, ""));
    return nearbyNumbers(base, scaled[1]!).map((n) => upScale(n, scaled[2]!));
  }
  if (/^\d+(st|nd|rd|th)$/.test(like)) {
    return [value + 1, value - 1, value + 2, value - 2, value + 5]
      .filter((n) => n > 0)
      .map(ordinal);
  }
  if (/^[a-z]+$/i.test(like)) {
    const words = [
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
    ];
    const i = words.indexOf(like.toLowerCase());
    if (i === -1) return [];
    const near = [i + 1, i - 1, i + 2, i + 3, i - 2]
      .filter((k) => k >= 0 && k < words.length)
      .map((k) => words[k]!);
    return near.map((w) => (/^\p{Lu}/u.test(like) ? w.charAt(0).toUpperCase() + w.slice(1) : w));
  }
  const decimals = /\.(\d+)/.exec(like)?.[1]?.length ?? 0;
  if (decimals > 0) {
    const step = Math.max(10 ** -decimals, Math.abs(value) * 0.15);
    return [value + step, value - step, value + 2 * step, value + 3 * step]
      .filter((v) => v > 0)
      .map((v) => formatLike(Number(v.toFixed(decimals)), like));
  }
  // (not halves and doubles of the answer: blind teachers called those absurd)
  const factors = value < 10 ? [] : [1.25, 0.75, 1.5, 0.6, 2, 0.4];
  const out: number[] = [];
  if (value < 10) out.push(value + 1, value + 2, value - 1, value + 3);
  // (as round as the answer: 442 gets 663 and 221, not 660 and 220, which would single it out)
  const zeros = /0*$/.exec(String(value))![0].length;
  for (const f of factors) {
    const raw = value * f;
    const mag = 10 ** Math.min(zeros, Math.max(0, Math.floor(Math.log10(raw)) - 1));
    out.push(Math.round(raw / mag) * mag);
  }
  return [...new Set(out)]
    .filter((v) => v > 0 && v !== value && Number.isInteger(v))
    .map((v) => formatLike(v, like));
}

/**
 * Gazetteer countries by region and each city's region, worked out on first use (the same for every
 * quiz).
 */
let byRegion: {
  countries: Map<string, string[]>;
  cities: { name: string; region: string }[];
} | null = null;

function regions() {
  if (!byRegion) {
    const countries = new Map<string, string[]>();
    for (const c of COUNTRIES)
      countries.set(c.region, [...(countries.get(c.region) ?? []), c.name]);
    const cities = CITIES.map((c) => ({
      name: c.name,
      region: findCountry(c.country)?.region ?? "",
    }));
    byRegion = { countries, cities };
  }
  return byRegion;
}

function gazetteerFor(kind: AnswerKind, answer: string, articleNames: string[]): string[] {
  switch (kind) {
    case "country": {
      const region =
        findCountry(answer)?.region ??
        articleNames.map((n) => findCountry(n)?.region).find(Boolean);
      // countries of the answer's own region only: the whole atlas in order offers "Afghanistan"
      // for a rugby nation
      return regions().countries.get(region ?? "") ?? [];
    }
    case "city":
    case "place": {
      if (CONTINENTS.includes(answer)) return CONTINENTS;
      const countries = articleNames
        .map((n) => findCountry(n) ?? (findCity(n) ? findCountry(findCity(n)!.country) : undefined))
        .filter((c) => c !== undefined);
      const near = new Set(countries.map((c) => c.region));
      return [
        ...countries.map((c) => c.capital),
        ...regions()
          .cities.filter((c) => near.has(c.region))
          .map((c) => c.name),
      ];
    }
    case "nationality": {
      const region = findDemonym(answer)?.region;
      return COUNTRIES.filter((c) => c.region === region).map((c) => c.demonym);
    }
    case "weekday": {
      const i = WEEKDAYS.indexOf(answer);
      return [1, -1, 2, -2, 3].map((d) => WEEKDAYS[(i + d + 7) % 7]!);
    }
    case "org":
      // world bodies stand in only for a world body: never "the United Nations" for a football club
      // (nor for a national regulator or parliament: "Ofcom" among the UN, the EU and NATO stands
      // out)
      return WORLD_BODIES.has(answer.replace(/^the /, ""))
        ? GAZETTEER_ORGS.filter((o) => KNOWN_ORGANISATIONS.has(o))
        : [];
    default:
      return [];
  }
}

/**
 * Three wrong answers of the answer's kind, from the article first and the gazetteer second;
 * never the answer or a spelling of it, never a name the prompt uses, never a duplicate.
 * Null when there are not enough good ones.
 */
/**
 * "m" or "f" when the prompt, outside its quotations, speaks of the one it asks about as "he" or
 * "she".
 */
function promptSex(prompt: string): "m" | "f" | null {
  const own = prompt.replace(/[“"][^”"]*[”"]/g, " ");
  const m = /\b(he|him|his|himself)\b/i.test(own);
  const f = /\b(she|her|hers|herself)\b/i.test(own);
  return m === f ? null : m ? "m" : "f";
}

/** "m" or "f" when a name's title or given name says so ("Sir Peter Lomas", "Anna Hale"). */
function nameSex(name: string): "m" | "f" | null {
  const first = name.split(" ")[0] ?? "";
  return TITLE_GENDER[first] ?? GIVEN_NAMES.get(first) ?? null;
}

export function pickDistractors(fact: Fact, pools: Pools, seed: string, n = 3): string[] | null {
  // a country under another name ("America" for "US") is the same answer
  const canonical = (name: string) =>
    findCountry(name.replace(/^the /, ""))?.name ?? PARTY_NAMES[name.replace(/^the /, "")] ?? name;
  const taken = new Set(
    [fact.answer, ...fact.accept, ...fact.alsoTrue].flatMap((x) => [
      normalizeCached(x),
      normalizeCached(canonical(x)),
    ]),
  );
  const prompt = normalizeCached(fact.prompt);
  const answerKey = normalizeCached(fact.answer);
  const out: string[] = [];
  const answerKind = pools.kinds.get(answerKey);
  const answerWords = answerKey.split(" ").filter((w) => w.length >= 4);
  // "Who ... for the role that won him ...?": a woman among the options would give the answer away
  const sex = fact.kind === "person" ? promptSex(fact.prompt) : null;
  const offer = (candidate: string) => {
    if (out.length >= n) return;
    const candidateSex = sex ? nameSex(candidate) : null;
    if (candidateSex && candidateSex !== sex) return;
    const key = normalizeCached(candidate);
    if (taken.has(normalizeCached(canonical(candidate)))) return;
    if (!key || taken.has(key)) return;
    if (prompt.includes(key)) return;
    // ("the Conservatives" for a question that names "the Tories": the same party under its other
    // name)
    if (aliasesOf(canonical(candidate)).some((a) => ` ${prompt} `.includes(` ${a} `))) return;
    // "Marsh dropped Tony Marsh": a name whose family name the prompt already uses
    const family = key.split(" ").pop()!;
    if (fact.kind === "person" && family.length > 2 && ` ${prompt} `.includes(` ${family} `))
      return;
    // a surname of the answer, or the answer inside a longer name, would be a second right answer
    if (key.includes(answerKey) || answerKey.includes(key)) return;
    // two options where one is part of the other ("Karabakh", "Nagorno-Karabakh") name one thing
    for (const k of taken) if (withinWords(k, key) || withinWords(key, k)) return;
    // "Mehta Group" beside "Priya Mehta": a body named after the person, or the other way round
    const kind = pools.kinds.get(key);
    if (kind && answerKind && kind !== answerKind && answerWords.some((w) => withinWords(w, key)))
      return;
    // "Who said...?": the speaker's own body or colleague could be said to have said it too
    if (fact.said && pools.affiliates.get(answerKey)?.has(key)) return;
    taken.add(key);
    taken.add(normalizeCached(canonical(candidate)));
    out.push(candidate);
  };
  const kind = fact.kind;
  if (kind === "ordinal") {
    const same = pools.counts
      .filter((q) => q.kind === "ordinal" && q.unit === fact.unit)
      .map((q) => q.core);
    for (const c of same) offer(c);
    for (const c of nearbyNumbers(fact.value ?? 0, fact.answer)) offer(c);
    return out.length === n ? out : null;
  }
  if (kind === "count" && /\bhow old\b/i.test(fact.prompt) && /^\d+$/.test(fact.answer)) {
    // an age: other ages a reader could believe, never double or half a lifetime
    const age = Number(fact.answer);
    for (const d of seededShuffle([4, -4, 7, -7, 11, -11, 15], seed, String))
      if (age + d >= 1 && age + d <= 105) offer(String(age + d));
    return out.length === n ? out : null;
  }
  if (kind === "count" || kind === "percent" || kind === "money") {
    const value = fact.value ?? 0;
    const fig = splitFigure(fact.answer);
    if (fig && (fig.prefix || fig.scale || fig.suffix)) {
      // "£600m", "20%", "2bn euros": near numbers and the article's other figures, written the same
      // way
      const base = Number(fig.number.replace(/,/g, ""));
      const dress = (n: string) => `${fig.prefix}${n}${fig.scale}${fig.suffix}${fig.tail}`;
      const share = fig.suffix !== "";
      const alike = pools.counts
        .map((q) => splitFigure(q.kind === "percent" ? `${q.core}${fig.suffix}` : q.text))
        .filter(
          (f) =>
            f &&
            f.prefix === fig.prefix &&
            f.scale.trim() === fig.scale.trim() &&
            f.suffix === fig.suffix &&
            Number(f.number.replace(/,/g, "")) !== base,
        )
        .map((f) => dress(f!.number));
      for (const c of seededShuffle([...new Set(alike)], seed).slice(0, share ? 2 : 1)) offer(c);
      for (const c of nearbyNumbers(base, fig.number))
        if (!share || Number(c.replace(/,/g, "")) <= 100) offer(dress(c));
      return out.length === n ? out : null;
    }
    // Another figure of the article with the same unit and a plain written form is the best wrong
    // answer.
    const plain = /^[\d,]+(\.\d+)?$/.test(fact.answer);
    const fromArticle = plain
      ? pools.counts
          .filter(
            (q) =>
              q.kind === "count" &&
              /^[\d,]+$/.test(q.core) &&
              /^[\d,]+$/.test(fact.answer) &&
              q.value !== value &&
              q.value > value / 20 &&
              q.value < value * 20 &&
              fact.unit !== undefined &&
              q.unit === fact.unit,
          )
          .map((q) => formatLike(q.value, fact.answer))
      : [];
    for (const c of seededShuffle(fromArticle, seed).slice(0, 1)) offer(c);
    // a share stays a share: no "120%" for a fall of 77%
    const isShare = /%|per ?cent/.test(fact.highlight) && value <= 100;
    for (const c of nearbyNumbers(value, fact.answer))
      if (!isShare || Number(c.replace(/,/g, "")) <= 100) offer(c);
    return out.length === n ? out : null;
  }
  if (kind === "score") {
    // "31-6" → "31-16", "21-6", "24-6": the same margin read wrongly, never the teams swapped
    const m = /^(\d+)-(\d+)$/.exec(fact.answer);
    if (!m) return null;
    const [a, b] = [Number(m[1]), Number(m[2])];
    // a vote keeps its number of voters: "10-1" → "9-2", "8-3", "7-4"; and a vote that carried
    // still carries ("3-0" to approve is never "1-2" or "0-3")
    if (/^By what margin\b|\bvot(e|ed|es|ing)\b/i.test(fact.prompt)) {
      const step = Math.max(1, Math.round((a + b) / 20));
      for (const d of [1, 2, 3, -1, 4, 5, 6]) {
        const [x, y] = [a - d * step, b + d * step];
        if (x >= 0 && y >= 0 && (a <= b || x > y)) offer(`${x}-${y}`);
      }
      return out.length === n ? out : null;
    }
    const step = Math.max(1, Math.round(Math.max(a, b) / 6));
    for (const [x, y] of [
      [a + step, b],
      [a, b + step],
      [a + step, b + step],
      [a - step, b],
      [a + 2 * step, b],
    ])
      if (x! > y! && y! >= 0) offer(`${x}-${y}`);
    return out.length === n ? out : null;
  }
  if (kind === "year") {
    const y = fact.value ?? Number(fact.answer);
    for (const d of seededShuffle([1, -1, 2, -2, 3, -3, 5], seed, String)) offer(String(y + d));
    return out.length === n ? out : null;
  }
  if (kind === "decade") {
    const m = /(\d{4})s/.exec(fact.answer);
    if (!m) return null;
    for (const d of [10, -10, 20, -20, 30])
      offer(fact.answer.replace(m[1]!, String(Number(m[1]) + d)));
    return out.length === n ? out : null;
  }
  const articleNames = [...pools.names.values()].flat();
  let pool: string[] = [];
  if (kind === "cause") {
    const answerWords = new Set(normalizeCached(fact.answer).split(" "));
    const highlight = normalizeCached(fact.highlight);
    // Another event of the article, not a part of the true cause ("the collapse" inside "the
    // collapse of rebel opposition").
    // (one event of each head word: "significant delays" and "major delays" are one option)
    const heads = new Set<string>();
    for (const e of seededShuffle(pools.events, seed)) {
      const n = normalizeCached(e);
      const head = n.split(" ").pop()!;
      if (
        highlight.includes(n) ||
        heads.has(head) ||
        n.split(" ").filter((w) => answerWords.has(w) && w.length > 3).length > 0
      )
        continue;
      heads.add(head);
      offer(e.charAt(0).toUpperCase() + e.slice(1));
    }
    // a reason many events have, when the article names too few others; never one it may state
    if (out.length >= n - 2)
      for (const r of seededShuffle(COMMON_REASONS, seed)) {
        const words = normalizeCached(r)
          .split(" ")
          .filter((w) => w.length > 3);
        if (!words.some((w) => pools.articleWords.has(w))) offer(r);
      }
    return out.length === n ? out : null;
  }
  if (kind === "speaker") pool = [...pools.speakers, ...(pools.names.get("person") ?? [])];
  // a city for a city (not "Cordillera Blanca" for Baku); any place for a place
  else if ((kind === "city" || kind === "place") && findCity(fact.answer)) {
    // a city of the answer's own country first: "the Syrian city of ___" takes no Geneva
    const home = findCity(fact.answer)!.country;
    const same = (c: string) => findCity(c)?.country === home;
    const own = [
      ...(pools.names.get("city") ?? []).filter(same),
      ...seededShuffle(
        CITIES.filter((c) => c.country === home).map((c) => c.name),
        seed,
      ),
    ];
    for (const c of own) offer(c);
    if (out.length === n) return out;
    pool = pools.names.get("city") ?? [];
  } else if (kind === "city") pool = pools.names.get("city") ?? [];
  // a continent for a continent
  else if (kind === "place" && CONTINENTS.includes(fact.answer))
    pool = (pools.names.get("place") ?? []).filter((p) => CONTINENTS.includes(p));
  else if (kind === "place")
    pool = [...(pools.names.get("city") ?? []), ...(pools.names.get("place") ?? [])];
  else if (kind === "org" && fact.category) {
    // a company for a company, an agency for an agency, then any organisation
    const family = categoryFamily(fact.category);
    const orgs = pools.names.get("org") ?? [];
    const same = orgs.filter((o) => categoryFamily(pools.categories.get(o) ?? "") === family);
    for (const c of seededShuffle(same, seed)) offer(c);
    // a company is not offered with an index or a university beside it: too few of its sort, no
    // choice question
    if (family !== "public") return out.length === n ? out : null;
    pool = orgs.filter((o) => !same.includes(o));
  } else pool = pools.names.get(kind) ?? [];
  for (const c of seededShuffle(pool, seed)) offer(c);
  // World bodies only stand in for world bodies, not for a company or a sports body.
  if (kind === "org" && fact.category && categoryFamily(fact.category) !== "public")
    return out.length === n ? out : null;
  // a place the atlas does not know (a district, a town) takes no capital cities for stand-ins:
  // "Phnom Penh" among the districts of an island is of the wrong kind
  const unknownPlace =
    (kind === "place" || kind === "city") &&
    !findCity(fact.answer) &&
    !findCountry(fact.answer) &&
    !CONTINENTS.includes(fact.answer);
  if (!unknownPlace) for (const c of gazetteerFor(kind, fact.answer, articleNames)) offer(c);
  return out.length === n ? out : null;
}
