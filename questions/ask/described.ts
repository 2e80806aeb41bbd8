import type { SentenceInfo } from "../facts/facts.ts";
import type { Entity } from "../read/entities.ts";

/**
 * "The university will ask the legislature for $14.2 million": a later sentence that opens on a
 * description of the body an earlier one named. Copied with a blank, it leaves the student asking
 * "which university?" (blind teachers edited such prompts to the name), so the prompt names the
 * body instead.
 */

/** Parts of speech of the words that describe a body before its noun. */
const DESCRIBING = new Set(["ADJ", "NOUN", "PROPN"]);

/** What follows a sentence's subject: its verb ("said", "will ask") or a possessive "’s". */
const ENDS_SUBJECT = /^(VERB|AUX)|^PART['’]s$/;

/** A description at the start of the sentence and the name of the body it stands for. */
export type Described = { description: string; name: string };

/**
 * The body an opening description stands for: the one body named before whose name holds the
 * description's noun ("the university" for the University of Leeds, "the Miami-based center" for
 * the National Hurricane Center). Null when none or several do. "The company" or "the retail
 * chain" is left as it is: in "Walgreens to buy Rite Aid" the body named most is not the chain.
 */
export function describedBody(info: SentenceInfo, entities: Map<string, Entity>): Described | null {
  // "The" and up to five describing words ("Miami-based", "department store"), the last of them a
  // noun, then the verb or a possessive: the sentence's subject
  const t = info.sentence.tokens;
  if (info.sentence.index === 0 || t[0]?.text !== "The") return null;
  let end = 1;
  const describing = (i: number) =>
    DESCRIBING.has(t[i]!.pos) ||
    (t[i]!.text === "-" && t[i + 1]?.lower === "based") ||
    (t[i]!.lower === "based" && t[i - 1]?.text === "-");
  while (end < t.length && end <= 6 && describing(end)) end++;
  const head = t[end - 1]!;
  const next = t[end];
  if (end === 1 || head.pos !== "NOUN" || !next || !ENDS_SUBJECT.test(next.pos + next.text))
    return null;
  const named = [...entities.values()].filter(
    (e) =>
      e.kind === "org" &&
      e.mentions.some((x) => x.sentence < info.sentence.index) &&
      e.name.split(/\s+/).some((w) => w.toLowerCase() === head.lower && /^\p{Lu}/u.test(w)),
  );
  if (named.length !== 1) return null;
  const body = named[0]!;
  const name = body.takesThe ? `the ${body.name}` : body.name;
  const description = info.sentence.text.slice(0, head.end);
  return { description, name: name.charAt(0).toUpperCase() + name.slice(1) };
}

/** The prompt with the sentence's opening description swapped for the body's name. */
export function namingBody(prompt: string, described: Described | null): string {
  if (!described) return prompt;
  const at = prompt.indexOf(`“${described.description}`);
  const after = prompt.charAt(at + 1 + described.description.length);
  if (at < 0 || !/[ ’']/.test(after) || prompt.indexOf("___") < at + described.description.length)
    return prompt;
  const rest = prompt.slice(at + 1 + described.description.length);
  // ("Macy's" and "’s revenue": one possessive)
  const own = /['’]s$/.test(described.name) ? rest.replace(/^['’]s\b/, "") : rest;
  return prompt.slice(0, at + 1) + described.name + own;
}
