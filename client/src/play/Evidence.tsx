/** A sentence from the article as the API sends it with an answer. */
export type EvidenceText = {
  text: string;
  highlight?: string | undefined;
  paragraph?: number | undefined;
};

/** A run of the sentence, marked when it carries the answer. */
export type Segment = { text: string; mark: boolean };

/**
 * Cuts `text` into runs, marking every whole-word occurrence (ignoring case) of any needle, so
 * "3" does not light up inside "2023"; longer needles win where two overlap. Pure text: nothing is
 * ever parsed as HTML.
 */
export function highlightSegments(text: string, needles: string[]): Segment[] {
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  const sorted = needles
    .map((n) => n.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  for (const needle of sorted) {
    const n = needle.toLowerCase();
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length)) {
      const wordCut =
        /[\p{L}\p{N}]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[at + n.length] ?? "");
      if (wordCut || marked.slice(at, at + n.length).some(Boolean)) continue;
      marked.fill(true, at, at + n.length);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.mark === marked[i]) last.text += text[i];
    else segments.push({ text: text[i]!, mark: marked[i]! });
  }
  return segments;
}

/**
 * The article's own sentence with the answer marked: the API's `highlight` when it sent one,
 * else the right answer's texts wherever they appear in the sentence.
 */
export function Evidence({ evidence, answer }: { evidence: EvidenceText; answer: string[] }) {
  const needles = evidence.highlight ? [evidence.highlight] : answer;
  return (
    <figure class="evidence">
      <figcaption>From the article</figcaption>
      <blockquote>
        <p>
          {highlightSegments(evidence.text, needles).map((s) =>
            s.mark ? <mark>{s.text}</mark> : s.text,
          )}
        </p>
      </blockquote>
    </figure>
  );
}
