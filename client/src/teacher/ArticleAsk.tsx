import { Fragment } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Question, QuestionType } from "../../../questions/types.ts";
import { sentenceOf } from "./alternates";
import { type ArticleSentence, ownQuestion, sentencesOf } from "./own-question";
import { ALL_TYPES, TYPE_NAMES } from "./QuizSettings";

type Props = {
  paragraphs: string[];
  /** The sentences the quiz's questions ask about now. */
  asked: ReadonlySet<string>;
  /**
   * The quiz's questions, by type and prompt: an offer the quiz already has is not offered again.
   */
  inQuiz: ReadonlySet<string>;
  onAdd: (question: Question) => void;
};

/** A question's type and prompt, which say whether two questions ask the same. */
export const askedAs = (q: Pick<Question, "type" | "prompt">) => `${q.type}\u0000${q.prompt}`;

/**
 * The article beside the questions, each sentence a button: choosing one offers the engine's
 * questions about it, a fill-in on a word the teacher picks, or a question of the teacher's own,
 * each with that sentence as its evidence.
 */
export function ArticleAsk({ paragraphs, asked, inQuiz, onAdd }: Props) {
  const [chosen, setChosen] = useState<ArticleSentence | null>(null);
  return (
    <section class="card article-ask" aria-labelledby="article-ask-heading">
      <h2 id="article-ask-heading">Ask about a sentence</h2>
      <p class="hint">
        Choose any sentence of the article to add a question about it. Sentences the quiz already
        asks about are marked.
      </p>
      <div class="article-sentences">
        {paragraphs.map((paragraph, p) => {
          const sentences = sentencesOf(paragraph, p);
          const here = chosen?.paragraph === p ? chosen : null;
          return (
            <Fragment key={p}>
              <p>
                {sentences.map((s, i) => {
                  const isAsked = asked.has(sentenceOf(s));
                  const pressed = here?.text === s.text;
                  return (
                    <Fragment key={i}>
                      <button
                        type="button"
                        class={`sentence${isAsked ? " asked" : ""}`}
                        aria-pressed={pressed}
                        onClick={() => setChosen(pressed ? null : s)}
                      >
                        {s.text}
                        {isAsked && (
                          <span class="visually-hidden"> (the quiz asks about this)</span>
                        )}
                      </button>{" "}
                    </Fragment>
                  );
                })}
              </p>
              {here && (
                <SentenceOffers
                  key={here.text}
                  paragraphs={paragraphs}
                  at={here}
                  inQuiz={inQuiz}
                  onAdd={onAdd}
                />
              )}
            </Fragment>
          );
        })}
      </div>
    </section>
  );
}

type Offers =
  | { status: "loading" }
  | { status: "ready"; questions: Question[] }
  | { status: "failed" };

/** The engine runs in this browser, loaded the first time a teacher asks: teacher pages only. */
const loadEngine = () => import("../../../questions/ask/ask-sentence.ts");

/**
 * What can be asked about one sentence: the engine's questions, a fill-in on a chosen word, or the
 * teacher's own.
 */
function SentenceOffers({
  paragraphs,
  at,
  inQuiz,
  onAdd,
}: {
  paragraphs: string[];
  at: ArticleSentence;
  inQuiz: ReadonlySet<string>;
  onAdd: (q: Question) => void;
}) {
  const [offers, setOffers] = useState<Offers>({ status: "loading" });
  const [word, setWord] = useState("");
  const [type, setType] = useState<QuestionType>("choice");
  const heading = useRef<HTMLHeadingElement>(null);
  const offered =
    offers.status === "ready" ? offers.questions.filter((q) => !inQuiz.has(askedAs(q))) : [];
  const words = [
    ...new Set(
      at.text
        .split(/\s+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
        .filter((w) => w.length > 1),
    ),
  ];

  useEffect(() => {
    heading.current?.focus();
    let live = true;
    loadEngine()
      .then(
        (engine) =>
          live &&
          setOffers({ status: "ready", questions: engine.questionsAboutSentence(paragraphs, at) }),
      )
      .catch(() => live && setOffers({ status: "failed" }));
    return () => {
      live = false;
    };
  }, []);

  const addFillIn = async () => {
    if (!word) return;
    const engine = await loadEngine();
    onAdd(engine.fillInQuestion(at, word));
  };

  return (
    <div class="sentence-offers" role="group" aria-labelledby="offers-heading">
      <h3 id="offers-heading" ref={heading} tabIndex={-1}>
        Questions about this sentence
      </h3>
      {offers.status === "loading" && <p aria-busy="true">Reading the sentence…</p>}
      {offers.status === "failed" && (
        <p class="form-error">The question writer could not load. Write your own below.</p>
      )}
      {offers.status === "ready" &&
        (offered.length ? (
          <ul class="offers">
            {offered.map((q) => (
              <li key={q.id}>
                <span class="type-tag">{TYPE_NAMES[q.type]}</span>
                <p>{q.prompt}</p>
                <p class="hint">Answer: {[q.answer].flat().join(", ")}</p>
                <button
                  type="button"
                  class="button"
                  aria-label={`Add the question: ${q.prompt}`}
                  onClick={() => onAdd(q)}
                >
                  Add this question
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            factquiz has no other question about this sentence. Blank out a word, or write your own.
          </p>
        ))}
      <div class="offer-row">
        <label for="fill-word">Blank out a word</label>
        <select id="fill-word" value={word} onChange={(e) => setWord(e.currentTarget.value)}>
          <option value="">Choose a word</option>
          {words.map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
        <button type="button" class="button" aria-disabled={!word || undefined} onClick={addFillIn}>
          Add a fill-in question
        </button>
      </div>
      <div class="offer-row">
        <label for="own-type">Write your own</label>
        <select
          id="own-type"
          value={type}
          onChange={(e) => setType(e.currentTarget.value as QuestionType)}
        >
          {ALL_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_NAMES[t]}
            </option>
          ))}
        </select>
        <button type="button" class="button" onClick={() => onAdd(ownQuestion(type, at))}>
          Write a question
        </button>
      </div>
    </div>
  );
}
