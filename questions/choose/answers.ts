/**
 * The texts that count as a question's answer (a surname alone, a country's other names, a figure
 * in words) and whether a text prints one: the give-away checks of the title and the other
 * questions.
 */
import type { Draft } from "../ask/write.ts";
import { demonymsOf, findCountry, namesOf } from "../data/gazetteer.ts";
import { normalizeCached, shortForms } from "../grade.ts";

/**
 * The texts a student may type or choose as this question's answer, with a person's surname alone.
 */
export function answerTexts(q: Draft): string[] {
  if (typeof q.answer !== "string" || q.type === "truefalse") return [];
  const out = new Set<string>();
  for (const a of [q.answer, ...(q.accept ?? [])]) {
    const n = normalizeCached(a);
    if (n.length > 0) out.add(n);
    const names = a.split(/\s+/);
    const last = names[names.length - 1]!;
    // ("Jaap van Zweden": a lower-case particle belongs to the family name)
    const particle = (w: string) =>
      /^(van|von|de|der|den|da|das|del|della|di|du|le|la|bin|al|ter)$/.test(w);
    if (
      names.length >= 2 &&
      names.every((w) => /^\p{Lu}/u.test(w) || particle(w)) &&
      /^\p{Lu}/u.test(names[0]!) &&
      last.length >= 3
    ) {
      out.add(normalizeCached(last));
      const from = names.findIndex((w, i) => i > 0 && particle(w));
      if (from > 0) out.add(normalizeCached(names.slice(from).join(" ")));
    }
  }
  return [...out];
}

/** Numbers a headline may write in words: "Two dead" for 2. */
const NUMBER_ALIASES = new Map([
  ["2", "two"],
  ["3", "three"],
  ["10", "ten"],
  ["12", "dozen"],
]);

/**
 * `answerTexts` and the other ways a headline may print the answer: the country's people
 * ("Aussie landscapes" for Australia) or a number in words ("a decade in prison" for 10 years).
 */
export function titleTexts(q: Draft): string[] {
  const out = answerTexts(q);
  if (out.length === 0) return out;
  const answer = String(q.answer).trim();
  const country = findCountry(answer.replace(/^the /i, ""));
  if (country) {
    for (const d of demonymsOf(country)) out.push(normalizeCached(d), normalizeCached(`${d}s`));
    for (const name of namesOf(country)) out.push(normalizeCached(name));
  }
  // ("Norris passes..." above "The ___ passed..." for the Norris City Council: the body's
  // distinctive word is the name a reader knows it by)
  if (!/\d/.test(answer))
    for (const short of shortForms(answer)) {
      out.push(normalizeCached(short));
      // ("Norris City" of the Norris City Council: its first word names it too)
      const first = short.split(" ")[0]!;
      if (short.includes(" ") && first.length >= 4) out.push(normalizeCached(first));
    }
  // ("plunged ___ percent" under "plunge 10 percent": the title reads as "10%" once normalised)
  if (/___ ?(percent|per cent)\b/i.test(q.prompt)) out.push(`${normalizeCached(answer)}%`);
  const years = /___ years\b|\bhow many years\b/i.test(q.prompt);
  if (answer === "10" && years) out.push("decade");
  if (answer === "100" && years) out.push("century");
  const word = NUMBER_ALIASES.get(answer);
  if (word) out.push(word);
  return out;
}

/** True when `text` holds one of `answers` as whole words. */
export function mentions(text: string, answers: readonly string[]): boolean {
  const t = ` ${normalizeCached(text)} `;
  return answers.some((a) => t.includes(` ${a} `));
}
