import { useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { RequestError } from "../api";
import { useTitle } from "../components/use-title";
import "../teacher/teacher.css";
import { useFocusedHeading } from "../components/use-focused-heading";
import { ArticleInput } from "../teacher/ArticleInput";
import { generateQuiz } from "../teacher/generate";
import type { Settings } from "../teacher/my-quizzes";
import { PracticeSetting } from "../teacher/PracticeSetting";
import { DEFAULT_SETTINGS, QuizSettings } from "../teacher/QuizSettings";

/** API error codes about the article itself: shown under the text box, which takes focus. */
const ARTICLE_CODES = new Set([
  "article_too_short",
  "article_too_long",
  "too_few_facts",
  "not_english",
  "generation_failed",
  "too_large",
]);

type Failure = { article: boolean; message: string };

/**
 * Where an API error belongs and its words: the API's messages already say what to do. A body
 * the schema refused names its field first ("article: …"); a refused article is shown at the
 * article.
 */
function failureOf(err: RequestError): Failure {
  const field = err.code === "invalid_body" ? /^article: (.*)$/s.exec(err.message) : null;
  if (field) return { article: true, message: field[1]! };
  if (err.code === "too_large")
    return {
      article: true,
      message: "The article is too long to send. Paste one article, or cut it to its main part.",
    };
  return { article: ARTICLE_CODES.has(err.code), message: err.message };
}

/**
 * `/new`: a teacher pastes or uploads an article, picks how many questions and which types, and
 * generates.
 */
export default function NewQuiz() {
  const { route } = useLocation();
  const [article, setArticle] = useState("");
  const [title, setTitle] = useState("");
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [practiceOpen, setPracticeOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [typesError, setTypesError] = useState("");
  const formError = useRef<HTMLParagraphElement>(null);
  useTitle("Create a quiz");
  const heading = useFocusedHeading();

  const fail = (found: Failure) => {
    setFailure(found);
    // After the error renders: focus the text box it describes, or the message itself.
    requestAnimationFrame(() =>
      (found.article ? document.getElementById("article") : formError.current)?.focus(),
    );
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const noTypes = settings.types.length === 0;
    setTypesError(noTypes ? "Choose at least one question type." : "");
    if (!article.trim())
      return fail({ article: true, message: "Paste an article or upload a .txt file first." });
    if (noTypes)
      return requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>(".type-grid input")?.focus(),
      );
    setBusy(true);
    const slowTimer = setTimeout(() => setSlow(true), 2500);
    try {
      const created = await generateQuiz(article, title, settings, practiceOpen);
      route(`/t/${created.id}/edit`);
    } catch (err) {
      fail(
        failureOf(err instanceof RequestError ? err : new RequestError(0, "network", String(err))),
      );
    } finally {
      clearTimeout(slowTimer);
      setBusy(false);
      setSlow(false);
    }
  };

  return (
    <section class="teacher new-quiz">
      <p class="eyebrow">For teachers</p>
      <h1 ref={heading} tabIndex={-1}>
        Create a quiz
      </h1>
      <p class="lede">
        Paste a news article. factquiz writes questions from its facts; you review them before
        students play.
      </p>
      <form class="card create-form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
        <ArticleInput
          value={article}
          error={failure?.article ? failure.message : ""}
          disabled={busy}
          onChange={(text) => {
            setArticle(text);
            if (failure?.article) setFailure(null);
          }}
        />
        <div class="field">
          <label for="quiz-title">Title (optional)</label>
          <p id="quiz-title-hint" class="hint">
            Leave it empty to use the article's headline.
          </p>
          <input
            id="quiz-title"
            type="text"
            maxLength={120}
            value={title}
            readOnly={busy}
            aria-describedby="quiz-title-hint"
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <QuizSettings value={settings} error={typesError} disabled={busy} onChange={setSettings} />
        <PracticeSetting
          id="practice-open"
          open={practiceOpen}
          disabled={busy}
          onChange={setPracticeOpen}
        />
        <div class="submit-row">
          <button type="submit" class="button primary" aria-disabled={busy || undefined}>
            {busy ? "Generating…" : "Generate the quiz"}
          </button>
          <p class="hint busy-status" role="status">
            {busy &&
              (slow
                ? "Still working: a long article takes a few seconds…"
                : "Reading the article and writing questions…")}
          </p>
        </div>
        {failure && !failure.article && (
          <p class="form-error" role="alert" tabIndex={-1} ref={formError}>
            We couldn't make the quiz. {failure.message}
          </p>
        )}
      </form>
    </section>
  );
}
