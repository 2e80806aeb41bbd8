/** What a "Complete the sentence" question opens with. */
export const COMPLETE_PROMPT = "Complete the sentence from the article:";

/** ", the Bank of Russia said in a statement." at a sentence's end: who reported it, no part of the fact. */
const ATTRIBUTION_TAIL =
  /,\s+(?:(?:the|a|an)\s+)?[\p{L}’'. -]{2,60}?\s+(?:said|says|told [\p{L} ]{2,30}|added|reported|announced)(?:\s+(?:on|in|at|late|early) [\p{L}\d ]{2,30})?\.\s*$/u;

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
  return `${COMPLETE_PROMPT} “${text}”`;
}
