/**
 * Characters nobody types on purpose and that let one text pose as another: control characters,
 * format characters (zero-width spaces and joiners, direction overrides and isolates, the BOM, soft
 * hyphens), private-use and lone surrogates, and blanks that render as nothing (Hangul fillers,
 * the Braille blank, the combining grapheme joiner).
 */
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u115f\u1160\u17b4\u17b5\u180e\u2800\u3164\uffa0]|\u034f/gu;
const INVISIBLE_BUT_JOINERS =
  /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u115f\u1160\u17b4\u17b5\u180e\u2800\u3164\uffa0]|\u034f/gu;

/**
 * Zero-width joiners and non-joiners that join nothing. Between two letters or emoji they are
 * part of the writing (Persian and Indic names, 👩‍🎓) and stay; anywhere else they only hide.
 */
const LOOSE_JOINERS =
  /(?<![\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}]|\ufe0f)[\u200c\u200d]+|[\u200c\u200d]+(?![\p{L}\p{M}\p{N}\p{Extended_Pictographic}])|[\u200c\u200d]{2,}/gu;

/** Text as a person meant it: NFC, invisible characters removed, whitespace runs as one space, trimmed. */
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
