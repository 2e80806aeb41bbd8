import { MAX_ARTICLE_CHARS } from "../../questions/index.ts";

export { MAX_ARTICLE_CHARS };

/** Fewer characters than this cannot be a whole news article (a headline, a lede at most). */
export const MIN_ARTICLE_CHARS = 200;

/**
 * Control characters other than tab, line feed, vertical tab, form feed and carriage return, and
 * U+FFFD.
 */
const NOT_TEXT = /[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g;

/**
 * True when `text` reads as pasted text rather than a binary file: no NUL at all, and at most 1%
 * control or replacement characters (what a file that is not UTF-8 text turns into when decoded).
 */
export function looksLikeText(text: string): boolean {
  if (text.includes("\u0000")) return false;
  const junk = text.match(NOT_TEXT)?.length ?? 0;
  return junk <= Math.max(2, text.length / 100);
}

/** The messages a teacher sees, each saying what to do about it. */
export const ARTICLE_MESSAGES = {
  notText:
    "That does not look like an article's text (it holds control characters or binary data). " +
    "Copy the text from the page and paste it.",
  tooShort:
    `Paste the whole article: at least ${MIN_ARTICLE_CHARS} characters, ` +
    "not just its headline or first line.",
  tooLong:
    `The article is over ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters. ` +
    "Paste one article, or cut it to its main part.",
} as const;

/** The engine's own minimum, applied to questions written elsewhere too. */
export { MIN_ARTICLE_WORDS } from "../../questions/index.ts";
