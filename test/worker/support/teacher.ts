import type { Quiz } from "../../../questions/types.ts";
import business from "../../fixtures/articles/business.txt";
import disaster from "../../fixtures/articles/disaster.txt";
import science from "../../fixtures/articles/science.txt";
import sport from "../../fixtures/articles/sport.txt";
import { api, nextIp } from "./api.ts";

/** The fixture articles (never the built-in one) for creating quizzes. */
export const articles = { business, disaster, science, sport };

/** What POST /api/quizzes answers with. */
export type Created = {
  id: string;
  url: string;
  teacherUrl: string;
  teacherKey: string;
  quiz: Quiz;
};

/** POST /api/quizzes, each call from its own address unless `ip` says otherwise. */
export const postQuiz = (body: unknown, ip = nextIp()) =>
  api("/api/quizzes", { method: "POST", body, ip });

/** Creates a quiz and returns the 201's body; anything else fails the test with the response. */
export async function createQuiz(body: unknown): Promise<Created> {
  const res = await postQuiz(body);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Created;
}

/** PUT /api/quizzes/:id with a teacher key (or none). */
export const putQuiz = (id: string, body: unknown, key?: string) =>
  api(`/api/quizzes/${id}`, { method: "PUT", body, token: key });

/** GET /api/quizzes/:id/results, as JSON or CSV. */
export const getResults = (id: string, key?: string, format?: string, layout?: string) => {
  const query = `${format ? `?format=${format}` : ""}${layout ? `&layout=${layout}` : ""}`;
  return api(`/api/quizzes/${id}/results${query}`, { token: key });
};

/** The error body of a failed response. */
export const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

/** PATCH /api/quizzes/:id: the classroom settings, with a teacher key (or none). */
export const patchSettings = (id: string, body: unknown, key?: string) =>
  api(`/api/quizzes/${id}`, { method: "PATCH", body, token: key });

/** Opens a teacher's quiz to students (a new quiz is a draft); fails the test if refused. */
export async function publish(created: { id: string; teacherKey: string }) {
  const res = await patchSettings(created.id, { status: "open" }, created.teacherKey);
  if (res.status !== 200) throw new Error(`publish failed: ${res.status} ${await res.text()}`);
  return created;
}

/** Creates a quiz and opens it at once, as most tests of playing need. */
export const createOpenQuiz = async (body: unknown): Promise<Created> =>
  publish(await createQuiz(body)) as Promise<Created>;

/**
 * A question without what the quiz's secret seed decides (its id, its options' order), to compare
 * a stored teacher quiz with the engine's output for the same article.
 */
export const unsealed = (q: { id: string; options?: string[] }) => ({
  ...q,
  id: "",
  ...(q.options ? { options: [...q.options].sort() } : {}),
});

/** The quiz's questions as `unsealed` shows them. */
export const unsealedQuestions = (quiz: { questions: { id: string; options?: string[] }[] }) =>
  quiz.questions.map(unsealed);
