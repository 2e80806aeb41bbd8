/** What a "Complete the sentence" question opens with. */
export const COMPLETE_PROMPT = "Complete the sentence from the article:";

/**
 * ", the Bank of Russia said in a statement." at a sentence's end: who reported it, no part of the
 * fact.
 */
const ATTRIBUTION_TAIL = new RegExp(
  String.raw`,\s+(?:(?:the|a|an)\s+)?[\p{L}’'. -]{2,60}?` +
    String.raw`\s+(?:said|says|told [\p{L} ]{2,30}|added|reported|announced|reads|stated|noted)` +
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
 * "Addressing the dire conditions, ", "Published in the journal Nature, ": an opening phrase on a
 * verb's -ing or -ed form, before the subject.
 */
const ING_OPENER =
  /^(?:(?:In|While|After|Before|By) )?(?:\p{L}+ing|\p{Lu}\p{Ll}+ed)\b[^,“”"()]{0,80}, (?=\p{L})/u;

/**
 * "Earlier, ", "In a statement on Friday, ", "Overall, ": an opening that only places the sentence
 * among the others, before the subject.
 */
const PLACING_OPENER = new RegExp(
  String.raw`^(?:${[
    "earlier|currently|overall|separately|additionally|in addition|at the same time|already",
    String.raw`in (?:an? |its |their )?(?:statement|announcement|release|interview)` +
      String.raw`[\p{L}\d ]{0,30}`,
  ].join("|")}), (?=\p{L})`,
  "iu",
);

/**
 * "ASU spokeswoman Beth Giudicessi said Wednesday that ": who reported the fact, before it; the
 * fact reads on its own after it.
 */
const LEADING_ATTRIBUTION = new RegExp(
  String.raw`^(?:[\p{L}.’'-]+ ){1,6}(?:said|says|announced|confirmed|reported)` +
    String.raw`(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?` +
    String.raw` that (?=\p{L})`,
  "u",
);

/**
 * ", which serves 2.8 million customers, ", ", including dolphins and sea lions, ", " — mostly
 * brown pelicans — ": an aside that says more about a name and that the sentence reads without.
 */
const WHICH_ASIDE = new RegExp(
  String.raw`, (?:which|who|including) (?:[^,“”"()]|,(?=\d)){3,80}, (?=\p{Ll})` +
    String.raw`| — [^—“”"()]{3,60} — (?=\p{Ll})`,
  "gu",
);

/**
 * ", and it is in the process of...", ", amid escalating fighting", ", citing...", ", a coastal
 * village in...": a clause or an aside after the figure's own that the blank does not need.
 */
const TRAILING_CLAUSE = new RegExp(
  String.raw`, (?:and (?:it|they|he|she|the \p{Ll}+) (?:is|are|was|were|has|have|had|will|said)\b` +
    String.raw`|amid|citing|such as|a statement from|(?:a|an) \p{Ll})[^“”"]*$`,
  "u",
);

/** ", which wraps Monday", ", eclipsing...", ", according to...": an aside that runs to the end. */
const TRAILING_ASIDE = new RegExp(
  String.raw`, (?:${[
    "which|who|whose|where|including|with|while|eclipsing",
    "touting|saying|adding|making|according to|as well as",
  ].join("|")})\b[^“”"]*$`,
);

/**
 * Where a long sentence goes on past the blank's clause: ", after discussion about...", " – a raise
 * they say...", ", more than 100 remained missing and...", " and serve two years...".
 */
const NEXT_CLAUSE = new RegExp(
  String.raw`(?:, (?:after|while|as|when|before|despite|but|although|though|whereas|up from)\b` +
    String.raw`| (?:–|--|—) ` +
    String.raw`|, (?=(?:more than|less than|fewer than|at least|nearly|about|some)))`,
  "u",
);

/** The most words a sentence copied with a blank may have; a longer one is cut at its clause. */
const LONG_COPY = 25;

/**
 * The sentence with what the blank does not need taken off: an -ing opener before the subject and
 * an aside that runs on after the blank. What stays reads as one plain sentence.
 */
function shortened(text: string): string {
  // "Meanwhile, hundreds of...": a linking word only joins the sentence to the one before
  // ("So far, ..." is a time, not a link)
  let out = text.replace(
    /^(however|meanwhile|also|but|and|yet|so(?! far\b)|instead(?! of\b)|still),?\s+(?=\p{L})/iu,
    "",
  );
  if (out !== text) out = out.charAt(0).toUpperCase() + out.slice(1);
  for (const pattern of [PLACING_OPENER, ING_OPENER, LEADING_ATTRIBUTION]) {
    const opener = pattern.exec(out);
    const rest = opener ? out.slice(opener[0].length) : "";
    // (the speaker stays when what they said goes on about "he" or "their")
    const leans =
      pattern === LEADING_ATTRIBUTION && /\b(he|she|they|his|her|their|him|them)\b/i.test(rest);
    if (opener && !opener[0].includes("___") && rest.length > 40 && !leans)
      out = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  // "Union officials also wanted...": "also" links the sentence to the one before
  out = out.replace(/(?<=\p{Ll}) also (?=\p{Ll})(?!known\b)/gu, " ");
  out = out.replace(WHICH_ASIDE, (aside) => (aside.includes("___") ? aside : " "));
  for (const pattern of [TRAILING_ASIDE, TRAILING_CLAUSE]) {
    const aside = pattern.exec(out);
    if (aside && out.indexOf("___") < aside.index && aside.index > 30)
      out = `${out.slice(0, aside.index)}.`;
  }
  // a long sentence keeps the blank's own clause: blind teachers kept none of 13 longer copies
  const blank = out.indexOf("___");
  if (out.split(/\s+/).length > LONG_COPY) {
    const next = NEXT_CLAUSE.exec(out.slice(blank));
    if (next && out.slice(0, blank + next.index).split(/\s+/).length >= 5)
      out = `${out.slice(0, blank + next.index)}.`;
  }
  return out;
}
