import type { Evidence } from "../../questions/types.ts";

/**
 * Before a sentence: the paragraph's start, or a sentence's end (with closing quotes) and a space.
 */
const ENDS_SENTENCE = /[.!?…]["”’')\]]*$/;

/** Whether `text` stands in `paragraph` as a whole sentence (or a run of them), word for word. */
function isSentenceOf(paragraph: string, text: string): boolean {
  for (let at = paragraph.indexOf(text); at >= 0; at = paragraph.indexOf(text, at + 1)) {
    const end = at + text.length;
    const starts =
      at === 0 ||
      (/\s$/.test(paragraph.slice(0, at)) && ENDS_SENTENCE.test(paragraph.slice(0, at).trimEnd()));
    const ends =
      end === paragraph.length || (/^\s/.test(paragraph.slice(end)) && ENDS_SENTENCE.test(text));
    if (starts && ends) return true;
  }
  return false;
}

/**
 * What is wrong with a question's evidence against the cleaned article's paragraphs, or null:
 * the text must be a sentence of the paragraph it names, verbatim, and the highlight part of it.
 */
export function evidenceProblem(paragraphs: readonly string[], e: Evidence): string | null {
  const paragraph = paragraphs[e.paragraph];
  if (paragraph === undefined) {
    return (
      `its evidence names paragraph ${e.paragraph}, ` +
      `but the article's paragraphs are numbered 0 to ${paragraphs.length - 1}`
    );
  }
  if (e.text.trim() === "" || !isSentenceOf(paragraph, e.text)) {
    return (
      `its evidence is not a whole sentence of paragraph ${e.paragraph}, ` +
      "word for word as the article has it"
    );
  }
  if (e.highlight !== undefined && !e.text.includes(e.highlight))
    return "its evidence highlight is not part of its evidence sentence";
  return null;
}
