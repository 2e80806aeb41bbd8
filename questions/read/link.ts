/**
 * Names linked across the article: a surname joins the person named in full, an unsure name takes
 * the kind it has elsewhere, a short name a reader may write instead of the full one.
 */
import { GIVEN_NAMES, TITLE_GENDER } from "../data/gazetteer.ts";
import type { Entity, Mention } from "./entities.ts";
import { FAMILY_NAME_FIRST, KNOWN_BY_TITLE, PARTICLES } from "./name-runs.ts";

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
