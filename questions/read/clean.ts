import type { Article } from "../types.ts";

/** A cleaned article: the headline when the first line is one, and its paragraphs. */
export type CleanArticle = Article & { headline: string | null };

export const JUNK_LINES: RegExp[] = [
  /^advertisement\b/i,
  /^(sponsored|promoted)( content)?$/i,
  /^(read|see) (more|also)\b/i,
  /^(related|recommended|more on this story|most read|top stories|trending)\b.{0,80}$/i,
  /^(share|share this|share on|tweet|email|print|save|copy link)\b.{0,60}$/i,
  /^(subscribe|sign up|newsletter|follow us|click here|download (our|the) app|log in|register)\b/i,
  /^(photo|image|picture|video|graphic|file photo|illustration)s?( caption)?\s*[:(]/i,
  /\b(getty images|afp via getty|ap photo|reuters\/|epa-efe|shutterstock|photograph:)/i,
  /^(credit|source|image source|photo credit|caption)\s*:/i,
  /^(copyright|©|\(c\) )/i,
  /all rights reserved/i,
  new RegExp(
    "^(published|updated|last (updated|modified)|posted)" +
      String.raw`(:|\s+(on\s+)?(\d|an? (minute|hour|day)|yesterday|today` +
      "|(mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun" +
      "|jul|aug|sep|oct|nov|dec))",
    "i",
  ),
  /^\d{1,2} (minutes?|hours?|days?) ago$/i,
  new RegExp(
    "^(this (article|story) (was|has been)|reporting by|editing by|additional reporting by" +
      String.raw`|writing by)\b`,
    "i",
  ),
  /^(comments?|\d+ comments?|listen to this article|watch:|listen:)\b.{0,60}$/i,
];

/** "By Jane Doe", "By Jane Doe and Ali Khan, Reuters", "Jane Doe | Reporter". */
const BYLINE =
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s+(and\s+)?\p{Lu}[\p{L}.'’-]*){0,5}(\s*[,|–—-]\s*.{0,60})?$/u;

/** True when a line is page furniture rather than article text. */
export function isJunkLine(line: string): boolean {
  if (line.length === 0) return true;
  // a line that starts in lower case continues a sentence
  if (/^\p{Ll}/u.test(line) && !/^advertisement$/i.test(line)) return false;
  if (BYLINE.test(line) && !/[.!?]["”’]?$/.test(line)) return true;
  if (!/\p{L}/u.test(line)) return true;
  return JUNK_LINES.some((re) => re.test(line));
}

function tidy(line: string): string {
  return line
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, " ")
    .replace(/[\u200c-\u200f\ufeff]/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** A line that reads as a headline: short, no final full stop, not a quote fragment. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(" ").length;
  return words >= 2 && words <= 18 && line.length <= 140 && !/[.,;:]$/.test(line);
}

/** Lines that do not end a sentence and run on into the next line of the same block. */
function joinWrappedLines(block: string[]): string[] {
  const out: string[] = [];
  for (const line of block) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[.!?:"”’)\]]$/.test(prev) && /^[\p{Ll}\d(“"‘'-]/u.test(line)) {
      out[out.length - 1] = `${prev} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * Turns pasted article text into paragraphs: Windows and old Mac line endings, one paragraph a
 * line or blank-line separated blocks (with hard-wrapped lines joined), junk lines dropped.
 * When the first line is a headline it is returned apart from the paragraphs.
 */
export function cleanArticle(text: string): CleanArticle {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map(tidy);
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line === "") blocks.push([]);
    else blocks[blocks.length - 1]!.push(line);
  }
  const filled = blocks.filter((b) => b.length > 0);
  // Hard-wrapped lines only exist where blank lines separate paragraphs; junk goes before joining.
  const paragraphs =
    filled.length > 1
      ? filled.flatMap((b) =>
          joinWrappedLines(b.filter((l, i) => (i === 0 && b === filled[0]) || !isJunkLine(l))),
        )
      : filled.flat();
  let headline: string | null = null;
  const first = paragraphs[0];
  if (
    first !== undefined &&
    paragraphs.length > 1 &&
    !isJunkLine(first) &&
    looksLikeHeadline(first)
  ) {
    headline = first
      .replace(/\s+[|–—-]\s+[\p{L} ]{2,30}$/u, (tail) => (tail.split(" ").length <= 4 ? "" : tail))
      // "UPDATE: Teachers and board reach agreement": a newsroom tag, not part of the headline
      .replace(/^(UPDATE|UPDATED|BREAKING|WATCH|LIVE|EXCLUSIVE|VIDEO|PHOTOS)\s*[:|–—-]\s*/i, "")
      // ("... meteorite pieces (Update)", "(VIDEO)", "(Photos)": a tag at the end, the same)
      .replace(/\s*[([](update|updated|update \d+|video|photos?|watch|live)[)\]]$/i, "");
    paragraphs.shift();
  }
  const kept = paragraphs
    .filter((p) => !isJunkLine(p) && !isStrayFragment(p))
    .map(stripDateline)
    .map(plainOpening);
  return { headline, paragraphs: kept };
}

/**
 * Wire datelines in front of the first sentence ("SANTIAGO, March 14 (Reuters) - ",
 * "PALU, Indonesia (AP) — ", "Rabat, Sunday — ", "ALEXANDRIA, Virginia: ",
 * "WHITE RIVER JUNCTION, Vt., Sept. 26 (UPI) -- ") are page furniture, not part of the sentence.
 */
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’/ -]{1,40})((?:,\s*[\p{L}\d .]{1,30}){1,3})?` +
    String.raw`\s*(\([\p{L}\d .&]{1,30}\))?\s*([-–—]{1,2}|:)\s+(?=[\p{Lu}\d“"])`,
  "u",
);

/**
 * An agency in front of the first sentence, alone or after a date: "(CNN Money) -- ", "(AP) — ",
 * "April 28 (UPI) -- ".
 */
const AGENCY_DATELINE = new RegExp(
  String.raw`^(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? )?` +
    String.raw`\([\p{L}\d .&]{1,30}\)\s*[-–—]{1,2}\s+(?=[\p{Lu}\d“"])`,
  "u",
);

export function stripDateline(paragraph: string): string {
  const agency = AGENCY_DATELINE.exec(paragraph);
  if (agency) return paragraph.slice(agency[0].length);
  const m = DATELINE.exec(paragraph);
  if (!m) return paragraph;
  const head = m[1]!;
  // Only a place name in capitals, or a short place + date/day before the dash.
  const isCaps = head === head.toUpperCase();
  if (!isCaps && !m[2] && !m[3]) return paragraph;
  // ("ALEXANDRIA, Virginia: A former..."; "Warning, officials said: ..." is a sentence)
  if (m[4] === ":" && !(isCaps && m[2])) return paragraph;
  if (m[0].split(" ").length > 10) return paragraph;
  return paragraph.slice(m[0].length);
}

/** Common words a house style prints in capitals to open a story: "MORE than 2,100 commuters". */
const SHOUTED_OPENER = new RegExp(
  `^(${[
    "MORE|LESS|FEWER|ABOUT|NEARLY|ALMOST|OVER|SOME|MANY|MOST|THE|A|AN|AT|IN|ON|FOR|AFTER",
    "BEFORE|WHEN|WITH|THIS|THAT|THOUSANDS|HUNDREDS|DOZENS|POLICE|IT|ONE|TWO|THREE|FOUR|FIVE",
    "SIX|SEVEN|EIGHT|NINE|TEN",
  ].join("|")})(?= \\p{Ll})`,
  "u",
);

/** "MORE than 2,100 commuters" → "More than 2,100 commuters". */
function plainOpening(paragraph: string): string {
  return paragraph.replace(SHOUTED_OPENER, (w) => w[0] + w.slice(1).toLowerCase());
}

/** Sub-headings and labels inside the article: a few words without a sentence end. */
function isStrayFragment(line: string): boolean {
  return line.split(" ").length < 5 && !/[.!?]["”’]?$/.test(line);
}
