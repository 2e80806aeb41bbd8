import { useEffect, useMemo, useState } from "preact/hooks";
import type { Question, Quiz } from "../../../questions/types.ts";
import { api, bearer, type RequestError, send } from "../api";
import { nextAlternate } from "./alternates";
import { type LoadFailure, loadFailure, NO_KEY } from "./load-failure";
import { loadDraft, rememberQuiz } from "./my-quizzes";
import { type Problems, questionProblems } from "./question-problems";
import { findTeacherKey, keepTeacherKey, type TeacherKey } from "./teacher-key";

export type SaveState = {
  status: "idle" | "saving" | "saved" | "failed";
  message?: string;
  at?: Date;
};

/** The last deleted question and where it stood, for Undo. */
export type Deleted = { question: Question; index: number };

/**
 * What each question swapped in by "Another question" replaced, by the new question's id, for Undo.
 */
export type Replaced = Record<string, Question>;

/** Whether students may practise before playing ("open"), or only after answering each question. */
type Practice = NonNullable<Quiz["practice"]>;

const snapshot = (title: string, questions: Question[], practice: Practice) =>
  JSON.stringify({ title, questions, practice });

/** The quiz with its answers and article, for its teacher only: the key goes as a bearer token. */
async function loadTeacherQuiz(id: string, found: TeacherKey): Promise<Quiz> {
  const body = await send(api.quizzes[":id"].review.$get({ param: { id } }, bearer(found.key)));
  return body.quiz;
}

/**
 * The review screen's state and moves: the quiz as saved, the teacher's edits on top, and saving
 * them with the key. Problems are checked as the teacher types but shown only after a save was
 * tried.
 */
export function useReview(id: string) {
  const [load, setLoad] = useState<LoadFailure | { status: "loading" | "ready" }>({
    status: "loading",
  });
  const [key, setKey] = useState<TeacherKey | null>(null);
  const [quiz, setQuiz] = useState<Quiz | null>(null);
  const [title, setTitle] = useState("");
  const [questions, setQuestions] = useState<Question[]>([]);
  const [practice, setPractice] = useState<Practice>("after-answering");
  const [saved, setSaved] = useState("");
  const [save, setSave] = useState<SaveState>({ status: "idle" });
  const [checked, setChecked] = useState(false);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [replaced, setReplaced] = useState<Replaced>({});
  /** Questions replaced away in this visit: "Another question" never brings one back. */
  const [passed, setPassed] = useState<ReadonlySet<string>>(new Set());
  /**
   * Counts whole replacements of the questions (regenerate), so editors with state of their own
   * start afresh.
   */
  const [generation, setGeneration] = useState(0);

  const [loads, setLoads] = useState(0);

  /** Shows a quiz as loaded: nothing edited, nothing to undo. */
  const reset = (next: Quiz) => {
    setQuiz(next);
    setTitle(next.title);
    setQuestions(next.questions);
    // The review route always says; a missing field would be a quiz closed to practice until
    // played.
    setPractice(next.practice ?? "after-answering");
    setSaved(snapshot(next.title, next.questions, next.practice ?? "after-answering"));
    setDeleted(null);
    setReplaced({});
    setPassed(new Set());
    setChecked(false);
  };

  useEffect(() => {
    const found = findTeacherKey(id);
    setKey(found);
    if (!found) {
      setLoad(NO_KEY);
      return;
    }
    setLoad({ status: "loading" });
    loadTeacherQuiz(id, found)
      .then((loaded) => {
        keepTeacherKey(id, found, loaded.title);
        reset(loaded);
        setLoad({ status: "ready" });
      })
      .catch((err: RequestError) => setLoad(loadFailure(err)));
  }, [id, loads]);

  const problems = useMemo(() => {
    const found: Record<string, Problems> = {};
    for (const q of questions) {
      const p = questionProblems(q);
      if (Object.keys(p).length) found[q.id] = p;
    }
    return found;
  }, [questions]);

  const dirty = quiz !== null && snapshot(title, questions, practice) !== saved;

  /**
   * An edit after a failed save: the failure is old news, "Unsaved changes" says where things
   * stand.
   */
  const changed = () => setSave((old) => (old.status === "failed" ? { status: "idle" } : old));

  const edit = (question: Question) => {
    changed();
    setQuestions((old) => old.map((q) => (q.id === question.id ? question : q)));
  };

  const move = (index: number, by: -1 | 1) => {
    changed();
    setQuestions((old) => {
      const next = old.slice();
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  };

  const remove = (index: number) => {
    changed();
    setDeleted({ question: questions[index]!, index });
    setQuestions((old) => old.filter((_, i) => i !== index));
  };

  const undo = () => {
    if (!deleted) return null;
    setQuestions((old) => [
      ...old.slice(0, deleted.index),
      deleted.question,
      ...old.slice(deleted.index),
    ]);
    setDeleted(null);
    return deleted.question;
  };

  /**
   * Swaps the question at `index` for the engine's next-best alternate; the swapped-in question, or
   * null when none is left.
   */
  const replace = (index: number): Question | null => {
    const old = questions[index];
    const next = old && nextAlternate(questions, index, quiz?.alternates ?? [], passed);
    if (!old || !next) return null;
    changed();
    setQuestions((list) => list.map((q, i) => (i === index ? next : q)));
    setPassed((ids) => new Set([...ids, old.id]));
    // Undo goes back to the question the teacher first had there, however many times they asked
    // again.
    setReplaced(({ [old.id]: first, ...rest }) => ({ ...rest, [next.id]: first ?? old }));
    return next;
  };

  /** Puts back the question that `replacedId` replaced. */
  const undoReplace = (replacedId: string): Question | null => {
    const back = replaced[replacedId];
    if (!back) return null;
    changed();
    setQuestions((list) => list.map((q) => (q.id === replacedId ? back : q)));
    setReplaced(({ [replacedId]: _, ...rest }) => rest);
    return back;
  };

  /**
   * Adds a question (the engine's, about a sentence the teacher chose, or the teacher's own) at the
   * end.
   */
  const add = (question: Question) => {
    changed();
    setQuestions((list) => [...list, question]);
  };

  /**
   * Saves title, questions and the practice setting with the key; false (and nothing sent) while a
   * question has a problem.
   */
  const saveChanges = async (next = { title, questions }): Promise<boolean> => {
    setChecked(true);
    if (!key || !quiz) return false;
    if (next.questions.some((q) => Object.keys(questionProblems(q)).length) || !next.title.trim()) {
      setSave({ status: "failed", message: "Fix the problems marked below, then save again." });
      return false;
    }
    setSave({ status: "saving" });
    try {
      await send(
        api.quizzes[":id"].$put(
          {
            param: { id },
            json: { title: next.title.trim(), questions: next.questions, practice },
          },
          bearer(key.key),
        ),
      );
      setSaved(snapshot(next.title, next.questions, practice));
      setSave({ status: "saved", at: new Date() });
      rememberQuiz({ id, key: key.key, title: next.title.trim() });
      return true;
    } catch (err) {
      setSave({ status: "failed", message: `Not saved. ${(err as Error).message}` });
      return false;
    }
  };

  /** This browser's copy of the engine's questions, when it created the quiz (see `Draft`). */
  const generated = useMemo(() => loadDraft(id)?.generated ?? null, [id]);

  /**
   * Generates again from the same article and settings, discarding edits, and saves the result.
   * The engine is deterministic, so that is the questions it wrote at creation, kept in this
   * browser.
   */
  const regenerate = async (): Promise<boolean> => {
    if (!generated) return false;
    setGeneration((n) => n + 1);
    setTitle(generated.title);
    setQuestions(generated.questions);
    setDeleted(null);
    setReplaced({});
    setPassed(new Set());
    return saveChanges({ title: generated.title, questions: generated.questions });
  };

  // Leaving with unsaved edits asks first (the browser's own prompt).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [dirty]);

  const rename = (text: string) => {
    changed();
    setTitle(text);
  };

  const allowPractice = (open: boolean) => {
    changed();
    setPractice(open ? "open" : "after-answering");
  };

  return {
    load,
    key,
    quiz,
    title,
    questions,
    practice,
    dirty,
    save,
    deleted,
    generation,
    replaced,
    replace,
    undoReplace,
    add,
    /** Whether "Another question" has something to offer for the question at `index`. */
    canReplace: (index: number) =>
      nextAlternate(questions, index, quiz?.alternates ?? [], passed) !== null,
    problems: checked ? problems : {},
    titleProblem: checked && !title.trim() ? "Give the quiz a title." : "",
    canRegenerate: generated !== null,
    setTitle: rename,
    allowPractice,
    edit,
    move,
    remove,
    undo,
    saveChanges,
    regenerate,
    retry: () => setLoads((n) => n + 1),
  };
}
