import type { Evidence, Question } from "../../../questions/types.ts";
import { highlightSegments } from "../play/Evidence";

/** The words to mark in a sentence: its own highlight, else the answer (never "True"/"False"). */
function needles(question: Question, evidence: Evidence): string[] {
  if (evidence.highlight) return [evidence.highlight];
  return question.type === "truefalse" ? [] : [question.answer].flat();
}

function Marked({ text, marks }: { text: string; marks: string[] }) {
  return (
    <>{highlightSegments(text, marks).map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}</>
  );
}

/** The paragraph with the evidence sentence set apart. */
function Paragraph({
  paragraph,
  evidence,
  marks,
}: {
  paragraph: string;
  evidence: Evidence;
  marks: string[];
}) {
  const at = paragraph.indexOf(evidence.text);
  if (at < 0) return <p>{paragraph}</p>;
  return (
    <p>
      {paragraph.slice(0, at)}
      <span class="in-article">
        <Marked text={evidence.text} marks={marks} />
      </span>
      {paragraph.slice(at + evidence.text.length)}
    </p>
  );
}

type Props = { question: Question; paragraphs: string[]; label: string };

/**
 * Where the answer stands in the article: each source sentence with the answer marked, and behind
 * a disclosure its paragraph between its neighbours, the sentence set apart (news paragraphs are
 * often one sentence, so the neighbours are the context). Built from text, never HTML.
 */
export function EvidenceInArticle({ question, paragraphs, label }: Props) {
  const sources = question.sources?.length ? question.sources : [question.evidence];
  return (
    <figure class="evidence teacher-evidence">
      <figcaption>From the article</figcaption>
      {sources.map((evidence, i) => {
        const marks = needles(question, evidence);
        const paragraph = paragraphs[evidence.paragraph];
        return (
          <div key={i} class="source">
            <blockquote>
              <p>
                <Marked text={evidence.text} marks={marks} />
              </p>
            </blockquote>
            {paragraph && (
              <details>
                <summary>
                  Show in the article (paragraph {evidence.paragraph + 1})
                  <span class="visually-hidden">, {label}</span>
                </summary>
                <div class="in-context">
                  {paragraphs[evidence.paragraph - 1] && (
                    <p>{paragraphs[evidence.paragraph - 1]}</p>
                  )}
                  <Paragraph paragraph={paragraph} evidence={evidence} marks={marks} />
                  {paragraphs[evidence.paragraph + 1] && (
                    <p>{paragraphs[evidence.paragraph + 1]}</p>
                  )}
                </div>
              </details>
            )}
          </div>
        );
      })}
    </figure>
  );
}
