/** What a "Complete the sentence" question opens with. */
export const COMPLETE_PROMPT = "Complete the sentence from the article:";

/**
 * ", the Bank of Russia said in a statement." at a sentence's end: who reported it, no part of the
 * fact.
 */
const ATTRIBUTION_TAIL = new RegExp(
  String.raw`,\s+(?:(?:the|a|an)\s+)?[\p{L}’'. -]{2,60}?` +
    String.raw`\s+(?:said|says|told [\p{L} ]{2,30}|added|reported|announced)` +
    String.raw`(?:\s+(?:on|in|at|late|early) [\p{L}\d ]{2,30})?\.\s*$`,
  "u",
);

/**
 * The prompt of a "Complete the sentence" question: the sentence with a blank for `[from, to)`,
 * and without a trailing attribution (", the company said.") that comes after the blank.
 */
export function completionPrompt(sentence: string, from: number, to: number): string {
  let text = `${sentence.slice(0, from)}___${sentence.slice(to)}`.trim();
  // "to ___ (£637.1m)": an aside beside the blank gives its size away; asides go from the prompt
  text = text.replace(/\s*\([^()]*\)/g, (aside) => (aside.includes("___") ? aside : ""));
  const tail = ATTRIBUTION_TAIL.exec(text);
  if (tail && tail.index > from + 3 && !text.slice(tail.index).includes("___"))
    text = `${text.slice(0, tail.index)}.`;
  return `${COMPLETE_PROMPT} “${shortened(text)}”`;
}

/**
 * "Addressing the dire conditions, ": an opening phrase on a verb's -ing form, before the subject.
 */
const ING_OPENER = /^(?:(?:In|While|After|Before|By) )?\p{L}+ing\b[^,“”"()]{0,80}, (?=\p{L})/u;

/** ", which wraps Monday", ", eclipsing...", ", according to...": an aside that runs to the end. */
const TRAILING_ASIDE = new RegExp(
  String.raw`, (?:${[
    "which|who|whose|where|including|with|while|eclipsing",
    "touting|saying|adding|making|according to|as well as",
  ].join("|")})\b[^“”"]*$`,
);

/**
 * The sentence with what the blank does not need taken off: an -ing opener before the subject and
 * an aside that runs on after the blank. What stays reads as one plain sentence.
 */
function shortened(text: string): string {
  // "Meanwhile, hundreds of...": a linking word only joins the sentence to the one before
  let out = text.replace(
    /^(however|meanwhile|also|but|and|yet|so|instead|still),?\s+(?=\p{L})/iu,
    "",
  );
  if (out !== text) out = out.charAt(0).toUpperCase() + out.slice(1);
  const opener = ING_OPENER.exec(out);
  if (opener && !opener[0].includes("___") && out.length - opener[0].length > 40)
    out = out.charAt(opener[0].length).toUpperCase() + out.slice(opener[0].length + 1);
  const aside = TRAILING_ASIDE.exec(out);
  if (aside && out.indexOf("___") < aside.index && aside.index > 30)
    out = `${out.slice(0, aside.index)}.`;
  return out;
}
