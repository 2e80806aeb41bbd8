/**
 * Characters nobody types on purpose and that let one text pose as another: control characters,
 * format characters (zero-width spaces and joiners, direction overrides and isolates, the BOM, soft
 * hyphens), private-use and lone surrogates, and blanks that render as nothing (Hangul fillers,
 * the Braille blank, the combining grapheme joiner).
 */
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u115f\u1160\u17b4\u17b5\u180e\u2800\u3164\uffa0]|\u034f/gu;
/** The same less the zero-width joiner and non-joiner, which `LOOSE_JOINERS` judges. */
const INVISIBLE_BUT_JOINERS = new RegExp(`(?![\\u200c\\u200d])(?:${INVISIBLE.source})`, "gu");

/**
 * Zero-width joiners and non-joiners that join nothing. Between two letters or emoji they are
 * part of the writing (Persian and Indic names, 👩‍🎓) and stay; anywhere else they only hide.
 */
const JOINER = String.raw`[\u200c\u200d]`;
const WRITING = String.raw`\p{L}\p{M}\p{N}\p{Extended_Pictographic}`;
const LOOSE_JOINERS = new RegExp(
  [
    String.raw`(?<![${WRITING}\p{Emoji_Modifier}]|\ufe0f)${JOINER}+`, // nothing written before
    `${JOINER}+(?![${WRITING}])`, // nothing written after
    `${JOINER}{2,}`, // one next to another
  ].join("|"),
  "gu",
);

/**
 * Text as a person meant it: NFC, invisible characters removed, whitespace runs as one space,
 * trimmed.
 */
export function cleanText(text: string): string {
  const visible = text
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .replace(INVISIBLE_BUT_JOINERS, "")
    .replace(LOOSE_JOINERS, "");
  return visible.replace(/\s+/gu, " ").trim();
}

/**
 * The key two names clash on: compatibility-folded (full-width letters, ligatures), case and
 * accents ignored, so "Aisha", "AISHA" and "Aïsha" are one name in a quiz.
 */
export function nameKey(name: string): string {
  return cleanText(name)
    .replace(INVISIBLE, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("en");
}

/** A typed answer with its invisible characters removed (line breaks and tabs become spaces). */
export function stripInvisible(text: string): string {
  return text.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, " ").replace(INVISIBLE, "");
}
